"""Lesson pages, quiz blocks, lesson lists on program pages and their structured data."""

import json
import re

import pytest

from django.test import RequestFactory

from wagtail.blocks import StructBlockValidationError

from learning.blocks import QuizBlock
from learning.models import LessonPage, ProgramPage, related_articles
from site_config.blocks import CodeBlock
from tests.learning.factories import (
    LessonPageFactory,
    ProgramPageFactory,
    ProgramsIndexPageFactory,
    TrackFactory,
    paragraph,
    quiz,
)
from tests.query_counts import warm_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def program(home):
    index = ProgramsIndexPageFactory(parent=home, title_nl="Programma's", slug_nl="programmas")
    track = TrackFactory(name="AI learning", slug="ai-learning", name_nl="AI-leerpad")
    return ProgramPageFactory(
        parent=index, track=track, title="AI Seeds", title_nl="AI-zaadjes", slug="ai-seeds"
    )


# Fully translated quizzes: English options left in place would count as English parts.
DUTCH_QUIZ = {
    "question": "Welke?",
    "options": ["Een rekenmachine", "Een spamfilter", "Een lichtschakelaar"],
    "explanation": "<p>Een spamfilter leert van e-mails die als spam zijn gemarkeerd.</p>",
}
ARABIC_QUIZ = {
    "question": "أيّ منها؟",
    "options": ["آلة حاسبة", "مرشح البريد العشوائي", "مفتاح إضاءة"],
    "explanation": "<p>يتعلم مرشح البريد العشوائي من الرسائل المصنّفة كرسائل مزعجة.</p>",
}


@pytest.fixture
def lessons(program):
    """Three lessons whose `order` differs from their place in the tree."""
    third = LessonPageFactory(parent=program, title="Third", slug="third", order=3)
    first = LessonPageFactory(
        parent=program,
        title="First",
        title_nl="Eerste",
        title_ar="الأول",
        slug="first",
        order=1,
        duration_minutes=15,
        body_nl=[paragraph("<p>Machines leren van voorbeelden.</p>"), quiz(**DUTCH_QUIZ)],
        body_ar=[paragraph("<p>تتعلم الآلات من الأمثلة.</p>"), quiz(**ARABIC_QUIZ)],
    )
    second = LessonPageFactory(parent=program, title="Second", slug="second", order=2)
    return [first, second, third]


def _json_ld(html):
    return [
        json.loads(data)
        for data in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    ]


class TestTreeRules:
    def test_lessons_live_only_under_programs_and_have_no_children(self):
        assert LessonPage.allowed_parent_page_models() == [ProgramPage]
        assert LessonPage.allowed_subpage_models() == []

    def test_programs_hold_only_lessons(self):
        assert ProgramPage.allowed_subpage_models() == [LessonPage]


class TestQuizBlock:
    def _value(self, answer, options=("A", "B", "C")):
        block = QuizBlock()
        return block, block.to_python(
            {
                "question": "Which?",
                "options": list(options),
                "answer": answer,
                "explanation": "<p>Because.</p>",
            }
        )

    @pytest.mark.parametrize("answer", [0, 4, -1])
    def test_answer_outside_the_options_is_refused(self, answer):
        block, value = self._value(answer)
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(value)
        assert "answer" in error.value.block_errors

    @pytest.mark.parametrize("answer", [1, 3])
    def test_answer_counted_from_one_is_accepted(self, answer):
        block, value = self._value(answer)
        assert block.clean(value)["answer"] == answer

    def test_renders_a_radio_group_and_an_answer_disclosure(self):
        block, value = self._value(2, options=("A calculator", "A spam filter", "A lamp"))
        html = block.render(value, context={"id": "q1"})
        assert "<fieldset>" in html and "Which?</legend>" in html
        assert html.count('type="radio" name="quiz-q1"') == 3
        assert 'data-answer="2"' in html and 'data-quiz-id="q1"' in html
        assert 'role="status" aria-live="polite"' in html
        assert "<details" in html and "The right answer is: A spam filter" in html
        assert "<p>Because.</p>" in html

    def test_code_block_is_highlighted_and_escaped(self):
        block = CodeBlock()
        value = block.to_python(
            {"language": "python", "code": "print('<script>')", "caption": "Hello"}
        )
        html = block.render(value)
        assert 'class="highlight"' in html and "&lt;script&gt;" in html
        assert "<script>" not in html


class TestLessonOrder:
    def test_program_lists_lessons_by_order_without_unpublished_ones(self, program, lessons):
        LessonPageFactory(parent=program, title="Draft", slug="draft", order=0, live=False)
        assert [lesson.title for lesson in program.lessons()] == ["First", "Second", "Third"]

    def test_previous_and_next_at_the_edges(self, lessons):
        first, second, third = lessons
        request = RequestFactory().get("/")
        context = first.get_context(request)
        assert context["previous_lesson"] is None and context["next_lesson"].pk == second.pk
        assert (context["position"], context["lesson_count"]) == (1, 3)
        context = second.get_context(request)
        assert context["previous_lesson"].pk == first.pk and context["next_lesson"].pk == third.pk
        context = third.get_context(request)
        assert context["previous_lesson"].pk == second.pk and context["next_lesson"] is None
        assert context["position"] == 3


class TestLessonPage:
    def test_renders_breadcrumb_position_quiz_and_navigation_in_english(self, client, lessons):
        html = client.get("/en/programs/ai-seeds/second/").content.decode()
        assert '<a href="/en/programs/#track-ai-learning">AI learning</a>' in html
        assert '<a href="/en/programs/ai-seeds/">AI Seeds</a>' in html
        assert "Lesson 2 of 3" in html and "10 minutes" in html
        assert 'rel="prev"' in html and 'href="/en/programs/ai-seeds/first/"' in html
        assert 'rel="next"' in html and "Back to AI Seeds" in html
        assert "<fieldset>" in html and 'data-quiz-count="1"' in html
        assert 'src="/static/js/learning.js" defer' in html
        assert "<script>" not in html and "style=" not in html

    def test_renders_in_dutch_with_its_own_content(self, client, lessons):
        html = client.get("/nl/programmas/ai-seeds/first/").content.decode()
        assert "Eerste" in html and "Machines leren van voorbeelden." in html
        assert "AI-leerpad" in html and "AI-zaadjes" in html
        assert 'class="fallback-notice"' not in html

    def test_renders_right_to_left_in_arabic(self, client, lessons):
        html = client.get("/ar/programs/ai-seeds/first/").content.decode()
        assert '<html lang="ar" dir="rtl">' in html
        assert "الأول" in html and "تتعلم الآلات من الأمثلة." in html
        assert 'class="fallback-notice"' not in html

    def test_untranslated_lesson_falls_back_to_english_with_a_notice(self, client, lessons):
        html = client.get("/nl/programmas/ai-seeds/second/").content.decode()
        assert 'class="fallback-notice"' in html
        assert 'class="lesson-body stream prose" lang="en" dir="ltr"' in html
        assert "Machines learn from examples." in html
        english = client.get("/en/programs/ai-seeds/second/").content.decode()
        assert 'class="fallback-notice"' not in english

    def test_structured_data_describes_the_lesson_and_its_breadcrumb(self, client, lessons):
        data = _json_ld(client.get("/en/programs/ai-seeds/first/").content.decode())
        lesson, breadcrumb = data
        assert lesson["@type"] == "LearningResource" and lesson["timeRequired"] == "PT15M"
        assert lesson["isPartOf"]["name"] == "AI Seeds"
        assert [item["name"] for item in breadcrumb["itemListElement"]] == [
            "Programs",
            "AI Seeds",
            "First",
        ]

    def test_query_count_does_not_grow_with_sibling_lessons(self, client, program, lessons):
        url = "/en/programs/ai-seeds/first/"
        few = warm_queries(client, url)
        for n in range(20):
            LessonPageFactory(parent=program, slug=f"extra-{n}", order=10 + n)
        assert len(warm_queries(client, url)) == len(few), few
        print(f"\nlesson page: {len(few)} queries with 3 and with 23 lessons in its program")


class TestProgramPage:
    def test_lists_lessons_with_total_time_and_start_link(self, client, lessons):
        html = client.get("/en/programs/ai-seeds/").content.decode()
        assert html.index(">First</a>") < html.index(">Second</a>") < html.index(">Third</a>")
        assert "3 lessons" in html and "35 minutes in total" in html
        assert 'href="/en/programs/ai-seeds/first/">Start the first lesson' in html
        assert 'data-program-progress data-program-id="' in html
        assert "coming soon" not in html

    def test_lesson_list_in_dutch_marks_untranslated_titles_as_english(self, client, lessons):
        html = client.get("/nl/programmas/ai-seeds/").content.decode()
        assert "data-lesson-link>Eerste</a>" in html
        assert 'data-lesson-link lang="en" dir="ltr">Second</a>' in html
        assert html.count('<p lang="en" dir="ltr">A short lesson.</p>') == 3

    def test_lesson_list_renders_in_arabic(self, client, lessons):
        html = client.get("/ar/programs/ai-seeds/").content.decode()
        assert 'dir="rtl"' in html and ">الأول</a>" in html

    def test_program_without_lessons_is_honestly_coming_soon(self, client, program):
        html = client.get("/en/programs/ai-seeds/").content.decode()
        assert "coming soon" in html and "data-lesson-list" not in html

    def test_course_structured_data_lists_the_lessons(self, client, lessons):
        course, breadcrumb = _json_ld(client.get("/en/programs/ai-seeds/").content.decode())
        assert course["@type"] == "Course"
        assert [part["name"] for part in course["hasPart"]] == ["First", "Second", "Third"]
        assert course["hasPart"][0]["url"] == "http://localhost/en/programs/ai-seeds/first/"
        assert breadcrumb["@type"] == "BreadcrumbList"

    def test_get_context_gives_lessons_and_total_minutes(self, program, lessons):
        context = program.get_context(RequestFactory().get("/en/programs/ai-seeds/"))
        assert [lesson.title for lesson in context["lessons"]] == ["First", "Second", "Third"]
        assert context["total_minutes"] == 35 and context["first_lesson"].title == "First"

    def test_query_count_is_the_same_with_3_or_30_lessons(self, client, program, lessons):
        url = "/en/programs/ai-seeds/"
        few = warm_queries(client, url)
        for n in range(27):
            LessonPageFactory(parent=program, slug=f"more-{n}", order=10 + n)
        many = warm_queries(client, url)
        assert len(few) == len(many), (few, many)
        print(f"\nprogram page: {len(few)} queries with 3 and with 30 lessons")


def test_related_articles_by_tag(program):
    from tests.blog.factories import BlogIndexPageFactory, BlogPageFactory, BlogTagFactory

    program.related_tags = "machine-learning, jobs"
    blog = BlogIndexPageFactory(parent=program.get_parent().get_parent(), slug="blog")
    tag = BlogTagFactory(name="machine-learning", slug="machine-learning")
    tagged = BlogPageFactory(parent=blog, title="How models learn", slug="how-models-learn")
    tagged.tags.add(tag)
    tagged.save_revision().publish()
    BlogPageFactory(parent=blog, title="Unrelated", slug="unrelated")
    assert [article.title for article in related_articles(program)] == ["How models learn"]
    program.related_tags = ""
    assert related_articles(program) == []


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_lesson_page_gives_progress_data_in_every_language(client, lessons, language):
    first, second, _third = lessons
    path = {"nl": "/nl/programmas/ai-seeds/first/", "ar": "/ar/programs/ai-seeds/first/"}
    html = client.get(path[language]).content.decode()
    raw = re.search(
        r'<script id="lesson-progress-data" type="application/json">(.*?)</script>', html
    )
    data = json.loads(raw.group(1))
    assert data["lesson"]["id"] == first.pk
    assert data["lesson"]["titles"]["nl"] == "Eerste"
    assert data["lesson"]["titles"]["ar"] == "الأول"
    assert data["lesson"]["titles"]["fr"] == "First"  # English where a language has none
    assert data["lesson"]["urls"]["nl"].startswith("/nl/")
    assert data["next"]["id"] == second.pk
    assert data["next"]["titles"]["nl"] == "Second"
    assert data["program"]["titles"]["nl"] == "AI-zaadjes"
    assert set(data["lesson"]["urls"]) == set(data["lesson"]["titles"])
