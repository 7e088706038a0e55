"""The demo's core pages exist in all 11 languages (issue 11), as the translation status
report and the language switcher see them: every segment of their title and content is
translated, and no language shows the "not yet fully available" note."""

import pytest

from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from wagtail.models import Page

from content_translation.registry import iter_fields, target_languages
from content_translation.status import language_status, page_available_languages

# (page type, English slug); None: the only page of that type.
CORE_PAGES = [
    ("site_config.homepage", None),
    ("site_config.standardpage", "about"),
    ("site_config.standardpage", "code-of-conduct"),
    ("site_config.standardpage", "contribute"),
    ("site_config.faqpage", None),
    ("learning.programsindexpage", None),
    ("careers.careersindexpage", None),
    ("blog.blogpage", "ai-career-paths-2026"),
    ("learning.lessonpage", "what-is-ai"),
    ("learning.lessonpage", "learning-from-examples"),
    ("learning.lessonpage", "data-the-fuel-of-ai"),
]
PROGRAM_COUNT = 15
# A slug may stay English in any language by design; it is not content.
NOT_COUNTED = {"slug"}


def core_pages():
    pages = []
    for label, slug in CORE_PAGES:
        app_label, model_name = label.split(".")
        found = Page.objects.filter(
            content_type__app_label=app_label, content_type__model=model_name
        )
        if slug:
            found = found.filter(slug_en=slug)
        if label == "learning.lessonpage":
            found = found.filter(url_path__contains="/ai-seeds/")
        assert found.count() == 1, f"{label} {slug}: {found.count()} pages"
        pages.append(found.get().specific)
    programs = Page.objects.filter(
        content_type__app_label="learning", content_type__model="programpage"
    )
    assert programs.count() == PROGRAM_COUNT
    return pages + [page.specific for page in programs]


def core_refs(pages):
    wanted = {(type(page)._meta.label_lower, page.pk) for page in pages}
    return [
        ref
        for ref in iter_fields()
        if (ref.spec.label, ref.obj.pk) in wanted and ref.name not in NOT_COUNTED
    ]


def completeness_report(pages):
    """{language: (translated segments, total, [(page, field, missing)])}."""
    report = {}
    for status in language_status(refs=core_refs(pages)):
        missing = [(item.title, item.field_name, item.missing) for item in status.missing]
        report[status.code] = (status.content.translated, status.content.total, missing)
    return report


@pytest.mark.django_db
def test_core_pages_are_complete_in_every_language():
    call_command("load_demo", verbosity=0)
    pages = core_pages()
    report = completeness_report(pages)
    assert set(report) == set(target_languages())
    for language, (translated, total, missing) in report.items():
        assert total > 400  # every page counted, not just titles
        assert (language, translated, missing) == (language, total, [])
    for page in pages:
        assert page_available_languages(page) == [code for code, _name in settings.LANGUAGES], page
        for language in target_languages():
            with translation.override(language):
                fresh = type(page).objects.get(pk=page.pk)
                assert not fresh.content_falls_back(), (page, language)
