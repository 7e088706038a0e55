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
