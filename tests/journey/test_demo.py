"""The demo loader: both pages from content/journey/*.yaml, AI Seeds as the start, the
footer's "Lessons" pointing at the listing, and nothing overwritten on a second run."""

import pytest

from django.core.management import call_command
from django.utils import translation

from careers.models import CareersIndexPage
from journey.models import JourneyPage, LessonIndexPage
from site_config.models import MenuItem

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.DEMO_CONTENT_LOADERS = [
        "site_config.demo.load_pages",
        "learning.demo.load",
        "careers.demo.load",
        "journey.demo.load",
        "site_config.demo.load_navigation",
    ]
    call_command("load_demo", verbosity=0)


def test_loads_both_pages_translated_with_ai_seeds_as_the_start(demo, client):
    journey = JourneyPage.objects.get()
    assert journey.live and journey.title_nl == "Jouw leerreis" and journey.slug_nl == "reis"
    assert journey.intro_ar and journey.intro_de
    assert journey.starting_program.slug_en == "ai-seeds"
    lessons = LessonIndexPage.objects.get()
    assert lessons.slug_en == "lessons" and lessons.title_ar == "جميع الدروس"
    with translation.override("nl"):
        chooser = CareersIndexPage.objects.get().get_url() + "chooser/"
    html = client.get("/nl/reis/").content.decode()
    assert 'href="/nl/programmas/ai-seeds/">Begin met AI Seeds' in html
    assert f'href="{chooser}"' in html


def test_footer_lessons_link_goes_to_the_listing(demo):
    lessons_link = MenuItem.objects.get(label_en="Lessons")
    assert lessons_link.link_page.specific == LessonIndexPage.objects.get()


def test_a_second_run_keeps_the_editors_work(demo):
    journey = JourneyPage.objects.get()
    journey.intro = "An editor's intro."
    journey.starting_program = None
    journey.save_revision().publish()
    call_command("load_demo", verbosity=0)
    journey = JourneyPage.objects.get()
    assert journey.intro == "An editor's intro." and journey.starting_program is None
    assert LessonIndexPage.objects.count() == 1
