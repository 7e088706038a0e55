/* Apply the visitor's saved theme before the first paint. Without a saved
   choice nothing is set and the system setting (prefers-color-scheme) applies. */
(function () {
  "use strict";
  try {
    var theme = window.localStorage.getItem("theme");
    if (theme === "light" || theme === "dark") {
      document.documentElement.dataset.theme = theme;
    }
  } catch (error) {
    /* Storage can be blocked; the system setting then applies. */
  }
})();
