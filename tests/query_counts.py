"""Counting the SQL of a page request, for the "queries do not grow with content" tests."""

from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings


def warm_queries(client, url):
    """The SQL of a warm request to `url` (the first requests create settings rows and fill
    the caches: site root paths, header and footer fragments). The page cache is off: these
    count what a render costs, not a cached answer's zero."""
    with override_settings(PAGE_CACHE_SECONDS=0):
        return _warm_queries(client, url)


def _warm_queries(client, url):
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in context.captured_queries]
