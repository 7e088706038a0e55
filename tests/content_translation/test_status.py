import polib
import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from content_translation.status import language_status, page_available_languages
from site_config.models import StandardPage
from tests.site_config.factories import StandardPageFactory

from .conftest import HEADING_ID, PAGE_SEGMENTS, body
from .helpers import export, translate
from .test_import import ctx, dutch, run_import


def by_label(status):
    return {model.label: model for model in status.models}


def test_status_counts_segments_and_fields_per_type(content, tmp_path):
    page = content["page"]
    run_import(translate(export(tmp_path), tmp_path / "nl.po", dutch(page)), publish=True)
    track = content["track"]
    track.name_ar = "تعلم الذكاء الاصطناعي"
    track.save()

    nl, ar = language_status(["nl", "ar"], locale_dir=tmp_path)
    pages = by_label(nl)["site_config.standardpage"]
    assert (pages.segments.translated, pages.segments.total) == (5, PAGE_SEGMENTS)
    # title and intro are complete; slug and body are not.
    assert (pages.fields.translated, pages.fields.total) == (2, 4)
    assert by_label(nl)["learning.track"].segments.translated == 0
    assert by_label(ar)["learning.track"].segments.translated == 1
    assert by_label(ar)["site_config.standardpage"].segments.translated == 0
    missing = {(item.title, item.field_name): item for item in nl.missing}
    assert missing[("About us", "body")].missing == 7
    assert missing[("About us", "body")].edit_url == (
        f"http://testserver/admin/pages/{page.pk}/edit/"
    )
    assert ("About us", "title") not in missing


def test_ui_catalogue_figures_come_from_django_po(content, tmp_path):
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    catalogue.append(polib.POEntry(msgid="Home", msgstr="Accueil"))
    catalogue.append(polib.POEntry(msgid="Search", msgstr=""))
    catalogue.append(polib.POEntry(msgid="Menu", msgstr="Menu", flags=["fuzzy"]))
    path = tmp_path / "fr" / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True)
    catalogue.save(str(path))
    fr, nl = language_status(["fr", "nl"], locale_dir=tmp_path)
    assert (fr.ui.translated, fr.ui.total, fr.ui.fuzzy) == (1, 3, 1)
    assert nl.ui is None


def test_status_command_prints_figures_and_missing_links(content, tmp_path, capsys):
    call_command("translation_status", languages=["nl"], missing=True, locale_dir=str(tmp_path))
    out = capsys.readouterr().out
    assert "nl Dutch" in out
    assert "standard page" in out
    assert f"0/{PAGE_SEGMENTS}" in out
    assert f"http://testserver/admin/pages/{content['page'].pk}/edit/" in out


def _count_status_queries(tmp_path):
    with CaptureQueriesContext(connection) as queries:
        language_status(["nl", "ar"], locale_dir=tmp_path)
    return len(queries)


def test_status_queries_do_not_grow_with_content(content, tmp_path):
    home = content["home"]
    StandardPageFactory(parent=home, body=body(home.pk))
    few = _count_status_queries(tmp_path)
    for _ in range(5):
        StandardPageFactory(parent=home, body=body(home.pk))
    assert _count_status_queries(tmp_path) == few


def test_page_available_languages(content, tmp_path, django_assert_max_num_queries):
    page = content["page"]
    assert page_available_languages(page) == ["en"]
    exported = export(tmp_path)
    full = {
        entry.msgctxt: "NL " + entry.msgid
        for entry in polib.pofile(str(exported))
        if entry.msgctxt.startswith(ctx(page, "")) and not entry.msgctxt.endswith(":slug")
    }
    run_import(translate(exported, tmp_path / "nl.po", full), publish=True)
    page = StandardPage.objects.get(pk=page.pk)
    with django_assert_max_num_queries(1):
        assert page_available_languages(page) == ["en", "nl"]
    # A stale (fuzzy) translation still counts: the text exists. An emptied field does not.
    page.intro_en = "Who we are, and why."
    page.save()
    assert page_available_languages(page) == ["en", "nl"]
    page.body_nl = []
    page.save()
    assert page_available_languages(page) == ["en"]
    assert page_available_languages(None) is None
    assert HEADING_ID in str(page.body_en.raw_data)


@pytest.fixture
def report_url():
    return "/admin/translation-status/"


def test_admin_report_lists_languages_and_untranslated_items(content, admin_client, report_url):
    response = admin_client.get(report_url, {"language": "nl"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Translation status" in html
    assert "Dutch (nl)" in html and "Arabic (ar)" in html
    assert f'href="http://testserver/admin/pages/{content["page"].pk}/edit/"' in html


@pytest.mark.parametrize("query", [{"language": "<script>"}, {"page": "9999"}, {"page": "x"}])
def test_admin_report_tolerates_bad_parameters(content, admin_client, report_url, query):
    response = admin_client.get(report_url, query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</header>")[-1]


def test_admin_report_is_for_staff_only(content, client, report_url):
    editors = Group.objects.create(name="Translators")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    user = get_user_model().objects.create_user("editor", password="pw")
    user.groups.add(editors)
    client.force_login(user)
    response = client.get(report_url)
    assert (response.status_code, response.url) == (302, "/admin/")
    assert "translation-status" not in client.get("/admin/").content.decode()
    user.is_staff = True
    user.save()
    assert client.get(report_url).status_code == 200


def test_report_is_in_the_reports_menu(admin_client):
    assert "/admin/translation-status/" in admin_client.get("/admin/").content.decode()
