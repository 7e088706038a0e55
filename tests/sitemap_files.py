"""Reading the sitemap as a search engine does: the index, then every file it lists."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_files(client):
    """[(location, response)] for every file /sitemap.xml lists, each checked to answer."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    files = []
    for loc in ET.fromstring(index.content).findall("s:sitemap/s:loc", NS):
        parts = urlsplit(loc.text)
        response = client.get(parts.path + (f"?{parts.query}" if parts.query else ""))
        assert response.status_code == 200, loc.text
        files.append((loc.text, response))
    return files


def sitemap_urls(client):
    """Every <url> element of every sitemap file, in order."""
    return [
        url
        for _location, response in sitemap_files(client)
        for url in ET.fromstring(response.content).findall("s:url", NS)
    ]


def sitemap_text(client):
    """All sitemap files as one string, for simple searches."""
    return "".join(response.content.decode() for _location, response in sitemap_files(client))


def location(url):
    return url.find("s:loc", NS).text


def alternates(url):
    """{hreflang: href} of one <url> element."""
    return {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
