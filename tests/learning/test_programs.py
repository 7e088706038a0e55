"""Tracks, the programs index and program pages."""

import json
import re

import pytest

from django.test import RequestFactory

from learning.models import ProgramPage, ProgramsIndexPage
from site_config.models import HomePage
from tests.learning.factories import ProgramPageFactory, ProgramsIndexPageFactory, TrackFactory
from tests.query_counts import warm_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def programs_index(home):
    return ProgramsIndexPageFactory(parent=home, title_nl="Programma's", slug_nl="programmas")


def _programs(index, track, count, start_level=1):
    return [
        ProgramPageFactory(
            parent=index, track=track, level=(start_level + n) % 5 + 1, slug=f"{track.slug}-p{n}"
        )
        for n in range(count)
    ]


class TestTreeRules:
    def test_programs_index_lives_under_home_and_holds_programs(self):
        assert ProgramsIndexPage.allowed_parent_page_models() == [HomePage]
        assert ProgramPage in ProgramsIndexPage.allowed_subpage_models()

    def test_programs_live_only_under_the_index(self):
        assert ProgramPage.allowed_parent_page_models() == [ProgramsIndexPage]


def test_index_groups_programs_by_track_then_level(programs_index):
    second = TrackFactory(name="Craft", order=2)
    first = TrackFactory(name="Learning", order=1)
    ProgramPageFactory(parent=programs_index, track=second, level=1, title="Sketch", slug="sketch")
    ProgramPageFactory(parent=programs_index, track=first, level=2, title="Sprouts", slug="sprouts")
    ProgramPageFactory(parent=programs_index, track=first, level=1, title="Seeds", slug="seeds")
    ProgramPageFactory(
        parent=programs_index, track=first, level=3, title="Hidden", slug="hidden", live=False
    )
    context = programs_index.get_context(RequestFactory().get("/en/programs/"))
    grouped = [(track.name, [p.title for p in programs]) for track, programs in context["tracks"]]
    assert grouped == [("Learning", ["Seeds", "Sprouts"]), ("Craft", ["Sketch"])]


def test_index_renders_tracks_and_programs_in_dutch_and_arabic(client, programs_index):
    track = TrackFactory(
        name="AI learning", name_nl="AI-leerpad", name_ar="مسار تعلم الذكاء الاصطناعي"
    )
    ProgramPageFactory(
        parent=programs_index,
        track=track,
        title="AI Seeds",
        title_ar="بذور الذكاء الاصطناعي",
        slug="ai-seeds",
        tagline="Start from zero",
        tagline_nl="Begin bij nul",
    )
    dutch = client.get("/nl/programmas/").content.decode()
    assert "AI-leerpad" in dutch and "Begin bij nul" in dutch
    assert 'href="/nl/programmas/ai-seeds/"' in dutch
    arabic = client.get("/ar/programs/").content.decode()
    assert "بذور الذكاء الاصطناعي" in arabic and 'dir="rtl"' in arabic


def test_header_dropdown_lists_every_track_with_its_programs(client, programs_index):
    from wagtail.models import Site

    from site_config.models import MenuItem, NavigationSettings
    from tests.site_config.factories import MenuItemFactory

    item = MenuItemFactory(
        kind=MenuItem.Kind.LEARNING_PATHS, label="Learning paths", label_nl="Leerpaden", link_url=""
    )
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    navigation.header_menu = item.menu
    navigation.save()
    track = TrackFactory(name="Craft engineering", name_nl="Vakmanschap")
    ProgramPageFactory(
        parent=programs_index,
        track=track,
        title="AI Sketch",
        slug="ai-sketch",
        icon="✏️",
        tagline_nl="Begin bij nul",
    )
    html = client.get("/nl/").content.decode()
    assert "Leerpaden<span" in html
    assert "Vakmanschap" in html and "AI Sketch" in html and "Begin bij nul" in html
    assert 'href="/nl/programmas/"' in html  # "View all programs"


def test_program_page_shows_facts_and_honest_coming_soon(client, programs_index):
    track = TrackFactory()
    ProgramPageFactory(
        parent=programs_index,
        track=track,
        title="AI Seeds",
        slug="ai-seeds",
        level=1,
        estimated_hours=2,
        topics="What AI is\nWhere you meet it",
        description="A gentle start.",
    )
    html = client.get("/en/programs/ai-seeds/").content.decode()
    assert "Level 1 · Beginner" in html
    assert "About 2 hours" in html
    assert "<li>What AI is</li>" in html and "<li>Where you meet it</li>" in html
    assert "coming soon" in html
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    )
    assert (
        data["@type"] == "Course" and data["name"] == "AI Seeds" and data["timeRequired"] == "PT2H"
    )


def test_program_falls_back_to_english_description_with_note(client, programs_index):
    ProgramPageFactory(parent=programs_index, slug="seeds", description="Only in English.")
    html = client.get("/nl/programmas/seeds/").content.decode()
    assert "Only in English." in html
    assert 'class="fallback-notice"' in html
    assert 'class="fallback-notice"' not in client.get("/en/programs/seeds/").content.decode()


def test_programs_index_queries_do_not_grow_with_programs(client, programs_index):
    track = TrackFactory()
    _programs(programs_index, track, 3)
    few = len(warm_queries(client, "/en/programs/"))
    for n in range(3):
        _programs(programs_index, TrackFactory(slug=f"more-{n}"), 5)
    many = len(warm_queries(client, "/en/programs/"))
    assert few == many, (few, many)
