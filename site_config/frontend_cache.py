"""Purging the caching proxy or CDN in front of the site when a page changes.

The backends are Wagtail's (`wagtail.contrib.frontend_cache`, configured by
WAGTAILFRONTENDCACHE: production.py builds it from FRONTEND_CACHE_* variables). Wagtail's
own handlers would purge one URL, in the language that happened to be active; these purge
everything a visitor could have cached with the page in it, in all 11 languages, each
language's URL built with its own translated slugs:

- the page itself, and on a move or delete its whole subtree, at the old addresses too;
- its ancestors (its listing, the section index, the home page) with their fixed
  sub-routes (the blog's RSS and Atom feeds, the careers chooser);
- for an article, the tag pages of its tags, before and after the publish;
- the sitemap index and every file of every language's section.

Anything else visitors see on many pages (a snippet, a setting, a menu, a tag's label, an
image) purges the whole site: an HTTP PURGE of `/`, which the VCL turns into a ban of
every page of that host.

A proxy that bans by prefix (deploy/varnish/default.vcl) also drops each URL's query
variants (?page=2, ?kind=…). Purges are sent once the transaction commits, so the proxy's
next fetch sees the new rows.
"""

from modelcluster.fields import ParentalKey

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.urls import reverse
from django.urls.resolvers import RoutePattern

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from .i18n import language_codes
from .signals import is_content_model
from .sitemaps import (
    SECTION_URL_NAME,
    LocalizedPageUrls,
    live_public_pages,
    section_page_count,
    url_columns,
)


def frontend_cache_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def fixed_subroute_paths(page_class):
    """The sub-routes of a routable page that take no argument ("feed/rss/")."""
    if not issubclass(page_class, RoutablePageMixin):
        return []
    return [
        str(route.pattern)
        for route in page_class.get_subpage_urls()
        if isinstance(route.pattern, RoutePattern)
        and not route.pattern.converters
        and str(route.pattern)
    ]


def previous_revision(revision):
    """The revision before `revision` (what visitors saw, unless drafts came between)."""
    if revision is None:
        return None
    try:
        return revision.get_previous()
    except revision.DoesNotExist:  # the first revision
        return None


def article_tag_paths(article, previous=None):
    """The tag pages ("tag/python/") that list `article` now or did in `previous`."""
    from blog.models import BlogPage, BlogTag

    if not isinstance(article, BlogPage):
        return []
    tag_ids = set(article.tagged_items.values_list("tag_id", flat=True))
    if previous is not None:
        tag_ids.update(item["tag"] for item in previous.content.get("tagged_items", []))
    slugs = BlogTag.objects.filter(pk__in=tag_ids).values_list("slug", flat=True)
    return [f"tag/{slug}/" for slug in slugs]


class PagePurge:
    """The URLs that show a page, in every language, gathered into one PurgeBatch."""

    def __init__(self):
        self.batch = PurgeBatch()
        self._page_urls = LocalizedPageUrls()
        self._root_urls = set()

    def add_page(self, page, suffixes=("",)):
        for _site_id, root_url, path in self._page_urls.parts(page).values():
            self._root_urls.add(root_url)
            self.batch.add_urls(root_url + path + suffix for suffix in suffixes)

    def add_subtree(self, page):
        for descendant in page.get_descendants(inclusive=True).only(*url_columns()):
            self.add_page(descendant)

    def add_listings(self, page, previous=None):
        """The ancestors that list `page`, the blog's tag pages for an article."""
        tag_paths = article_tag_paths(page, previous)
        for ancestor in page.get_ancestors().filter(depth__gt=1).only(*url_columns()):
            page_class = ancestor.specific_class or type(ancestor)
            suffixes = ["", *fixed_subroute_paths(page_class)]
            if tag_paths and page.depth == ancestor.depth + 1:
                suffixes += tag_paths
            self.add_page(ancestor, suffixes)

    def add_sitemaps(self):
        files = section_page_count(live_public_pages().count())
        paths = ["/sitemap.xml"]
        for code in language_codes():
            section = reverse(SECTION_URL_NAME, kwargs={"section": code})
            paths += [section, *(f"{section}?p={number}" for number in range(2, files + 1))]
        for root_url in self._root_urls:
            self.batch.add_urls(root_url + path for path in paths)

    def purge_on_commit(self):
        self.add_sitemaps()
        transaction.on_commit(self.batch.purge, robust=True)


# --- Signal handlers ---------------------------------------------------------------------
def purge_published_page(instance, revision=None, **_kwargs):
    """Publish (by hand or by `publish_scheduled`) and unpublish."""
    if not frontend_cache_configured():
        return
    purge = PagePurge()
    purge.add_page(instance, [path.lstrip("/") for path in instance.get_cached_paths()])
    previous = previous_revision(revision)
    if previous is not None:  # its addresses before a slug changed
        purge.add_page(previous.as_object())
    purge.add_listings(instance, previous)
    purge.purge_on_commit()


def purge_moved_page(instance, **_kwargs):
    """Called before the move (old addresses) and after it (new ones)."""
    if not frontend_cache_configured():
        return
    purge = PagePurge()
    purge.add_subtree(instance)
    purge.add_listings(instance)
    purge.purge_on_commit()


def purge_deleted_page(instance, **_kwargs):
    """Before the row goes, while its ancestors can still be found. Deleting a subtree
    calls this for every page in it."""
    if not frontend_cache_configured():
        return
    purge = PagePurge()
    purge.add_page(instance)
    purge.add_listings(instance)
    purge.purge_on_commit()


def is_part_of_a_page(model):
    """Pages and their inline rows (an article's tags), which the page handlers cover."""
    return issubclass(model, Page) or any(
        isinstance(field, ParentalKey) and issubclass(field.related_model, Page)
        for field in model._meta.get_fields()
    )


def is_default_setting(model, created=False):
    """A settings row created on first read, while a page renders: it holds the defaults
    that page already showed."""
    return created and issubclass(model, BaseSiteSetting | BaseGenericSetting)


def purge_whole_site(sender, created=False, **_kwargs):
    if (
        not frontend_cache_configured()
        or not is_content_model(sender)
        or is_part_of_a_page(sender)
        or is_default_setting(sender, created)
    ):
        return

    def purge():
        PurgeBatch([site.root_url + "/" for site in Site.objects.all()]).purge()

    transaction.on_commit(purge, robust=True)


def connect_signals():
    post_save.connect(purge_whole_site, dispatch_uid="frontend-cache-content-saved")
    post_delete.connect(purge_whole_site, dispatch_uid="frontend-cache-content-deleted")
    page_published.connect(purge_published_page, dispatch_uid="frontend-cache-published")
    page_unpublished.connect(purge_published_page, dispatch_uid="frontend-cache-unpublished")
    pre_page_move.connect(purge_moved_page, dispatch_uid="frontend-cache-before-move")
    post_page_move.connect(purge_moved_page, dispatch_uid="frontend-cache-after-move")
    # Each page type's own rows (an article's tags), not their base Page rows: deleting
    # one page sends pre_delete for both.
    for model in get_page_models():
        if model is Page:
            continue
        pre_delete.connect(
            purge_deleted_page, sender=model, dispatch_uid=f"frontend-cache-delete-{model.__name__}"
        )
