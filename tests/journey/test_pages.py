"""The journey map and the lessons listing: tree rules, both languages, the links into the
paths, what the listing shows of each lesson, flat queries, and the admin."""

import json
import re

import pytest

from django.urls import reverse

from journey.models import JourneyPage, LessonIndexPage
from site_config.models import HomePage
from tests.careers.factories import CareersIndexPageFactory
from tests.journey.factories import JourneyPageFactory, LessonIndexPageFactory
from tests.learning.factories import (
    LessonPageFactory,
    ProgramPageFactory,
    ProgramsIndexPageFactory,
    TrackFactory,
    paragraph,
)
from tests.query_counts import warm_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def programs_index(home):
    return ProgramsIndexPageFactory(parent=home, title_nl="Programma's", slug_nl="programmas")


@pytest.fixture
def tracks(programs_index):
    """Two tracks: "AI learning" with AI Seeds (level 1) and AI Sprouts (level 2), and
    "Craft" with one level-1 program."""
    learning = TrackFactory(name="AI learning", name_nl="AI-leerpad", slug="ai", order=0)
    craft = TrackFactory(name="Craft", name_nl="Vakmanschap", slug="craft", order=1)
    seeds = ProgramPageFactory(
        parent=programs_index, track=learning, level=1, title="AI Seeds", slug="ai-seeds"
    )
    sprouts = ProgramPageFactory(
        parent=programs_index,
        track=learning,
        level=2,
        title="AI Sprouts",
        title_nl="AI-scheuten",
        slug="ai-sprouts",
    )
    tools = ProgramPageFactory(parent=programs_index, track=craft, level=1, slug="tools")
    return {"seeds": seeds, "sprouts": sprouts, "tools": tools}


@pytest.fixture
def journey(home):
    return JourneyPageFactory(
        parent=home,
        title_nl="Jouw leerreis",
        slug_nl="reis",
        intro_nl="Drie paden, vijf niveaus.",
        title_ar="رحلتك التعليمية",
        slug_ar="journey",
    )


@pytest.fixture
def lessons_page(home):
    return LessonIndexPageFactory(
        parent=home, title_nl="Alle lessen", slug_nl="lessen", intro_nl="Elke les."
    )


def _json_block(html, element_id):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html)
    assert match, f"no #{element_id} data block"
    return json.loads(match.group(1))


def _main(html):
    return html[html.index("<main") : html.index("</main>")]


class TestTreeRules:
    @pytest.mark.parametrize("model", [JourneyPage, LessonIndexPage])
    def test_one_page_of_each_under_home(self, model):
        assert model.allowed_parent_page_models() == [HomePage]
        assert model.allowed_subpage_models() == []
        assert model.max_count == 1
        assert model in HomePage.allowed_subpage_models()


class TestJourneyMap:
    def test_draws_each_track_as_an_ordered_path_of_its_programs(self, client, journey, tracks):
        html = _main(client.get("/en/journey/").content.decode())
        paths = re.findall(r'<ol class="journey-path">(.*?)</ol>', html, re.S)
        assert len(paths) == 2
        assert re.findall(r'data-journey-stop="(\d+)"', paths[0]) == [
            str(tracks["seeds"].pk),
            str(tracks["sprouts"].pk),
        ]
        assert "Level 2 · Foundation" in paths[0]
        assert 'href="/en/programs/ai-sprouts/">AI Sprouts</a>' in paths[0]

    def test_renders_in_dutch_with_translated_names_and_labels(self, client, journey, tracks):
        html = client.get("/nl/reis/").content.decode()
        assert "Jouw leerreis</h1>" in html and "Drie paden, vijf niveaus." in html
        assert "AI-leerpad" in html and "AI-scheuten" in html
        assert "Waar begin ik?" in html
        labels = _json_block(html, "journey-labels")
        assert labels == {
            "done": "Voltooid",
            "in_progress": "Bezig",
            "next": "Volgende halte",
            "start": "Begin hier",
        }

    def test_arabic_page_is_right_to_left(self, client, journey, tracks):
        html = client.get("/ar/journey/").content.decode()
        assert 'dir="rtl"' in html and "رحلتك التعليمية</h1>" in html
        assert "من أين أبدأ؟" in html

    def test_data_block_lists_the_live_lessons_of_each_stop(self, client, journey, tracks):
        first = LessonPageFactory(parent=tracks["seeds"], order=1)
        second = LessonPageFactory(parent=tracks["seeds"], order=2)
        LessonPageFactory(parent=tracks["seeds"], order=3, live=False)
        data = _json_block(client.get("/en/journey/").content.decode(), "journey-data")
        seeds_track, craft_track = data["tracks"]
        assert seeds_track["programs"][0] == {
            "id": tracks["seeds"].pk,
            "lessons": [first.pk, second.pk],
        }
        assert seeds_track["programs"][1] == {"id": tracks["sprouts"].pk, "lessons": []}
        assert [program["id"] for program in craft_track["programs"]] == [tracks["tools"].pk]

    def test_where_to_start_links_to_ai_seeds_and_the_career_chooser(self, client, journey, tracks):
        CareersIndexPageFactory(parent=journey.get_parent(), slug_nl="carrieres")
        html = client.get("/nl/reis/").content.decode()
        start = re.search(r'<aside class="journey-start".*?</aside>', html, re.S).group(0)
        assert 'href="/nl/programmas/ai-seeds/">Begin met AI Seeds</a>' in start
        assert 'href="/nl/carrieres/chooser/"' in start

    def test_the_editor_chooses_where_newcomers_start(self, client, journey, tracks):
        journey.starting_program = tracks["tools"]
        journey.save_revision().publish()
        html = client.get("/en/journey/").content.decode()
        assert 'href="/en/programs/tools/">Start with ' in html

    def test_without_careers_or_programs_the_page_still_renders(self, client, journey):
        html = client.get("/en/journey/").content.decode()
        assert "No programs have been published yet." in html
        assert "chooser" not in _main(html)

    def test_queries_do_not_grow_with_programs_and_lessons(
        self, client, journey, tracks, programs_index
    ):
        LessonPageFactory(parent=tracks["seeds"])
        few = len(warm_queries(client, "/en/journey/"))
        for level in range(3, 6):
            program = ProgramPageFactory(
                parent=programs_index, track=tracks["seeds"].track, level=level
            )
            for _ in range(4):
                LessonPageFactory(parent=program)
        many = len(warm_queries(client, "/en/journey/"))
        assert few == many, (few, many)


class TestLessonsListing:
    def test_lists_every_live_lesson_by_level_and_program(self, client, lessons_page, tracks):
        LessonPageFactory(parent=tracks["sprouts"], title="Neural nets", duration_minutes=25)
        LessonPageFactory(
            parent=tracks["seeds"], title="What is AI?", difficulty="intermediate", order=1
        )
        LessonPageFactory(parent=tracks["seeds"], title="Draft lesson", live=False)
        html = _main(client.get("/en/lessons/").content.decode())
        assert html.index("Level 1 · Beginner") < html.index("What is AI?")
        assert html.index("What is AI?") < html.index("Level 2 · Foundation")
        assert html.index("Level 2 · Foundation") < html.index("Neural nets")
        assert "Draft lesson" not in html
        row = re.search(r"<tr data-lesson-row[^>]*>(?:(?!</tr>).)*What is AI\?.*?</tr>", html, re.S)
        assert "10 minutes" in row.group(0) and "Intermediate" in row.group(0)
        assert "25 minutes" in html
        # A program without live lessons has no table.
        assert tracks["tools"].title not in html

    def test_languages_column_lists_the_languages_the_body_is_written_in(
        self, client, lessons_page, tracks
    ):
        lesson = LessonPageFactory(
            parent=tracks["seeds"],
            title="What is AI?",
            body_nl=[paragraph("<p>Machines leren.</p>")],
            body_ar=[paragraph("<p>الآلات تتعلم.</p>")],
            description_fr="Seule la description est traduite.",
        )
        html = client.get("/nl/lessen/").content.decode()
        row = re.search(rf'<tr data-lesson-row="{lesson.pk}">.*?</tr>', html, re.S).group(0)
        assert re.findall(r'data-language="([\w-]+)"', row) == ["en", "nl", "ar"]
        assert '<span class="visually-hidden">Arabisch</span>' in row

    def test_renders_in_dutch_with_translated_headings(self, client, lessons_page, tracks):
        LessonPageFactory(parent=tracks["seeds"], title="What is AI?", title_nl="Wat is AI?")
        html = client.get("/nl/lessen/").content.decode()
        assert "Alle lessen</h1>" in html and "Elke les." in html
        assert "Niveau 1 · Beginner" in html
        assert '<th scope="col">Les</th>' in html and '<th scope="col">Talen</th>' in html
        assert 'href="/nl/programmas/ai-seeds/' in html and "Wat is AI?" in html

    def test_english_titles_shown_in_another_language_are_marked(
        self, client, lessons_page, tracks
    ):
        LessonPageFactory(parent=tracks["seeds"], title="Only in English")
        html = client.get("/nl/lessen/").content.decode()
        assert re.search(r'<a href="[^"]+" lang="en">Only in English</a>', html)

    def test_queries_do_not_grow_with_lessons(self, client, lessons_page, tracks, programs_index):
        LessonPageFactory(parent=tracks["seeds"])
        few = len(warm_queries(client, "/en/lessons/"))
        for level in range(3, 6):
            program = ProgramPageFactory(
                parent=programs_index, track=tracks["tools"].track, level=level
            )
            for _ in range(6):
                LessonPageFactory(parent=program, body_nl=[paragraph()])
        many = len(warm_queries(client, "/en/lessons/"))
        assert few == many, (few, many)

    def test_empty_listing_says_so(self, client, lessons_page):
        assert "No lessons have been published yet." in client.get("/en/lessons/").content.decode()


def _page_form(**fields):
    return {"title_en": "", "slug_en": "", "intro_en": "", **fields}


@pytest.mark.parametrize(
    ("model_name", "slug", "title"),
    [
        ("journeypage", "journey", "Your learning journey"),
        ("lessonindexpage", "lessons", "All lessons"),
    ],
)
def test_editor_creates_the_page_in_the_admin(editor, home, client, model_name, slug, title):
    url = reverse("wagtailadmin_pages:add", args=("journey", model_name, home.pk))
    assert editor.get(url).status_code == 200
    form = _page_form(title_en=title, slug_en=slug, title_nl="Nederlands", slug_nl=slug + "-nl")
    response = editor.post(url, {**form, "action-publish": "publish"})
    assert response.status_code == 302
    client.logout()
    assert "Nederlands</h1>" in client.get(f"/nl/{slug}-nl/").content.decode()
