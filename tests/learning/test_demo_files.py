"""The learning demo comes from content/ through the importer: every file becomes what it
says, without a warning, and loading again changes nothing."""

import json

import pytest

from django.conf import settings

from wagtail.models import Page, Revision

from content_import.repository import our_locale
from learning import demo
from learning.models import LessonPage, ProgramPage, ProgramsIndexPage, Track
from site_config.content_files import content_path, read_yaml
from site_config.demo import load_pages
from site_config.i18n import has_own_value

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(db):
    load_pages()
    demo.load_programs_index()
    return demo.import_learning_content()


def program_files():
    return sorted(content_path("programs").glob("*/program.json"))


def test_every_file_is_imported_without_a_warning(report):
    assert report.warning_lines() == []
    tracks = json.loads(content_path("tracks.json").read_text(encoding="utf-8"))["tracks"]
    assert sorted(Track.objects.values_list("slug", flat=True)) == sorted(
        track["slug"] for track in tracks
    )
    for path in program_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        program = ProgramPage.objects.get(slug_en=data["slug"])
        assert program.live and program.track.slug == data["track"]
        for code, title in data["title"].items():
            assert getattr(program, f"title_{our_locale(code).replace('-', '_')}") == title
        for code in data.get("faq", {}):
            assert has_own_value(program, "faq", our_locale(code)), (data["slug"], code)
        lessons = {lesson.slug_en: lesson for lesson in program.lessons()}
        folder = path.parent / "lessons"
        assert sorted(lessons) == sorted(file.stem for file in folder.glob("en/*.mdx"))
        for file in folder.glob("*/*.mdx"):
            code = our_locale(file.parent.name)
            lesson = lessons[file.stem]
            assert has_own_value(lesson, "body", code), (file, code)
            assert len(lesson.quiz_ids()) >= 2


def test_the_programs_index_comes_from_its_yaml_file(report):
    data = read_yaml("learning/programs-index.yaml")
    index = ProgramsIndexPage.objects.get()
    assert index.slug_en == data["slug"]["en"] and index.slug_nl == data["slug"]["nl"]
    assert index.title_ar == data["title"]["ar"] and index.intro_nl == data["intro"]["nl"]
    assert {code for code, _name in settings.LANGUAGES} <= set(data["title"])
    assert ProgramPage.objects.child_of(index).count() == len(program_files())


def test_loading_again_changes_nothing(report):
    revisions = Revision.objects.count()
    latest = list(Page.objects.order_by("pk").values_list("pk", "latest_revision"))
    demo.load()
    again = demo.import_learning_content()
    assert Revision.objects.count() == revisions
    assert list(Page.objects.order_by("pk").values_list("pk", "latest_revision")) == latest
    assert again.total("created") == again.total("updated") == 0
    assert again.total("unchanged") == report.total("created")
    assert LessonPage.objects.count() == report.total("created", kind="lesson", locale="en")
