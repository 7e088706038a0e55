"""Canonical and hreflang links, robots.txt and a multilingual sitemap."""

import re

import pytest

from django.conf import settings

from tests.site_config.factories import StandardPageFactory
from tests.sitemap_files import sitemap_urls

pytestmark = pytest.mark.django_db

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def test_every_page_has_canonical_and_hreflang_for_each_language(client, home):
    StandardPageFactory(parent=home, title="About", slug="about", slug_nl="over-ons")
    html = client.get("/nl/over-ons/").content.decode()
    assert '<link rel="canonical" href="http://testserver/nl/over-ons/">' in html
    hreflangs = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html)
    codes = [code for code, _url in hreflangs]
    assert codes == [code for code, _name in settings.LANGUAGES] + ["x-default"]
    assert ("x-default", "http://testserver/en/about/") in hreflangs
    assert ("nl", "http://testserver/nl/over-ons/") in hreflangs


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_sitemap_lists_each_page_in_every_language_with_alternates(client, home):
    StandardPageFactory(parent=home, title="About", slug="about", slug_nl="over-ons")
    draft = StandardPageFactory(parent=home, title="Draft", slug="draft", live=False)
    urls = sitemap_urls(client)  # the index, then each language's section
    locations = [url.find("s:loc", SITEMAP_NS).text for url in urls]
    assert "http://testserver/nl/over-ons/" in locations
    assert "http://testserver/en/about/" in locations
    assert len([loc for loc in locations if loc.endswith("/")]) == 2 * len(settings.LANGUAGES)
    assert not any(draft.slug in loc for loc in locations)
    about_nl = next(u for u in urls if u.find("s:loc", SITEMAP_NS).text.endswith("/nl/over-ons/"))
    alternates = {
        link.get("hreflang"): link.get("href") for link in about_nl.findall("x:link", SITEMAP_NS)
    }
    assert alternates["x-default"] == "http://testserver/en/about/"
    assert alternates["ar"] == "http://testserver/ar/about/"
