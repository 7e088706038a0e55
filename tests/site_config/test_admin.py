"""Editors in the Wagtail admin: pages with per-language fields, drafts, search, menus."""

import pytest

from django.conf import settings
from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from site_config.models import NavigationMenu, StandardPage
from tests.site_config.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def _standard_page_form(**fields):
    # The admin form has a StreamField per language; empty ones must be posted too.
    empty_bodies = {
        f"body_{code.replace('-', '_')}": streamfield([]) for code, _n in settings.LANGUAGES
    }
    return nested_form_data(
        {
            **empty_bodies,
            "title_en": "Contribute",
            "slug_en": "contribute",
            "title_nl": "Bijdragen",
            "slug_nl": "bijdragen",
            "intro_en": "How to help.",
            "body_en": streamfield([("paragraph", rich_text("<p>Send a pull request.</p>"))]),
            "body_nl": streamfield([("paragraph", rich_text("<p>Stuur een pull request.</p>"))]),
            **fields,
        }
    )


def test_editor_creates_and_publishes_a_translated_page(editor, home, client):
    url = reverse("wagtailadmin_pages:add", args=("site_config", "standardpage", home.pk))
    response = editor.post(url, {**_standard_page_form(), "action-publish": "publish"})
    assert response.status_code == 302
    page = StandardPage.objects.get(slug_en="contribute")
    assert page.live and page.title_nl == "Bijdragen"
    client.logout()
    dutch = client.get("/nl/bijdragen/").content.decode()
    assert "Bijdragen</h1>" in dutch and "Stuur een pull request." in dutch


def test_a_draft_keeps_the_editors_work_without_publishing_it(editor, home, client):
    page = StandardPageFactory(parent=home, title="About", slug="about", intro="Old intro.")
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    data = _standard_page_form(title_en="About", slug_en="about", intro_en="New intro.")
    response = editor.post(url, data)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().intro_en == "New intro."
    client.logout()
    assert "Old intro." in client.get("/en/about/").content.decode()


def test_admin_search_finds_pages_by_their_translated_titles(editor, home):
    StandardPageFactory(parent=home, title="Contribute", title_nl="Bijdragen", slug="contribute")
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    response = editor.get(reverse("wagtailadmin_pages:search"), {"q": "Bijdr"})
    assert response.status_code == 200
    assert "Contribute" in response.content.decode()


def test_editor_builds_a_menu_with_translated_labels(editor, home):
    url = reverse("wagtailsnippets_site_config_navigationmenu:add")
    data = nested_form_data(
        {
            "name": "Header",
            "items": inline_formset(
                [
                    {
                        "kind": "link",
                        "label_en": "About us",
                        "label_nl": "Over ons",
                        "link_page": home.pk,
                        "link_url": "",
                        "description_en": "",
                        "icon": "",
                        "submenu": "",
                    }
                ]
            ),
        }
    )
    response = editor.post(url, data)
    assert response.status_code == 302
    item = NavigationMenu.objects.get(name="Header").items.get()
    assert (item.label_en, item.label_nl) == ("About us", "Over ons")


def test_admin_page_tree_is_reachable(editor, home):
    response = editor.get(reverse("wagtailadmin_explore", args=(home.pk,)))
    assert response.status_code == 200
    assert Page.objects.filter(pk=home.pk).exists()
