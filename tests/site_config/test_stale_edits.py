"""Two editors on one page, without JavaScript: the stale form is refused, not saved over
the other editor's work."""

import re

import pytest

from django.conf import settings
from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, streamfield

from site_config.models import StandardPage
from tests.site_config.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def form_data(html, **changes):
    loaded = re.search(r'name="loaded_revision_id" value="(\d*)"', html).group(1)
    bodies = {f"body_{code.replace('-', '_')}": streamfield([]) for code, _n in settings.LANGUAGES}
    return nested_form_data(
        {
            **bodies,
            "title_en": "About",
            "slug_en": "about",
            "intro_en": "",
            "loaded_revision_id": loaded,
            **changes,
        }
    )


def test_a_stale_form_is_refused_and_a_fresh_one_saves(editor, home):
    page = StandardPageFactory(parent=home, title="About", slug="about")
    page.save_revision()
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    first = editor.get(url).content.decode()  # two tabs open the same page
    second = editor.get(url).content.decode()

    saved = editor.post(url, form_data(first, title_en="About us"))
    assert saved.status_code == 302
    assert StandardPage.objects.get(pk=page.pk).get_latest_revision_as_object().title == (
        "About us"
    )

    stale = editor.post(url, form_data(second, title_en="Who we are"), follow=True)
    html = stale.content.decode()
    assert "Someone else saved this page after you opened it" in html
    latest = StandardPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert latest.title == "About us"

    fresh = editor.get(url).content.decode()
    assert editor.post(url, form_data(fresh, title_en="Who we are")).status_code == 302
    latest = StandardPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert latest.title == "Who we are"
