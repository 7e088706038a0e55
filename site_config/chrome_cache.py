"""One site-wide content version, part of the key of every cached page and chrome fragment.

Anything an editor saves that could change what visitors see calls
`bump_content_version()`; every app process sharing the cache then misses its cached pages
and fragments on the next request and renders fresh ones.

The version is an opaque random token, not a counter: a cache that evicts or loses the key
(Redis eviction, FileBasedCache culling, a restart) starts a new token, and can never fall
back to a number that old entries were stored under. The token is kept per release of the
code (release.py): a deploy starts a new one, so no page rendered by old templates is served.
"""

import hashlib
import uuid
from contextlib import contextmanager

from asgiref.local import Local

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import transaction
from django.utils import timezone, translation
from django.utils.functional import cached_property

from .release import release_id

CONTENT_VERSION_KEY = "site-content-version"

# Within a request (content_version_pinned), the version read at its first use: a page
# reads it for its route, its site, its settings and every fragment.
_pinned = Local()


def _new_version():
    return uuid.uuid4().hex[:16]


def _version_key():
    return f"{CONTENT_VERSION_KEY}:{release_id()}"


def content_version():
    if getattr(_pinned, "active", False):
        if _pinned.version is None:
            _pinned.version = _stored_version()
        return _pinned.version
    return _stored_version()


@contextmanager
def content_version_pinned():
    """Read the content version once for everything inside (one request), unless this
    request itself replaces it."""
    _pinned.active, _pinned.version = True, None
    try:
        yield
    finally:
        _pinned.active, _pinned.version = False, None


def _stored_version():
    key = _version_key()
    version = cache.get(key)
    if version is None:
        version = _new_version()
        if not cache.add(key, version, timeout=None):
            # Another process started a version at the same moment: share it.
            version = cache.get(key) or version
    return version


def _store_new_version():
    version = _new_version()
    cache.set(_version_key(), version, timeout=None)
    if getattr(_pinned, "active", False):
        _pinned.version = version


def bump_content_version(**_signal_kwargs):
    """Invalidate now, and again when the surrounding transaction commits: a request that
    rendered between the two read the old rows and cached them under the first new token."""
    _store_new_version()
    transaction.on_commit(_store_new_version, robust=True)


def computed_once(name, compute, *parts):
    """compute(), kept under `name`, `parts`, today's date and the content version: for
    what a render reads from many rows but only a save or the date can change (counts,
    tag lists, rankings). Values must pickle; None is not cached."""
    key = ":".join(
        str(part)
        for part in ("computed", name, *parts, timezone.localdate().isoformat(), content_version())
    )
    return _cached(key, compute)


def _cached(key, compute):
    """The value under `key`, else compute() stored there (None is never stored)."""
    value = cache.get(key)
    if value is None:
        value = compute()
        if value is not None:
            cache.set(key, value, settings.CHROME_CACHE_SECONDS)
    return value


class CountedOncePaginator(Paginator):
    """A paginator whose count is computed once per content version and day, under
    `count_name` (the listing it counts): not a COUNT over every row per request."""

    def __init__(self, object_list, per_page, count_name):
        super().__init__(object_list, per_page)
        self.count_name = count_name

    @cached_property
    def count(self):
        return computed_once("count", lambda: Paginator.count.func(self), self.count_name)


def page_fragment_key(request, page, name, vary=()):
    """Key of a fragment computed once per published revision of `page`: its name, the
    page and its live revision, the language, the host (links may be absolute), the
    `vary` values a template adds (a page number, a tag) and the content version, which
    any publish or snippet save replaces.

    None (render, never cache) for a preview or an unsaved or unpublished page: an
    editor's preview never reads or fills it, so nobody gets a fragment of another
    revision.
    """
    if request is None or getattr(request, "is_preview", False):
        return None
    if not getattr(page, "pk", None) or not page.live:
        return None
    varying = (
        page.live_revision_id,
        page.last_published_at,
        translation.get_language(),
        request.get_host(),
        timezone.localdate(),  # listings show articles dated up to today
        *vary,
    )
    digest = hashlib.md5(repr(varying).encode(), usedforsecurity=False).hexdigest()
    return f"page-fragment:{name}:{page.pk}:{digest}:{content_version()}"


def page_value(request, page, name, compute, vary=()):
    """compute(), kept under page_fragment_key (once per published revision of `page`,
    language and content version) and on the request (a render may ask twice); always
    computed afresh for a preview or an unpublished page. Values must pickle."""
    key = page_fragment_key(request, page, name, vary)
    if key is None:
        return compute()
    memo = request.__dict__.setdefault("_page_values", {})
    if key not in memo:
        memo[key] = _cached(key, compute)
    return memo[key]


# The names the chrome fragment tags and older callers use.
chrome_version = content_version
bump_chrome_version = bump_content_version
