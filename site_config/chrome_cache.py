"""One site-wide content version, part of the key of every cached page and chrome fragment.

Anything an editor saves that could change what visitors see calls
`bump_content_version()`; every app process sharing the cache then misses its cached pages
and fragments on the next request and renders fresh ones.

The version is an opaque random token, not a counter: a cache that evicts or loses the key
(Redis eviction, FileBasedCache culling, a restart) starts a new token, and can never fall
back to a number that old entries were stored under. The token is kept per release of the
code (release.py): a deploy starts a new one, so no page rendered by old templates is served.
"""

import uuid

from django.core.cache import cache
from django.db import transaction

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


# The names the chrome fragment tags and older callers use.
chrome_version = content_version
bump_chrome_version = bump_content_version
