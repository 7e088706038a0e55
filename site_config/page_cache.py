"""The page cache: whole responses for anonymous visitors, shared by every app process.

A public page is stored under its scheme, host, path, compression and the few query
parameters that select a different page of a listing, plus the site-wide content version
(`chrome_cache.content_version`), which every editor's save replaces: invalidation is one
cache write, seen at once by every process that shares the cache (Redis, or the file cache
on a single server).

Only requests that cannot see anything personal use it: GET/HEAD under a language prefix
or for the sitemap,
no session cookie (so no editor and no view-restriction password), no preview. Only 200
answers without cookies are stored, so hostile URLs (unknown paths, ?q=, made-up
parameters) render as before and never fill the cache. `PAGE_CACHE_SECONDS = 0` turns the
cache off; the HTTP headers stay the same.
"""

import hashlib
import re
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control

from .chrome_cache import content_version, content_version_pinned
from .i18n import language_prefixed

# Query parameters whose values pick another page of a listing (?page=2, ?kind=builds,
# the careers table's ?region=2):
# one short value each, and only a 200 is stored, so the variants are bounded by content.
KEYED_QUERY_PARAMETERS = ("page", "kind", "region")
_KEYED_VALUE = re.compile(r"[0-9a-z-]{1,12}")
_ACCEPTS_GZIP = re.compile(r"\bgzip\b")
CACHED_STATUSES = {200}


# The sitemap index and its sections (sitemaps.py) are as public as pages; ?p= picks a file.
SITEMAP_PATH = re.compile(r"/sitemap(-[a-z-]+)?\.xml")
SITEMAP_QUERY_PARAMETERS = ("p",)


def _is_public_path(path):
    return language_prefixed(path) or SITEMAP_PATH.fullmatch(path) is not None


def _is_page_path(path):
    return path == "/" or _is_public_path(path)


def _keyed_parameters(path):
    return SITEMAP_QUERY_PARAMETERS if SITEMAP_PATH.fullmatch(path) else KEYED_QUERY_PARAMETERS


def is_public_request(request):
    """A request whose answer is the same for every anonymous visitor."""
    return (
        request.method in ("GET", "HEAD")
        and _is_public_path(request.path_info)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not getattr(request, "is_preview", False)
    )


def _keyed_query(request):
    """The query string as part of the key, or None when the answer must not be stored."""
    pairs = []
    keyed = _keyed_parameters(request.path_info)
    for name, values in request.GET.lists():
        if name not in keyed or len(values) != 1:
            return None
        if not _KEYED_VALUE.fullmatch(values[0]):
            return None
        pairs.append((name, values[0]))
    return urlencode(sorted(pairs))


def cache_key(request):
    """The key of this request's page, or None when it neither reads nor fills the cache."""
    if settings.PAGE_CACHE_SECONDS <= 0 or not is_public_request(request):
        return None
    query = _keyed_query(request)
    if query is None:
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    encoding = "gzip" if _ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")) else ""
    url = f"{request.scheme}://{host}{request.path}?{query}|{encoding}"
    return f"page:{content_version()}:{hashlib.sha256(url.encode()).hexdigest()}"


def is_public_response(request, response):
    return (
        is_public_request(request)
        and response.status_code in CACHED_STATUSES
        and not response.cookies
        and not response.streaming
        and "Cache-Control" not in response.headers
    )


def mark_public(response):
    """Anyone may keep it: browsers for BROWSER_CACHE_SECONDS, shared caches (a CDN that
    publishing purges, see frontend_cache) for PAGE_CACHE_SECONDS."""
    page_seconds = max(settings.PAGE_CACHE_SECONDS, 0)
    patch_cache_control(
        response,
        public=True,
        max_age=min(settings.BROWSER_CACHE_SECONDS, page_seconds),
        s_maxage=page_seconds,
    )
    # The session is read only to learn that the visitor is anonymous (the userbar): the
    # page does not vary by cookie for anyone this header is sent to.
    vary = [value.strip() for value in response.get("Vary", "").split(",") if value.strip()]
    kept = [value for value in vary if value.lower() != "cookie"]
    if kept:
        response["Vary"] = ", ".join(kept)
    elif "Vary" in response.headers:
        del response["Vary"]


def _stored(response):
    return (response.status_code, list(response.headers.items()), response.content)


def _restored(stored):
    status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response.headers[name] = value
    return response


class PageCacheMiddleware:
    """Answers public pages from the shared cache, stores fresh ones, and gives every page
    its Cache-Control: public for anonymous visitors, never stored for everyone else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with content_version_pinned():
            return self._respond(request)

    def _respond(self, request):
        key = cache_key(request)
        if key is not None:
            stored = cache.get(key)
            if stored is not None:
                return _restored(stored)
        response = self.get_response(request)
        if is_public_response(request, response):
            mark_public(response)
            if key is not None and request.method == "GET":
                cache.set(key, _stored(response), settings.PAGE_CACHE_SECONDS)
        elif _is_page_path(request.path_info) and "Cache-Control" not in response.headers:
            # An editor's page (userbar), a page that set a cookie, an error, the redirect
            # from / (by cookie and Accept-Language): for this visitor only, and not kept.
            add_never_cache_headers(response)
        return response
