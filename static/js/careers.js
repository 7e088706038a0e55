// Careers: filter the role cards by kind in place. Without JavaScript the filter links
// reload the page with ?kind=…, which the server already filters the same way.
(function () {
  "use strict";

  var root = document.querySelector("[data-role-filter]");
  if (!root) {
    return;
  }
  var links = root.querySelectorAll("a[data-kind]");
  var cards = root.querySelectorAll("[data-role-card]");
  var problem = root.querySelector("[data-kind-problem]");

  function show(kind) {
    cards.forEach(function (card) {
      card.hidden = Boolean(kind) && card.getAttribute("data-kind") !== kind;
    });
    links.forEach(function (link) {
      if (link.getAttribute("data-kind") === kind) {
        link.setAttribute("aria-current", "true");
      } else {
        link.removeAttribute("aria-current");
      }
    });
    if (problem) {
      problem.hidden = true;
    }
  }

  links.forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
      event.preventDefault();
      show(link.getAttribute("data-kind"));
      if (window.history && window.history.replaceState) {
        window.history.replaceState(null, "", link.href);
      }
    });
  });
})();
