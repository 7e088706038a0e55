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

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation

from .release import release_id

CONTENT_VERSION_KEY = "site-content-version"


def _new_version():
    return uuid.uuid4().hex[:16]


def _version_key():
    return f"{CONTENT_VERSION_KEY}:{release_id()}"


def content_version():
    key = _version_key()
    version = cache.get(key)
    if version is None:
        version = _new_version()
        if not cache.add(key, version, timeout=None):
            # Another process started a version at the same moment: share it.
            version = cache.get(key) or version
    return version


def _store_new_version():
    cache.set(_version_key(), _new_version(), timeout=None)


def bump_content_version(**_signal_kwargs):
    """Invalidate now, and again when the surrounding transaction commits: a request that
    rendered between the two read the old rows and cached them under the first new token."""
    _store_new_version()
    transaction.on_commit(_store_new_version, robust=True)


def request_content_version(request):
    """The content version, read from the store once per request (a page has several
    fragments)."""
    if not hasattr(request, "_content_version"):
        request._content_version = content_version()
    return request._content_version


def computed_once(name, compute, *parts):
    """compute(), kept under `name`, `parts`, today's date and the content version: for
    what a render reads from many rows but only a save or the date can change (counts,
    tag lists, rankings). Values must pickle; None is not cached."""
    key = ":".join(
        str(part)
        for part in ("computed", name, *parts, timezone.localdate().isoformat(), content_version())
    )
    value = cache.get(key)
    if value is None:
        value = compute()
        if value is not None:
            cache.set(key, value, settings.CHROME_CACHE_SECONDS)
    return value


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
    return f"page-fragment:{name}:{page.pk}:{digest}:{request_content_version(request)}"


# The names the chrome fragment tags and older callers use.
chrome_version = content_version
bump_chrome_version = bump_content_version
