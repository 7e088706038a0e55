"""One version number for every cached fragment of site chrome (header, footer, menus).

Templates cache fragments under a key that includes this version; anything an editor
saves that could change the chrome calls `bump_chrome_version()`, so every app process
sharing the cache renders fresh fragments on its next request.
"""

from django.core.cache import cache

CHROME_VERSION_KEY = "site-chrome-version"


def chrome_version():
    version = cache.get(CHROME_VERSION_KEY)
    if version is None:
        version = 1
        cache.add(CHROME_VERSION_KEY, version, timeout=None)
    return version


def bump_chrome_version(**_signal_kwargs):
    try:
        cache.incr(CHROME_VERSION_KEY)
    except ValueError:  # the key expired or was never set
        cache.set(CHROME_VERSION_KEY, 2, timeout=None)
