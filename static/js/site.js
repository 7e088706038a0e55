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
})();
