"""The sitemap index and its per-language sections: every live public page in every
language, paginated, with true lastmod and hreflang, cached and refreshed on publish."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from django.conf import settings
from django.utils import timezone, translation

from wagtail.models import Page, PageViewRestriction

from site_config.sitemaps import LocalizedPageUrls
from tests.blog.factories import BlogIndexPageFactory, BlogPageFactory
from tests.site_config.factories import StandardPageFactory
from tests.sitemap_files import NS, alternates, location, sitemap_files, sitemap_urls

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def blog(home):
    return BlogIndexPageFactory(parent=home, title="Blog", slug="blog")


def add_articles(blog, count, start=0):
    return [
        BlogPageFactory(parent=blog, title=f"Article {n}", slug=f"article-{n}")
        for n in range(start, start + count)
    ]


def locations(client):
    return [location(url) for url in sitemap_urls(client)]


def test_sixty_articles_are_listed_in_every_language_across_paginated_files(client, blog, settings):
    settings.SITEMAP_URLS_PER_FILE = 25
    add_articles(blog, 60)
    files = sitemap_files(client)
    # 62 pages (home, blog, 60 articles): three files of at most 25 URLs per language.
    expected = []
    for code in LANGUAGES:
        section = f"http://testserver/sitemap-{code}.xml"
        expected += [section, f"{section}?p=2", f"{section}?p=3"]
    assert [loc for loc, _response in files] == expected
    for _loc, response in files:
        assert len(ET.fromstring(response.content).findall("s:url", NS)) <= 25
    found = locations(client)
    assert len(found) == len(set(found)) == 62 * len(LANGUAGES)
    for n in range(60):
        for code in LANGUAGES:
            assert f"http://testserver/{code}/blog/article-{n}/" in found


def test_a_section_lists_its_language_with_translated_slugs_and_alternates(client, home):
    StandardPageFactory(parent=home, title="About", slug="about", slug_nl="over-ons")
    response = client.get("/sitemap-nl.xml")
    urls = ET.fromstring(response.content).findall("s:url", NS)
    assert [location(url) for url in urls] == [
        "http://testserver/nl/",
        "http://testserver/nl/over-ons/",
    ]
    links = alternates(urls[1])
    assert list(links) == [*LANGUAGES, "x-default"]
    assert links["nl"] == "http://testserver/nl/over-ons/"
    assert links["ar"] == "http://testserver/ar/about/"
    assert links["x-default"] == "http://testserver/en/about/"


def test_scheduled_draft_and_private_pages_are_absent(client, home):
    StandardPageFactory(parent=home, title="Public", slug="public")
    StandardPageFactory(parent=home, title="Draft", slug="draft", live=False)
    scheduled = StandardPageFactory(parent=home, title="Scheduled", slug="scheduled", live=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=2)
    scheduled.save_revision().publish()
    private = StandardPageFactory(parent=home, title="Private", slug="private")
    StandardPageFactory(parent=private, title="Inside", slug="inside")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    found = locations(client)
    assert "http://testserver/ja/public/" in found
    for hidden in ("draft", "scheduled", "private", "inside"):
        assert not any(f"/{hidden}/" in loc for loc in found), hidden


def test_lastmod_is_when_each_page_was_last_published(client, home):
    about = StandardPageFactory(parent=home, title="About", slug="about")
    about_published = datetime.datetime(2025, 3, 4, 10, 0, tzinfo=datetime.UTC)
    home_published = datetime.datetime(2026, 1, 2, 8, 30, tzinfo=datetime.UTC)
    for page, published in ((about, about_published), (home, home_published)):
        type(page).objects.filter(pk=page.pk).update(last_published_at=published)
    urls = {location(url): url for url in sitemap_urls(client)}
    assert urls["http://testserver/fr/about/"].find("s:lastmod", NS).text == "2025-03-04"
    assert urls["http://testserver/fr/"].find("s:lastmod", NS).text == "2026-01-02"
    # Each section in the index: its latest page.
    index = ET.fromstring(client.get("/sitemap.xml").content)
    assert [lastmod.text for lastmod in index.findall("s:sitemap/s:lastmod", NS)] == [
        "2026-01-02T08:30:00+00:00"
    ] * len(LANGUAGES)


def test_publish_unpublish_move_and_delete_refresh_the_cached_sitemap(client, blog, home):
    (article,) = add_articles(blog, 1)
    assert "http://testserver/de/blog/article-0/" in locations(client)
    (fresh,) = add_articles(blog, 1, start=1)
    assert "http://testserver/de/blog/article-1/" in locations(client)
    fresh.unpublish()
    assert "http://testserver/de/blog/article-1/" not in locations(client)
    about = StandardPageFactory(parent=home, title="About", slug="about")
    team = StandardPageFactory(parent=home, title="Team", slug="team")
    team.move(about, pos="last-child")
    found = locations(client)
    assert "http://testserver/es/about/team/" in found
    assert "http://testserver/es/team/" not in found
    article.delete()
    assert "http://testserver/de/blog/article-0/" not in locations(client)


def test_a_section_is_served_from_the_cache_until_something_changes(
    client, blog, django_assert_max_num_queries
):
    add_articles(blog, 3)
    first = client.get("/sitemap-pt.xml")
    with django_assert_max_num_queries(0):
        again = client.get("/sitemap-pt.xml")
    assert again.content == first.content
    assert again["Content-Type"] == "application/xml"
    assert "public" in again["Cache-Control"]


def test_the_queries_of_a_section_file_do_not_grow_with_content(
    client, blog, settings, django_assert_num_queries
):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.SITEMAP_URLS_PER_FILE = 20

    def queries_for_first_file():
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/sitemap-hi.xml").status_code == 200
        return len(queries)

    add_articles(blog, 5)
    few = queries_for_first_file()
    add_articles(blog, 45, start=5)
    assert queries_for_first_file() == few


def test_the_index_reads_the_page_count_and_lastmod_once_whatever_the_number_of_files(
    client, blog, settings, monkeypatch
):
    from site_config import chrome_cache

    settings.PAGE_CACHE_SECONDS = 0  # every request renders the index
    settings.SITEMAP_URLS_PER_FILE = 5
    reads = []
    cached = chrome_cache._cached
    monkeypatch.setattr(
        chrome_cache, "_cached", lambda key, compute: reads.append(key) or cached(key, compute)
    )

    def reads_of_one_index():
        client.get("/sitemap.xml")  # fills the values once per content version
        reads.clear()
        index = ET.fromstring(client.get("/sitemap.xml").content)
        # Each key without its date and content version.
        return len(index.findall("s:sitemap", NS)), sorted(key.rsplit(":", 2)[0] for key in reads)

    add_articles(blog, 3)
    files_before, reads_before = reads_of_one_index()
    add_articles(blog, 30, start=3)
    files_after, reads_after = reads_of_one_index()
    assert (files_before, files_after) == (len(LANGUAGES), 7 * len(LANGUAGES))
    # One read each of the count, the lastmod and the private sections, for all 77 lines.
    assert reads_after == reads_before
    assert reads_after == [
        "computed:count:sitemap-pages",
        "computed:restricted-paths",
        "computed:sitemap-lastmod",
    ]


@pytest.mark.parametrize(
    "path",
    [
        "/sitemap-xx.xml",
        "/sitemap-en.xml?p=abc",
        "/sitemap-en.xml?p=0",
        "/sitemap-en.xml?p=01",
        "/sitemap-en.xml?p=9",
        "/sitemap-.xml",
    ],
)
def test_unknown_sections_and_pages_are_not_found(client, home, path):
    assert client.get(path).status_code == 404


def test_sections_answer_get_and_head_only(client, home):
    assert client.head("/sitemap-ar.xml").status_code == 200
    for method in ("OPTIONS", "TRACE", "POST", "PUT", "DELETE"):
        response = client.generic(method, "/sitemap-ar.xml")
        assert response.status_code == 405, method
        assert b"<urlset" not in response.content


def test_the_page_cache_keeps_each_sitemap_file_and_nothing_else(client, blog, stored_pages):
    add_articles(blog, 3)
    for path in ("/sitemap.xml", "/sitemap-fr.xml", "/sitemap-fr.xml?p=1"):
        assert client.get(path).status_code == 200
    assert len(stored_pages) == 3
    for path in ("/sitemap-fr.xml?page=1", "/sitemap-fr.xml?p=1&x=1", "/sitemap-fr.xml?p=7"):
        client.get(path)
    assert len(stored_pages) == 3  # other parameters and missing files render, unkept


def test_page_urls_are_the_ones_wagtail_gives_in_every_language(home):
    about = StandardPageFactory(
        parent=home, title="About", slug="about", slug_nl="over-ons", slug_ar="من-نحن"
    )
    team = StandardPageFactory(parent=about, title="Team", slug="team", slug_ja="チーム")
    urls = LocalizedPageUrls()
    for page in (home, about, team):
        page = Page.objects.get(pk=page.pk)
        for code in LANGUAGES:
            with translation.override(code):
                expected = page.get_url_parts()
            assert urls.parts(page)[code] == tuple(expected), (page.title, code)
    assert (
        urls.paths(Page.objects.get(pk=team.pk))["ar"]
        == "/ar/%D9%85%D9%86-%D9%86%D8%AD%D9%86/team/"
    )
