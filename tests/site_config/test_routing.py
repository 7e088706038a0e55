"""Language prefixes, the root redirect and hostile Accept-Language headers."""

import pytest

from django.conf import settings

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
