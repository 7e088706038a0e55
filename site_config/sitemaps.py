"""The sitemap: an index at /sitemap.xml, one section per language (/sitemap-nl.xml).

Each section lists every live public page in its language with hreflang alternates in
every language, paginated (?p=2, listed in the index) at SITEMAP_URLS_PER_FILE (100)
URLs, so no page is ever dropped and a file costs only its own rows: one query for its
slice of pages, reading just the columns that make URLs.

Each file is stored by the page cache like any public page: under the site-wide content
version (publishing, unpublishing, moving or deleting a page, privacy and site changes
replace it), the host and its ?p=, and served from there before any other middleware.
"""

from urllib.parse import quote

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max
from django.http import Http404
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.views.decorators.http import require_safe

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from .chrome_cache import CountedOncePaginator, computed_once
from .i18n import language_codes
from .visibility import public

SECTION_URL_NAME = "sitemap_section"
# What Django's reverse() leaves unquoted in a path (RFC 3986 sub-delimiters and "/~:@").
URL_SAFE = "!$&'()*+,;=/~:@"


class LocalizedPageUrls:
    """A page's URL in every language, as Wagtail's `get_url_parts` gives it, for many
    pages: that reverses the serve URL once per page and language (two thirds of a sitemap
    file's time), so here each language's site root paths and URL prefix are read once, and
    a page's path is its translated url_path below the first site root it is under."""

    def __init__(self):
        self._languages = {}
        for code in language_codes():
            with translation.override(code):
                prefix = reverse("wagtail_serve", args=("",))
                self._languages[code] = (Site.get_site_root_paths(), prefix)

    def parts(self, page):
        """{language: (site id, root URL, path)} for the languages where `page` is routable."""
        parts = {}
        for code, (roots, prefix) in self._languages.items():
            url_path = url_path_in(page, code)
            for root in roots:
                if url_path.startswith(root.root_path):
                    path = prefix + quote(url_path[len(root.root_path) :], safe=URL_SAFE)
                    parts[code] = (root.site_id, root.root_url, path)
                    break
        return parts

    def paths(self, page):
        return {code: path for code, (_site, _root, path) in self.parts(page).items()}


def url_path_in(page, language):
    """The page's url_path in `language`: its own column, else modeltranslation's fallback."""
    own = getattr(page, build_localized_fieldname("url_path", language))
    if own:
        return own
    with translation.override(language):
        return page.url_path


def url_columns():
    """The page columns that build its URL in every language (rows are 160 columns wide)."""
    url_paths = [build_localized_fieldname("url_path", code) for code in language_codes()]
    return ["path", "depth", "content_type", "last_published_at", *url_paths]


def live_public_pages():
    """Pages a visitor can reach, in tree order, with only the columns URLs need."""
    pages = public(Page.objects.live().filter(depth__gt=1))
    return pages.order_by("path").only(*url_columns())


class SitemapPages:
    """What the eleven sections share: the live public pages (one queryset, of which each
    file evaluates only its own slice), one paginator, and their count and latest lastmod,
    computed once per content version and read once per request (the index asks each
    section for both)."""

    @cached_property
    def queryset(self):
        return live_public_pages()

    @cached_property
    def paginator(self):
        limit = settings.SITEMAP_URLS_PER_FILE
        return CountedOncePaginator(self.queryset, limit, "sitemap-pages")

    @cached_property
    def latest_lastmod(self):
        return computed_once("sitemap-lastmod", self._latest_lastmod)

    def _latest_lastmod(self):
        latest = self.queryset.order_by().aggregate(latest=Max("last_published_at"))
        return latest["latest"]


class LanguageSitemap(Sitemap):
    """Every live public page in one language, each with its alternates in every language."""

    def __init__(self, language, pages):
        self.language = language
        self.pages = pages
        self._paths = {}

    @cached_property
    def _page_urls(self):
        # Only a section file builds URLs; the index, which lists all eleven, needs none.
        return LocalizedPageUrls()

    def items(self):
        return self.pages.queryset

    @property
    def paginator(self):
        # Files of SITEMAP_URLS_PER_FILE pages; Django's own paginator (and its `limit`)
        # is not used.
        return self.pages.paginator

    def paths(self, page):
        if page.pk not in self._paths:
            self._paths[page.pk] = self._page_urls.paths(page)
        return self._paths[page.pk]

    def location(self, page):
        return self.paths(page).get(self.language, "")

    def lastmod(self, page):
        return page.last_published_at

    def get_latest_lastmod(self):
        return self.pages.latest_lastmod

    def _urls(self, page, protocol, domain):
        # Django builds alternates only for its own i18n mode, which lists every
        # (page, language) pair in memory before paginating; here a section is one
        # language, paginated in the database, and the alternates are added per page.
        # x-default is the English URL (Django's would strip the /en/ prefix we keep).
        urls = []
        for url in super()._urls(page, protocol, domain):
            paths = self.paths(url["item"])
            if self.language not in paths:
                continue
            url["alternates"] = [
                {"lang_code": code, "location": f"{protocol}://{domain}{path}"}
                for code, path in paths.items()
            ]
            if settings.LANGUAGE_CODE in paths:
                default = f"{protocol}://{domain}{paths[settings.LANGUAGE_CODE]}"
                url["alternates"].append({"lang_code": "x-default", "location": default})
            urls.append(url)
        return urls


def sitemap_sections():
    pages = SitemapPages()
    return {code: LanguageSitemap(code, pages) for code in language_codes()}


def section_page_count(items_count):
    """How many files (?p=1…) a section of `items_count` pages takes."""
    return max(1, -(-items_count // settings.SITEMAP_URLS_PER_FILE))


# --- Views: stored and served by the page cache (page_cache.py) like any public page ---
def rendered(response):
    response.render()
    return response


@require_safe  # GET and HEAD only: no OPTIONS or TRACE with the full body
def sitemap_index(request):
    return rendered(
        sitemap_views.index(
            request,
            sitemap_sections(),
            template_name="site_config/sitemap_index.xml",
            sitemap_url_name=SECTION_URL_NAME,
        )
    )


@require_safe
def sitemap_section(request, section):
    if section not in language_codes():
        raise Http404("No such sitemap section.")
    page = request.GET.get("p", "1")
    if not page.isdigit() or str(int(page)) != page:
        raise Http404("No such sitemap page.")
    return rendered(sitemap_views.sitemap(request, sitemap_sections(), section=section))
