"""HTTP for caches and browsers: anonymous pages are public, cookie-free, revalidated with
ETags and compressed; the admin, previews and editors' pages are never kept."""

import gzip
import re

import pytest

from django.conf import settings

from tests.site_config.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

PUBLIC = "public, max-age=60, s-maxage=600"


@pytest.fixture
def about(home):
    return StandardPageFactory(parent=home, title="About", slug="about", slug_nl="over-ons")


def vary(response):
    return {value.strip().lower() for value in response.get("Vary", "").split(",") if value}


@pytest.mark.parametrize("url", ["/en/about/", "/nl/over-ons/"])
def test_anonymous_pages_are_public_and_set_no_cookie(client, about, url):
    for attempt in ("rendered", "from the cache"):
        response = client.get(url)
        assert response.status_code == 200, attempt
        assert not response.cookies, attempt
        assert "Set-Cookie" not in response.headers, attempt
        assert response["Cache-Control"] == PUBLIC, attempt
        assert vary(response) == {"accept-encoding"}, attempt
        assert response["ETag"], attempt
        assert response["Content-Language"] == url.split("/")[1], attempt


def test_a_matching_etag_is_answered_with_304(client, about):
    etag = client.get("/en/about/")["ETag"]
    for attempt in ("from the cache", "from the cache again"):
        response = client.get("/en/about/", HTTP_IF_NONE_MATCH=etag)
        assert response.status_code == 304, attempt
        assert response.content == b""
    assert client.get("/en/about/", HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_a_fresh_render_keeps_its_etag_when_the_page_cache_is_off(client, about, settings):
    settings.PAGE_CACHE_SECONDS = 0
    etag = client.get("/en/about/", HTTP_ACCEPT_ENCODING="gzip")["ETag"]
    response = client.get("/en/about/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304


def test_html_is_compressed_for_clients_that_accept_gzip(client, about):
    plain = client.get("/en/about/")
    assert "Content-Encoding" not in plain.headers
    for attempt in ("rendered", "from the cache"):
        packed = client.get("/en/about/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert packed["Content-Encoding"] == "gzip", attempt
        assert gzip.decompress(packed.content) == plain.content, attempt
        assert len(packed.content) < len(plain.content) / 2
        assert packed["ETag"] != plain["ETag"]
    # Asked without gzip again: the uncompressed copy, not the gzip one.
    assert client.get("/en/about/").content == plain.content


def test_the_admin_is_never_compressed_or_kept(editor):
    response = editor.get("/admin/", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert "Content-Encoding" not in response.headers  # BREACH: CSRF tokens in the page
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    login = editor.get("/admin/login/")
    assert "public" not in login.get("Cache-Control", "")


def test_an_editors_view_of_a_page_is_private(editor, about):
    response = editor.get("/en/about/")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_preview_is_private(editor, about):
    about.title = "Draft title"
    about.save_revision()
    response = editor.get(f"/admin/pages/{about.pk}/view_draft/")
    assert "Draft title" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_not_found_pages_are_not_public(client, home):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "public" not in response["Cache-Control"]


def test_search_results_are_public_but_not_kept_by_the_app(client, home, stored_pages):
    response = client.get("/en/?q=anything")
    assert response.status_code == 200
    assert response["Cache-Control"] == PUBLIC
    assert stored_pages == []
    client.get("/en/")
    assert len(stored_pages) == 1  # the spy sees a real page being stored


# --- The language cookie: only the switcher stores it -----------------------------
def test_the_switcher_stores_the_language_and_the_root_follows_it(client, about):
    html = client.get("/en/about/").content.decode()
    cookie_name = settings.LANGUAGE_COOKIE_NAME
    assert f'data-language-cookie="{cookie_name}"' in html
    assert re.search(r'<script type="module" src="/static/js/language-switcher\.js">', html)
    assert 'href="/nl/over-ons/" hreflang="nl"' in html
    # What the module does on a click, as a browser would then send it:
    client.cookies[cookie_name] = "nl"
    assert client.get("/")["Location"] == "/nl/"


def test_the_root_redirect_is_never_public(client, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="nl")
    assert response["Location"] == "/nl/"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "accept-language" in vary(response)
