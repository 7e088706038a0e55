"""sitemap.xml: every live public page in every language, with hreflang alternates."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap

from wagtail.models import Page


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    languages = [code for code, _name in settings.LANGUAGES]
    limit = 5000

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .defer_streamfields()
            .order_by("path")
            .specific()
        )

    def location(self, page):
        # Called once per language inside translation.override(): the page's own slug
        # and prefix for that language.
        return page.get_url_parts()[2]

    def lastmod(self, page):
        return page.last_published_at

    def _urls(self, page, protocol, domain):
        # Django builds x-default by stripping the default language's prefix, which
        # assumes an unprefixed default language; ours is prefixed (/en/…).
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            by_language = {alt["lang_code"]: alt["location"] for alt in url.get("alternates", [])}
            for alternate in url.get("alternates", []):
                if alternate["lang_code"] == "x-default":
                    alternate["location"] = by_language[settings.LANGUAGE_CODE]
        return urls
