"""Language prefixes, the root redirect, hostile Accept-Language headers, and pages found
by their translated slug."""

import pytest

from django.conf import settings
from django.db import connection

from wagtail.contrib.redirects.models import Redirect

from site_config.routing import translated_slug_columns
from tests.site_config.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_root_redirects_to_english_by_default(client, home):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_root_redirect_prefers_the_language_cookie(client, home):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "nl"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar")
    assert response["Location"] == "/nl/"


def test_root_redirect_follows_accept_language(client, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar-EG,ar;q=0.9,en;q=0.5")
    assert response["Location"] == "/ar/"


@pytest.mark.parametrize(
    "header",
    [
        "x" * 5000,
        ";;;q=abc,,,",
        "zz-ZZ;q=2,*;q=-1",
        "nl;q=0.5;q=0.7, ar;q=NaN",
        "\u00ff\u00fe",
    ],
)
def test_malformed_accept_language_never_breaks(client, home, header):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"].startswith("/")


def test_every_language_serves_the_home_page(client, home):
    for code, _name in settings.LANGUAGES:
        response = client.get(f"/{code}/")
        assert response.status_code == 200, code
        assert f'<html lang="{code}"' in response.content.decode()


def test_unknown_language_prefix_is_not_found(client, home):
    response = client.get("/xx/", follow=True)
    assert response.status_code == 404


def test_arabic_pages_are_right_to_left(client, home):
    html = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<html lang="nl" dir="ltr">' in client.get("/nl/").content.decode()


# --- Pages found by their translated slug, one query per URL segment ----------------
@pytest.fixture
def about(home):
    return StandardPageFactory(
        parent=home, title="About", slug="about", title_nl="Over ons", slug_nl="over-ons"
    )


def test_a_page_is_found_by_the_slug_of_the_active_language(client, about):
    assert "Over ons" in client.get("/nl/over-ons/").content.decode()
    assert "About" in client.get("/en/about/").content.decode()


def test_the_english_slug_of_another_page_is_not_a_dutch_address(client, about):
    assert client.get("/nl/about/").status_code == 404


def test_a_language_without_its_own_slug_uses_the_english_one(client, about):
    assert client.get("/fr/about/").status_code == 200
    assert client.get("/fr/over-ons/").status_code == 404


def test_nested_pages_are_found_segment_by_segment_in_each_language(client, about):
    StandardPageFactory(
        parent=about, title="Team", slug="team", title_nl="Het team", slug_nl="het-team"
    )
    assert "Het team" in client.get("/nl/over-ons/het-team/").content.decode()
    assert "Team" in client.get("/en/about/team/").content.decode()
    assert client.get("/nl/over-ons/team/").status_code == 404
    assert client.get("/de/about/team/").status_code == 200


@pytest.mark.parametrize("path", ["/en/nothing-here/", "/en/about/nothing/", "/nl/over-ons/x/"])
def test_an_unknown_slug_is_not_found(client, about, path):
    assert client.get(path).status_code == 404


def test_a_draft_page_is_not_found(client, home):
    StandardPageFactory(parent=home, title="Draft", slug="draft", live=False)
    assert client.get("/en/draft/").status_code == 404


def test_siblings_with_the_same_slug_in_two_languages_resolve_by_language(client, home):
    # "team" is one page's English slug and another page's Dutch slug.
    StandardPageFactory(parent=home, title="Team", slug="team", slug_nl="ploeg")
    StandardPageFactory(
        parent=home, title="Crew", slug="crew", title_nl="Bemanning", slug_nl="team"
    )
    assert "Bemanning" in client.get("/nl/team/").content.decode()
    assert "Team" in client.get("/en/team/").content.decode()
    assert client.get("/nl/ploeg/").status_code == 200


def test_an_old_slug_redirects_to_the_page(client, about):
    Redirect.objects.create(old_path="/en/about-us", redirect_page=about)
    response = client.get("/en/about-us/")
    assert response.status_code in (301, 302)
    assert response["Location"].endswith("/en/about/")


def test_every_translated_slug_column_is_indexed(db):
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    indexed = {tuple(item["columns"]) for item in constraints.values() if item["index"]}
    assert {(column,) for column in translated_slug_columns()} <= indexed
