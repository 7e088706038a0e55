// Remembers the language a visitor picks in the switcher, so that `/` brings them back to
// it. Only a click stores it: plain page views set no cookie and stay cacheable.
const ONE_YEAR = 60 * 60 * 24 * 365;

for (const switcher of document.querySelectorAll("[data-language-cookie]")) {
  const name = switcher.dataset.languageCookie;
  switcher.addEventListener("click", (event) => {
    const link = event.target.closest("a[hreflang]");
    if (!link) return;
    const secure = window.location.protocol === "https:" ? "; secure" : "";
    document.cookie =
      `${name}=${encodeURIComponent(link.hreflang)}; path=/; max-age=${ONE_YEAR}; samesite=lax${secure}`;
  });
}
