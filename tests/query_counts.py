"""Counting the SQL of a page request, for the "queries do not grow with content" tests."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def warm_queries(client, url):
    """The SQL of a warm request to `url` (the first requests create settings rows and fill
    the caches: site root paths, header and footer fragments)."""
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in context.captured_queries]
