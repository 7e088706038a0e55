"""The journey map and the lessons listing as a visitor sees them: progress kept in
localStorage marks the stops, in English and in Arabic, with no axe violation."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

PROGRESS_KEY = "educademy.progress.v1"
# What each language's catalogue says for the stop labels (journey/models.py).
LABELS = {
    "en": {
        "done": "Done",
        "in_progress": "In progress",
        "next": "Next stop",
        "start": "Start here",
    },
    "ar": {
        "done": "مكتمل",
        "in_progress": "قيد التقدم",
        "next": "المحطة التالية",
        "start": "ابدأ من هنا",
    },
}


def _program_with_lessons(slug):
    from learning.models import LessonPage, ProgramPage

    program = ProgramPage.objects.get(slug_en=slug)
    lessons = list(LessonPage.objects.child_of(program).live().values_list("pk", flat=True))
    return program.pk, lessons


def _sibling(slug, level):
    from learning.models import ProgramPage

    program = ProgramPage.objects.get(slug_en=slug)
    return ProgramPage.objects.get(track=program.track, level=level).pk


@pytest.fixture
def progress():
    """AI Seeds finished, one lesson of AI Sketch done, the career track untouched."""
    seeds, seeds_lessons = _program_with_lessons("ai-seeds")
    sketch, sketch_lessons = _program_with_lessons("ai-sketch")
    launchpad, _ = _program_with_lessons("ai-launchpad")
    stored = {
        "programs": {
            str(seeds): {
                "lessons": {str(pk): {"done": True, "passed": []} for pk in seeds_lessons}
            },
            str(sketch): {"lessons": {str(sketch_lessons[0]): {"done": True, "passed": []}}},
        }
    }
    expected = {
        seeds: "done",
        _sibling("ai-seeds", 2): "next",
        sketch: "in_progress",
        launchpad: "start",
    }
    return stored, expected


def _open_with_progress(page, url, stored):
    page.goto(url)
    page.evaluate(
        "([key, value]) => window.localStorage.setItem(key, value)",
        [PROGRESS_KEY, json.dumps(stored)],
    )
    page.reload()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_map_marks_done_in_progress_next_and_start(
    site, demo_page_urls, browser_page, progress, language
):
    stored, expected = progress
    _open_with_progress(browser_page, site + demo_page_urls[language]["journey"], stored)
    expect(browser_page.locator("html")).to_have_attribute("lang", language)
    for program_pk, state in expected.items():
        stop = browser_page.locator(f'[data-journey-stop="{program_pk}"]')
        expect(stop).to_have_class(re.compile(rf"\bis-{state.replace('_', '-')}\b"))
        expect(stop.locator("[data-journey-status]")).to_have_text(LABELS[language][state])
    # Stops with no progress of their own carry no label.
    expect(browser_page.locator("[data-journey-status]:not(:empty)")).to_have_count(4)
    assert_no_axe_violations(browser_page)


def test_corrupt_storage_shows_where_each_track_starts(site, demo_page_urls, browser_page):
    browser_page.goto(site + demo_page_urls["en"]["journey"])
    browser_page.evaluate(f"window.localStorage.setItem('{PROGRESS_KEY}', '{{not json')")
    browser_page.reload()
    expect(browser_page.locator(".journey-stop.is-start")).to_have_count(3)
    expect(browser_page.locator(".journey-stop.is-done")).to_have_count(0)


def test_where_to_start_leads_to_ai_seeds_and_the_chooser(site, demo_page_urls, browser_page):
    urls = demo_page_urls["ar"]
    browser_page.goto(site + urls["journey"])
    start = browser_page.locator(".journey-start")
    expect(start.locator(f'a[href="{urls["ai-seeds"]}"]')).to_be_visible()
    chooser = start.locator(f'a[href="{urls["careers"]}chooser/"]')
    expect(chooser).to_be_visible()
    chooser.click()
    expect(browser_page.locator("form")).not_to_have_count(0)


def test_without_javascript_the_map_is_a_readable_list(site, demo_page_urls, chromium):
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": 375, "height": 812}
    )
    page = context.new_page()
    page.goto(site + demo_page_urls["nl"]["journey"])
    expect(page.locator("ol.journey-path")).to_have_count(3)
    expect(page.locator("ol.journey-path > li")).to_have_count(15)
    expect(page.locator("[data-journey-status]:not(:empty)")).to_have_count(0)
    context.close()


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_lessons_listing_shows_every_lesson_with_its_languages(
    site, demo_page_urls, browser_page, language
):
    from learning.models import LessonPage

    browser_page.goto(site + demo_page_urls[language]["lessons"])
    rows = browser_page.locator("tr[data-lesson-row]")
    expect(rows).to_have_count(LessonPage.objects.live().count())
    expect(rows.first.locator("[data-language]").first).to_have_attribute("data-language", "en")
    assert_no_axe_violations(browser_page)


def test_footer_lessons_link_opens_the_listing(site, demo_page_urls, browser_page):
    urls = demo_page_urls["en"]
    browser_page.goto(site + urls["home"])
    browser_page.locator(f'footer a[href="{urls["lessons"]}"]').click()
    expect(browser_page).to_have_url(site + urls["lessons"])
