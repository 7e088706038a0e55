"""The demo lessons: enough of them, translated as promised, valid, and loaded idempotently.

Loading the demo takes a while, so each test checks several things about one load.
"""

import re

import pytest

from django.utils.html import strip_tags

from learning import demo
from learning.blocks import QuizBlock
from learning.models import LessonPage, ProgramPage
from site_config.demo import load_pages
from site_config.i18n import has_own_value

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(db):
    load_pages()
    demo.load()


def _lessons(slug):
    return list(ProgramPage.objects.get(slug_en=slug).lessons())


def _words(lesson):
    text = " ".join(
        strip_tags(str(child.render())) for child in lesson.body_en if child.block_type != "code"
    )
    return len(re.findall(r"\w+", text))


def test_demo_lessons_are_complete_translated_and_valid(loaded):
    counts = {slug: len(_lessons(slug)) for slug in ("ai-seeds", "ai-sketch", "ai-launchpad")}
    assert counts["ai-seeds"] >= 6 and counts["ai-sketch"] >= 3 and counts["ai-launchpad"] >= 3
    assert not _lessons("ai-forest")  # other programs stay "coming soon"

    seeds = _lessons("ai-seeds")
    for position, lesson in enumerate(seeds):
        for code in ("en", "nl"):
            assert has_own_value(lesson, "body", code) and has_own_value(lesson, "title", code)
        for code in ("ar", "hi"):  # the first two at least (translators are adding more)
            assert has_own_value(lesson, "body", code) or position >= 2, (lesson.slug, code)

    quiz_block = QuizBlock()
    for lesson in LessonPage.objects.all():
        assert len(lesson.quiz_ids()) >= 2, lesson.slug
        # 300-600 words of prose; the rendered text also holds quiz and button labels.
        assert 300 <= _words(lesson) <= 700, (lesson.slug, _words(lesson))
        for child in lesson.body_en:
            if child.block_type == "quiz":
                quiz_block.clean(child.value)


def test_loading_twice_keeps_editors_changes(loaded):
    lesson = LessonPage.objects.get(slug_en="what-is-ai")
    lesson.title_en = "Edited by an editor"
    lesson.save_revision().publish()
    count = LessonPage.objects.count()
    demo.load()
    assert LessonPage.objects.count() == count
    assert LessonPage.objects.get(slug_en="what-is-ai").title_en == "Edited by an editor"
