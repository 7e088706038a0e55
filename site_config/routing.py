"""Routing a URL to a page with one indexed query per path segment.

wagtail-modeltranslation replaces the `route` of every page model with one that loads all
the children of a page and compares their slugs in Python, so an article's route grew with
the number of articles. `route` here keeps its behaviour (the slug of the active language,
else the English one; a routable page's own sub-URLs first; a draft is a 404, and a 404
lets Wagtail's redirect middleware answer an old slug) but asks the database for the one
child whose translated slug matches.
"""

from django.db import connection
from django.db.models import Q
from django.http import Http404

from modeltranslation.utils import build_localized_fieldname, get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from .i18n import DEFAULT_LANGUAGE, language_codes

# What a page needs for its own routing step; `.specific` then loads its full row.
_ROUTING_FIELDS = ("id", "content_type", "path", "depth", "live")


def slug_matches(slug, language):
    """The children whose slug in `language` is `slug`, the English slug standing in
    where the language has none (modeltranslation's fallback)."""
    own = build_localized_fieldname("slug", language)
    english = build_localized_fieldname("slug", DEFAULT_LANGUAGE)
    if own == english:
        return Q(**{english: slug})
    untranslated = Q(**{f"{own}__isnull": True}) | Q(**{own: ""})
    return Q(**{own: slug}) | (untranslated & Q(**{english: slug}))


def child_for_slug(page, slug):
    """The first child of `page` (in tree order) with `slug` in the active language."""
    return (
        page.get_children()
        .filter(slug_matches(slug, get_language()))
        .only(*_ROUTING_FIELDS)
        .order_by("path")
        .first()
    )


def route(self, request, path_components):
    if isinstance(self, RoutablePageMixin) and self.live:
        subpath = "/" + "".join(component + "/" for component in path_components)
        try:
            resolver_match = self.resolve_subpage(subpath)
        except Http404:
            pass
        else:
            request.routable_resolver_match = resolver_match
            view, args, kwargs = resolver_match
            return RouteResult(self, args=(view, args, kwargs))

    if not path_components:
        if self.live:
            return RouteResult(self)
        raise Http404

    child = child_for_slug(self, path_components[0])
    if child is None:
        raise Http404
    child._cached_parent_obj = self  # treebeard's get_parent() then needs no query
    return child.specific.route(request, path_components[1:])


def install():
    """Put `route` back on every page model wagtail-modeltranslation patched (called from
    SiteConfigConfig.ready(), which runs after wagtail_modeltranslation's)."""
    from wagtail_modeltranslation.patch_wagtailadmin import _new_route

    _install_on(Page, _new_route)


def _install_on(model, patched_route):
    if model.__dict__.get("route") is patched_route:
        model.route = route
    for subclass in model.__subclasses__():
        _install_on(subclass, patched_route)


def translated_slug_columns():
    return [build_localized_fieldname("slug", code) for code in language_codes()]


def translated_slug_index_names():
    return [f"{Page._meta.db_table}_{column}_idx" for column in translated_slug_columns()]


def translated_slug_index_statements():
    """CREATE INDEX statements for the per-language slug columns Wagtail's page table gets
    from wagtail-modeltranslation (which adds them without an index)."""
    quote = connection.ops.quote_name
    table = quote(Page._meta.db_table)
    return [
        f"CREATE INDEX IF NOT EXISTS {quote(name)} ON {table} ({quote(column)})"
        for name, column in zip(
            translated_slug_index_names(), translated_slug_columns(), strict=True
        )
    ]
