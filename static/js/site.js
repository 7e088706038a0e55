/* Progressive enhancements. Everything works without this file; all visible
   text comes from the HTML (translated), none from here. */
(() => {
  "use strict";

  const root = document.documentElement;
  const desktop = window.matchMedia("(min-width: 64rem)");

  /* 1. Theme toggle ------------------------------------------------------ */
  const prefersDark = window.matchMedia("(prefers-color-scheme: dark)");
  const currentTheme = () => root.dataset.theme || (prefersDark.matches ? "dark" : "light");

  const themeButtons = document.querySelectorAll("[data-theme-toggle]");
  const syncThemeButtons = () => {
    const dark = currentTheme() === "dark";
    for (const button of themeButtons) {
      // The label names the action ("Switch to light theme"); an aria-pressed state on top
      // would be read as "Switch to light theme, pressed".
      const label = button.querySelector("[data-theme-toggle-label]");
      const text = dark ? button.dataset.labelLight : button.dataset.labelDark;
      if (label && text) label.textContent = text;
    }
  };

  for (const button of themeButtons) {
    button.hidden = false;
    button.addEventListener("click", () => {
      const next = currentTheme() === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      try {
        window.localStorage.setItem("theme", next);
      } catch (error) {
        /* Not saved; the choice still applies to this page. */
      }
      syncThemeButtons();
    });
  }
  syncThemeButtons();
  prefersDark.addEventListener("change", syncThemeButtons);

  /* 2. Dropdowns: one open at a time, Escape and outside click close ---- */
  const dropdowns = [...document.querySelectorAll("[data-dropdown]")];
  const close = (dropdown, restoreFocus) => {
    dropdown.open = false;
    if (restoreFocus) dropdown.querySelector("summary")?.focus();
  };

  for (const dropdown of dropdowns) {
    dropdown.addEventListener("toggle", () => {
      if (!dropdown.open) return;
      for (const other of dropdowns) {
        if (other !== dropdown && other.open && !other.contains(dropdown)) close(other, false);
      }
    });
    /* On desktop the panels float over the page: close when focus leaves. */
    dropdown.addEventListener("focusout", (event) => {
      if (desktop.matches && dropdown.open && event.relatedTarget &&
          !dropdown.contains(event.relatedTarget)) {
        close(dropdown, false);
      }
    });
  }

  document.addEventListener("click", (event) => {
    for (const dropdown of dropdowns) {
      if (dropdown.open && !dropdown.contains(event.target)) close(dropdown, false);
    }
  });

  /* 3. Mobile menu: always open at desktop width ------------------------ */
  const menu = document.querySelector("[data-menu-toggle]");
  const syncMenu = () => {
    if (menu) menu.open = desktop.matches;
  };
  syncMenu();
  desktop.addEventListener("change", syncMenu);

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const open = dropdowns.filter((dropdown) => dropdown.open);
    if (open.length) {
      const focused = open.filter((dropdown) => dropdown.contains(document.activeElement));
      close(focused.at(-1) || open.at(-1), true);
    } else if (menu && menu.open && !desktop.matches) {
      close(menu, true);
    }
  });

  /* 3b. Desktop header in one row: items that do not fit move, from the end, into the
   * "More" dropdown; if the row is still too long, the call to action gives way (the page
   * offers it again). Without JavaScript the row wraps instead. */
  const bar = document.querySelector(".header-bar");
  const more = document.querySelector("[data-nav-more]");
  const moreList = more?.querySelector("[data-nav-more-list]");
  const navList = more?.parentElement;
  if (bar && more && moreList && navList) {
    const header = bar.closest(".site-header");
    const items = [...navList.children].filter((item) => item !== more);
    const oneRow = () => {
      const tops = [bar.querySelector(".brand"), ...navList.children, ...bar.querySelectorAll(".header-actions > :not([hidden])")]
        .filter((element) => element && !element.hidden && element.offsetParent !== null)
        .map((element) => element.getBoundingClientRect());
      const first = Math.min(...tops.map((box) => box.top));
      return tops.every((box) => box.top < first + box.height / 2 + 1);
    };
    const fit = () => {
      for (const item of items) navList.insertBefore(item, more);
      more.hidden = true;
      header?.classList.remove("header-without-cta");
      if (!desktop.matches) return;
      for (let index = items.length - 1; index >= 0 && !oneRow(); index -= 1) {
        more.hidden = false;
        moreList.prepend(items[index]);
      }
      if (!oneRow()) header?.classList.add("header-without-cta");
    };
    let fitQueued = false;
    const queueFit = () => {
      if (fitQueued) return;
      fitQueued = true;
      window.requestAnimationFrame(() => {
        fitQueued = false;
        fit();
      });
    };
    fit();
    window.addEventListener("resize", queueFit);
    document.fonts?.ready.then(queueFit);
  }

  /* 4. Copy link --------------------------------------------------------- */
  if (navigator.clipboard && window.isSecureContext) {
    for (const button of document.querySelectorAll("[data-copy-url]")) {
      button.hidden = false;
      button.addEventListener("click", async () => {
        try {
          await navigator.clipboard.writeText(button.dataset.copyUrl);
        } catch (error) {
          return;
        }
        const status = button.parentElement?.querySelector("[data-copy-status]");
        if (status && button.dataset.copiedLabel) {
          status.textContent = "";
          window.setTimeout(() => {
            status.textContent = button.dataset.copiedLabel;
          }, 50);
        }
      });
    }
  }

  /* 5. Wide tables and code: make an overflowing scroll box keyboard-reachable. */
  for (const box of document.querySelectorAll(".table-scroll, pre")) {
    if (box.scrollWidth > box.clientWidth && !box.hasAttribute("tabindex")) box.tabIndex = 0;
  }

  /* 6. Contents: open in the side column on wide screens, collapsed on phones; the link
   * of the section being read is marked (aria-current) as the visitor scrolls. */
  const toc = document.querySelector("[data-toc]");
  if (toc) {
    const wide = window.matchMedia("(min-width: 75rem)");
    const details = toc.querySelector("[data-toc-details]");
    const syncToc = () => {
      if (details) details.open = wide.matches;
    };
    syncToc();
    wide.addEventListener("change", syncToc);

    const links = new Map();
    for (const link of toc.querySelectorAll("[data-toc-link]")) {
      const id = decodeURIComponent(link.hash.slice(1));
      const heading = document.getElementById(id);
      if (heading) links.set(heading, link);
    }
    const headings = [...links.keys()];
    let current = null;
    const mark = () => {
      const line = (parseFloat(getComputedStyle(root).scrollPaddingBlockStart) || 80) + 8;
      let active = null;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= line) active = heading;
        else break;
      }
      const link = active ? links.get(active) : null;
      if (link === current) return;
      if (current) current.removeAttribute("aria-current");
      current = link;
      if (!link) return;
      link.setAttribute("aria-current", "location");
      /* An h3 entry: show its group. */
      const group = link.closest(".toc-more");
      if (group && !group.open) group.open = true;
      /* Keep the marked entry inside a side column that scrolls on its own. */
      if (wide.matches && toc.scrollHeight > toc.clientHeight) {
        const box = toc.getBoundingClientRect();
        const place = link.getBoundingClientRect();
        if (place.top < box.top || place.bottom > box.bottom) {
          toc.scrollTop += place.top - box.top - box.height / 2;
        }
      }
    };
    let queued = false;
    window.addEventListener(
      "scroll",
      () => {
        if (queued) return;
        queued = true;
        window.requestAnimationFrame(() => {
          queued = false;
          mark();
        });
      },
      { passive: true }
    );
    mark();
  }
})();
