"""Routing a URL to a page with one indexed query per path segment, once per content version.

wagtail-modeltranslation replaces the `route` of every page model with one that loads all
the children of a page and compares their slugs in Python, so an article's route grew with
the number of articles. `route` here keeps its behaviour (the slug of the active language,
else the English one; a routable page's own sub-URLs first; a draft is a 404, and a 404
lets Wagtail's redirect middleware answer an old slug) but asks the database for the one
child whose translated slug matches.
"""

import functools
import hashlib

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.db.models import Q
from django.http import Http404

from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname, get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from .chrome_cache import content_version
from .i18n import DEFAULT_LANGUAGE, language_codes

# Routes are kept under the content version (any publish, move or slug change replaces
# it), so this only bounds how long an unused one stays in the store.
ROUTE_CACHE_SECONDS = settings.CHROME_CACHE_SECONDS

# What a page needs for its own routing step; specific_page() then loads its row.
_ROUTING_FIELDS = ("id", "content_type", "path", "depth", "live")
# What a link to a page needs (its title and URL) beside the routing fields; kept in
# every language (the switcher, alternate links, the lesson progress record).
LINK_TRANSLATED_FIELDS = ("title", "slug", "url_path")


def localized_columns(*names):
    """The columns of translated fields `names` in the active language and English (its
    fallback): a page row has every translated field once per language."""
    languages = dict.fromkeys([get_language() or DEFAULT_LANGUAGE, DEFAULT_LANGUAGE])
    return [build_localized_fieldname(name, code) for name in names for code in languages]


def link_columns():
    return [*_ROUTING_FIELDS, *localized_columns(*LINK_TRANSLATED_FIELDS)]


def light_page(page_id):
    """The page `page_id` with only what a link to it shows, or None: a plain Page row
    has about 85 columns, its specific row up to 190."""
    return Page.objects.filter(pk=page_id).only(*link_columns()).first()


def in_render_languages(queryset):
    """`queryset` without the translated columns a render of the active language does not
    read: those of the other languages but English (its fallback), link fields apart. An
    article row holds its body eleven times, as JSON decoded on load."""
    return queryset.defer(
        *_other_language_columns(queryset.model, get_language() or DEFAULT_LANGUAGE)
    )


@functools.cache
def _other_language_columns(model, language):
    try:
        names = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return ()
    read = {language, DEFAULT_LANGUAGE}
    return tuple(
        build_localized_fieldname(name, code)
        for name in names
        if name not in LINK_TRANSLATED_FIELDS
        for code in language_codes()
        if code not in read
    )


def routed_parent(page):
    """The parent routing passed through on the way to `page` (already loaded), or None."""
    return getattr(page, "_cached_parent_obj", None)


def linked_ancestor(page, model):
    """The nearest ancestor of `page` of type `model`, for a link to it (its title, URL
    and sub-page URLs): one routing loaded, else its link columns only."""
    ancestor = routed_parent(page)
    while ancestor is not None:
        if isinstance(ancestor, model):
            return ancestor
        ancestor = routed_parent(ancestor)
    return model.objects.ancestor_of(page).order_by("-depth").only(*link_columns()).first()


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
    """Wagtail's entry point (called on the site's root page): the page found for the same
    path, language and content version is reused as it was loaded, with the parents the
    walk went through (routed_parent), so a cached route reads no row."""
    key = _route_key(self, path_components)
    found = cache.get(key)
    if found is not None:
        anchor, consumed = found
        return _resume(anchor or self, request, path_components[consumed:])
    result, anchor, consumed = _walk(self, request, path_components)
    cache.set(key, (None if anchor.pk == self.pk else anchor, consumed), ROUTE_CACHE_SECONDS)
    return result


def _route_key(page, path_components):
    path = hashlib.md5("/".join(path_components).encode(), usedforsecurity=False).hexdigest()
    return f"route:{page.pk}:{get_language()}:{path}:{content_version()}"


def specific_page(page_id, content_type_id):
    """The page `page_id` as its specific type, without the translated columns of the
    languages this render does not read; None when its type is gone."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    return in_render_languages(model.objects.filter(pk=page_id)).first()


def _resume(page, request, path_components):
    if type(page).route is route:
        return _walk(page, request, path_components)[0]
    return page.route(request, path_components)


def _walk(page, request, path_components, consumed=0):
    """(route result, the page it was found from, path components consumed to reach that
    page); Http404 when there is none (never cached: made-up paths fill nothing)."""
    if isinstance(page, RoutablePageMixin) and page.live:
        subpath = "/" + "".join(component + "/" for component in path_components)
        try:
            resolver_match = page.resolve_subpage(subpath)
        except Http404:
            pass
        else:
            request.routable_resolver_match = resolver_match
            view, args, kwargs = resolver_match
            return RouteResult(page, args=(view, args, kwargs)), page, consumed

    if not path_components:
        if page.live:
            return RouteResult(page), page, consumed
        raise Http404

    child = child_for_slug(page, path_components[0])
    if child is None:
        raise Http404
    child = specific_page(child.pk, child.content_type_id)
    if child is None:
        raise Http404
    child._cached_parent_obj = page  # treebeard's get_parent() then needs no query
    if type(child).route is not route:  # a page type with routing of its own
        return child.route(request, path_components[1:]), child, consumed + 1
    return _walk(child, request, path_components[1:], consumed + 1)


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
