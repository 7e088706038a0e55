"""Issue 12, hardening: control characters, login throttling, admin headers, the public base
URL, error pages, logs, cache outages, snippet search, bounded 404s, image limits, order."""

import io
import json
import logging
import smtplib
from unittest import mock

import pytest
from axes.models import AccessAttempt
from PIL import Image as PILImage

from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail.backends.base import BaseEmailBackend
from django.db import OperationalError
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation

from wagtail.images import get_image_model
from wagtail.models import Revision, Site
from wagtail.snippets.models import get_snippet_models
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from site_config.checks import check_site_hostname
from site_config.demo import numbered
from site_config.log import JsonFormatter, RequestIdFilter, request_id_var
from site_config.models import MenuItem, NavigationMenu, StandardPage
from site_config.public_url import sync_site_with_public_url
from tests.careers.factories import SkillFactory
from tests.site_config.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

HEADING_ID = "7f1d0c1e-0000-4000-8000-000000000001"


# --- Control characters ----------------------------------------------------------------
def test_text_fields_never_store_control_characters(home):
    skill = SkillFactory(name="Py\x0bthon\x00", slug="python", description="ok\x1b[31m\x07")
    skill.refresh_from_db()
    assert (skill.name, skill.description) == ("Py thon", "ok[31m")


def test_streamfields_and_revisions_are_cleaned_too(home):
    body = [
        {"type": "heading", "value": {"text": "Why\x0bAI\x00", "level": "h2"}, "id": HEADING_ID}
    ]
    page = StandardPageFactory(parent=home, title="About", slug="about", body=body)
    page = StandardPage.objects.get(pk=page.pk)
    assert page.body.raw_data[0]["value"]["text"] == "Why\nAI"

    page.title = "Draft\x07 title"
    page.intro = "Pasted\x0cfrom a word processor"
    revision = page.save_revision()
    revision = Revision.objects.get(pk=revision.pk)
    assert revision.content["title"] == "Draft title"
    assert revision.content["intro"] == "Pasted\nfrom a word processor"
    assert "\\u0007" not in json.dumps(revision.content)


# --- Login throttling --------------------------------------------------------------------
def test_login_locks_one_user_on_one_address_and_an_admin_lifts_it(home, editor, django_user_model):
    django_user_model.objects.create_superuser("ada", "ada@example.org", "right-password")
    url = reverse("wagtailadmin_login")
    attacker = Client(HTTP_ACCEPT_LANGUAGE="fr")
    statuses = [
        attacker.post(url, {"username": "ada", "password": f"guess-{n}"}).status_code
        for n in range(5)
    ]
    assert statuses == [200, 200, 200, 200, 429]

    # The right password no longer works from there, and the page says why, in French.
    response = attacker.post(url, {"username": "ada", "password": "right-password"})
    assert response.status_code == 429
    html = response.content.decode()
    assert '<html lang="fr"' in html
    with translation.override("fr"):
        assert translation.gettext("Too many failed sign-in attempts") in html
    assert "_auth_user_id" not in attacker.session

    # Another address is not locked out.
    elsewhere = Client(REMOTE_ADDR="192.0.2.7")
    response = elsewhere.post(url, {"username": "ada", "password": "right-password"})
    assert response.status_code == 302

    # An admin sees the lockout and lifts it.
    listing = editor.get(reverse("site_config_lockouts"))
    assert listing.status_code == 200
    assert "ada" in listing.content.decode() and "Locked out" in listing.content.decode()
    attempt = AccessAttempt.objects.get(username="ada", ip_address="127.0.0.1")
    assert editor.post(reverse("site_config_lockouts"), {"attempt": attempt.pk}).status_code == 302
    response = attacker.post(url, {"username": "ada", "password": "right-password"})
    assert response.status_code == 302


def test_only_admins_with_the_permission_see_lockouts(home, django_user_model):
    user = django_user_model.objects.create_user("viewer", "v@example.org", "pw")
    client = Client()
    client.force_login(user)
    assert client.get(reverse("site_config_lockouts")).status_code in (302, 403)


class FailingEmailBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("mail server down")


@override_settings(EMAIL_BACKEND="tests.site_config.test_hardening.FailingEmailBackend")
def test_password_reset_logs_a_mail_failure(home, django_user_model, caplog):
    django_user_model.objects.create_user("ada", "ada@example.org", "pw")
    with caplog.at_level(logging.ERROR):
        response = Client().post(
            reverse("wagtailadmin_password_reset"), {"email": "ada@example.org"}
        )
    assert response.status_code == 302
    assert any("Failed to send password reset email" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("language", "heading", "what_to_do"),
    [
        ("en", "Check your email", "it may not have been sent: ask a site administrator"),
        ("fr", "Consultez vos e-mails", "demandez à un administrateur du site"),
    ],
)
@override_settings(EMAIL_BACKEND="tests.site_config.test_hardening.FailingEmailBackend")
def test_password_reset_page_does_not_claim_the_mail_was_sent(
    home, django_user_model, language, heading, what_to_do
):
    django_user_model.objects.create_user("ada", "ada@example.org", "pw")
    response = Client(HTTP_ACCEPT_LANGUAGE=language).post(
        reverse("wagtailadmin_password_reset"), {"email": "ada@example.org"}, follow=True
    )
    page = response.content.decode()
    assert heading in page
    assert what_to_do in page
    assert "has been emailed to you" not in page


@override_settings(WAGTAIL_PASSWORD_RESET_ENABLED=False)
def test_without_mail_there_is_no_password_reset(home):
    client = Client()
    login = client.get(reverse("wagtailadmin_login")).content.decode()
    assert "password_reset" not in login
    response = client.get(reverse("wagtailadmin_password_reset"), follow=True)
    assert response.status_code == 404


# --- Admin headers ---------------------------------------------------------------------
def test_admin_is_never_cached_has_a_csp_and_no_gravatar(editor, home):
    response = editor.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "object-src 'none'" in response["Content-Security-Policy"]
    assert "script-src 'self'" in response["Content-Security-Policy-Report-Only"]
    assert "gravatar" not in response.content.decode().lower()
    login = Client().get(reverse("wagtailadmin_login"))
    assert "no-store" in login["Cache-Control"]
    # Public pages keep their own strict policy and may be cached.
    public = Client().get("/en/")
    assert "no-store" not in public.get("Cache-Control", "")
    assert "style-src 'self'" in public["Content-Security-Policy"]


# --- Public base URL -------------------------------------------------------------------------
def test_the_site_hostname_check_warns_until_public_url_is_applied(home):
    [warning] = check_site_hostname()
    assert warning.id == "site_config.W001" and "localhost" in warning.msg

    with override_settings(PUBLIC_URL="https://educademy.example.org"):
        sync_site_with_public_url(apps.get_app_config("site_config"))
        assert check_site_hostname() == []
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "https://educademy.example.org"
    assert home.get_full_url() == "https://educademy.example.org/en/"


# --- Request ids and structured logs -------------------------------------------------------
def test_each_response_carries_a_request_id(client, home):
    kept = client.get("/en/", HTTP_X_REQUEST_ID="nginx-0123456789abcdef")
    assert kept["X-Request-ID"] == "nginx-0123456789abcdef"
    replaced = client.get("/en/", HTTP_X_REQUEST_ID="<script>alert(1)</script>")
    assert replaced["X-Request-ID"] != "<script>alert(1)</script>"
    assert len(replaced["X-Request-ID"]) == 32


def test_log_lines_are_json_with_the_request_id():
    token = request_id_var.set("req-12345678")
    try:
        record = logging.LogRecord("educademy", logging.ERROR, __file__, 1, "boom %s", ("x",), None)
        RequestIdFilter().filter(record)
        line = json.loads(JsonFormatter().format(record))
    finally:
        request_id_var.reset(token)
    assert line["request_id"] == "req-12345678"
    assert (line["level"], line["message"]) == ("ERROR", "boom x")


# --- Outages -------------------------------------------------------------------------------
def test_a_database_outage_is_a_translated_503(home, caplog):
    client = Client(raise_request_exception=False)
    with mock.patch.object(
        Site, "find_for_request", side_effect=OperationalError("connection refused")
    ):
        response = client.get("/fr/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert '<html lang="fr"' in html
    with translation.override("fr"):
        assert translation.gettext("We are briefly unavailable") in html
    assert any("Database unavailable" in r.getMessage() for r in caplog.records)


def test_other_errors_stay_500(home):
    client = Client(raise_request_exception=False)
    with mock.patch.object(Site, "find_for_request", side_effect=RuntimeError("bug")):
        response = client.get("/en/")
    assert response.status_code == 500


def test_a_cache_outage_is_logged_and_pages_still_render(client, home, caplog):
    redis_down = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
    with (
        override_settings(
            CACHES=redis_down,
            DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS=True,
            DJANGO_REDIS_LOGGER="educademy.cache",
        ),
        caplog.at_level(logging.ERROR, logger="educademy.cache"),
    ):
        response = client.get("/en/")
    assert response.status_code == 200
    assert "Learn AI" in response.content.decode()
    assert any(record.name == "educademy.cache" for record in caplog.records)


# --- Snippet admin search ----------------------------------------------------------------------
def test_every_snippet_listing_searches(editor, home):
    SkillFactory(name="Python", slug="python")
    models = get_snippet_models()
    assert len(models) >= 5
    for model in models:
        meta = model._meta
        url = reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:list")
        for query in ("python", "<b>x</b>", "%' OR 1=1 --"):
            response = editor.get(url, {"q": query})
            assert response.status_code == 200, (meta.label, query)
            assert "<b>x</b>" not in response.content.decode()


# --- Bounded 404 and methods -------------------------------------------------------------------
def test_a_long_404_path_is_not_repeated(client, home):
    path = "/en/" + "a" * 4000 + "/"
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert "a" * 300 not in html
    assert len(response.content) < 40_000
    # A short one keeps its language links to the same path in each language.
    assert 'href="/nl/missing/"' in client.get("/en/missing/").content.decode()


def test_sitemap_answers_get_and_head_only(client, home):
    assert client.get("/sitemap.xml").status_code == 200
    assert client.head("/sitemap.xml").status_code == 200
    for method in ("OPTIONS", "TRACE", "POST", "PUT", "DELETE"):
        response = client.generic(method, "/sitemap.xml")
        assert response.status_code == 405, method
        assert b"<urlset" not in response.content


def test_an_image_with_too_many_pixels_is_refused_with_a_clear_message(editor, home):
    buffer = io.BytesIO()
    PILImage.new("L", (5000, 4500)).save(buffer, "PNG")  # 22.5 megapixels, a small file
    upload = SimpleUploadedFile("big.png", buffer.getvalue(), content_type="image/png")
    response = editor.post(reverse("wagtailimages:add"), {"title": "Big", "file": upload})
    assert response.status_code == 200
    assert "too many pixels" in response.content.decode()
    assert not get_image_model().objects.exists()


# --- Orderables --------------------------------------------------------------------------------
def _item(label, order=None):
    return MenuItem(kind="link", label_en=label, link_url="https://example.org/", sort_order=order)


def test_editing_one_menu_item_keeps_every_order(editor, home):
    menu = NavigationMenu(name="Header")
    menu.items = numbered(_item(label) for label in ("Programs", "Lab", "Blog", "Careers"))
    menu.save()
    shown = list(menu.items.values_list("pk", "label_en"))
    assert [label for _pk, label in shown] == ["Programs", "Lab", "Blog", "Careers"]

    # The admin lists the items in their order; the editor renames one and saves.
    forms = [
        {
            "id": pk,
            "kind": "link",
            "label_en": "Learning paths" if label == "Programs" else label,
            "link_url": "https://example.org/",
            "link_page": "",
            "description_en": "",
            "icon": "",
            "submenu": "",
        }
        for pk, label in shown
    ]
    data = nested_form_data({"name": "Header", "items": inline_formset(forms, initial=len(forms))})
    url = reverse("wagtailsnippets_site_config_navigationmenu:edit", args=(menu.pk,))
    assert editor.post(url, data).status_code == 302
    labels = list(NavigationMenu.objects.get(pk=menu.pk).items.values_list("label_en", flat=True))
    assert labels == ["Learning paths", "Lab", "Blog", "Careers"]


def test_the_data_migration_numbers_null_orders_in_their_shown_order(home):
    import importlib

    migration = importlib.import_module("site_config.migrations.0003_number_orderables")
    menu = NavigationMenu.objects.create(name="Old")
    for label in ("First", "Second", "Third"):
        item = _item(label)
        item.menu = menu
        item.save()
    MenuItem.objects.filter(menu=menu).update(sort_order=None)
    migration.forwards(apps, None)
    orders = list(MenuItem.objects.filter(menu=menu).values_list("label_en", "sort_order"))
    assert orders == [("First", 0), ("Second", 1), ("Third", 2)]
