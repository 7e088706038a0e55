"""Error pages, hostile input, the Content Security Policy and production settings."""

import os
import re
import subprocess
import sys

import pytest

from django.test import Client, override_settings
from django.utils import translation

from tests.site_config.factories import FAQPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", re.I)


def test_404_is_translated_and_keeps_the_site_chrome(client, home):
    response = client.get("/nl/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    with translation.override("nl"):
        heading = translation.gettext("We couldn't find that page")
    assert heading != "We couldn't find that page"
    assert heading in html
    assert '<html lang="nl" dir="ltr">' in html


def test_500_page_is_served_without_leaking_details(home):
    client = Client(raise_request_exception=False)
    with override_settings(DEBUG=False):
        from site_config import views

        response = views.server_error(client.request().wsgi_request)
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "?page=abc",
        "?page=-1",
        "?q=%3Cscript%3Ealert(1)%3C/script%3E",
        "?" + "a=" + "x" * 8000,
        "?%ff%fe=%ff",
    ],
)
def test_hostile_query_strings_never_break_a_page(client, home, query):
    response = client.get("/en/" + query)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_public_pages_carry_a_strict_csp_and_no_inline_code(client, home):
    StandardPageFactory(parent=home, title="About", slug="about")
    FAQPageFactory(parent=home)
    for url in ("/en/", "/ar/about/", "/nl/faq/", "/en/missing/"):
        response = client.get(url)
        csp = response["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "style-src 'self'" in csp
        html = response.content.decode()
        assert not INLINE_SCRIPT.search(html), url
        assert " style=" not in html and "<style" not in html, url


def _run_check(env_overrides):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}
    }
    env.update({"DJANGO_SETTINGS_MODULE": "educademy.settings.production", **env_overrides})
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_its_secrets():
    result = _run_check({})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_pass_the_deploy_check():
    result = _run_check(
        {
            "SECRET_KEY": "a-long-random-secret-for-the-deploy-check-0123456789-abcdefghijklmnop",
            "ALLOWED_HOSTS": "example.org",
            "DATABASE_URL": "sqlite:////tmp/deploy-check.sqlite3",
        }
    )
    assert result.returncode == 0, result.stdout + result.stderr
