"""Test runs: fast hashing, plain static storage, a fixed secret."""

import atexit
import os
import shutil
import tempfile

from .base import *  # noqa: F403
from .base import DATABASES, LOGGING, STORAGES

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT", "/tmp/educademy-test-media")
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests never collect static files: WhiteNoise serves nothing from STATIC_ROOT (the
# finders serve them to the browser tests) and should not warn about its absence.
WHITENOISE_AUTOREFRESH = True
# The browser tests' live server answers from threads; persistent connections would outlive
# them and keep PostgreSQL from dropping the test database.
DATABASES["default"]["CONN_MAX_AGE"] = 0
# Test output shows warnings and errors, not every INFO line of Wagtail's tasks.
LOGGING = {**LOGGING, "root": {**LOGGING["root"], "level": "WARNING"}}
# The cache is the embedded default's (files shared across processes), in a directory of
# this test process alone: parallel workers never read each other's pages or versions.
TEST_CACHE_DIR = tempfile.mkdtemp(prefix="educademy-test-cache-")
atexit.register(shutil.rmtree, TEST_CACHE_DIR, ignore_errors=True)
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": TEST_CACHE_DIR,
    }
}
