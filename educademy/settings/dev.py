"""Local development: debug on, a throwaway secret, localhost only."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# No page cache while editing templates and code (`PAGE_CACHE_SECONDS=600 make run` to try it).
PAGE_CACHE_SECONDS = max(int(os.environ.get("PAGE_CACHE_SECONDS", "0")), 0)
