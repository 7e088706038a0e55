"""Lessons in the browser: quizzes, progress kept on the device, the home card, accessibility."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

FIRST = "what-is-ai"
SECOND = "learning-from-examples"


@pytest.fixture(scope="session")
def urls(demo_content, django_db_blocker):
    """{language: {name: URL path}} for the AI Seeds program, its lessons and the home page
    (lesson slugs are only unique within their program, so they are looked up there)."""
    from django.conf import settings
    from django.utils import translation

    from learning.models import ProgramPage
    from site_config.models import HomePage

    with django_db_blocker.unblock():
        program = ProgramPage.objects.get(slug_en="ai-seeds")
        lessons = list(program.lessons())
        home = HomePage.objects.get()
        urls = {}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                urls[code] = {lesson.slug_en: lesson.get_url() for lesson in lessons}
                urls[code].update({"ai-seeds": program.get_url(), "home": home.get_url()})
    return urls


def _quiz(page, number):
    return page.locator("[data-quiz]").nth(number)


def _choose(quiz, option_text):
    quiz.get_by_label(option_text).check()


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_program_and_lesson_pages_are_accessible(site, urls, browser_page, language):
    for slug, marker in (("ai-seeds", "[data-lesson-list]"), (FIRST, "[data-quiz]")):
        response = browser_page.goto(site + urls[language][slug])
        assert response.status == 200
        expect(browser_page.locator(marker).first).to_be_attached()
        expect(browser_page.locator("html")).to_have_attribute("lang", language)
        expect(browser_page.locator("h1")).to_have_count(1)
        assert_no_axe_violations(browser_page)


def test_quiz_progress_home_card_and_reset(site, urls, browser_page):
    page = browser_page
    english = urls["en"]
    page.goto(site + english[FIRST])
    expect(page.get_by_text("Lesson 1 of 6")).to_be_visible()
    first = _quiz(page, 0)
    # With JavaScript the answer disclosure gives way to feedback after answering.
    expect(first.locator("[data-quiz-answer]")).to_be_hidden()

    _choose(first, "A pocket calculator adding two numbers")
    feedback = first.locator("[data-quiz-feedback]")
    expect(feedback).to_contain_text("Not quite")
    expect(feedback).to_contain_text("The right answer is")
    expect(first.locator(".quiz-option.is-incorrect")).to_have_count(1)
    expect(page.locator("[data-lesson-complete]")).to_be_hidden()

    _choose(first, "A photo app that groups pictures by the people in them")
    expect(feedback).to_contain_text("Correct")
    expect(first.locator(".quiz-option.is-correct")).to_have_count(1)
    expect(page.locator("[data-lesson-complete]")).to_be_hidden()  # one quiz still to go

    _choose(_quiz(page, 1), "Each system is good at one kind of task and not beyond it")
    expect(page.locator("[data-lesson-complete]")).to_be_visible()
    expect(page.locator("[data-lesson-complete]")).to_contain_text("Lesson complete")
    assert_no_axe_violations(page)

    page.goto(site + english["ai-seeds"])
    progress = page.locator("[data-program-progress]")
    expect(progress).to_be_visible()
    expect(progress).to_contain_text("Lessons completed: 1 / 6")
    expect(page.locator(".lesson-item.is-done")).to_have_count(1)
    expect(page.locator(".lesson-item").first.locator("[data-lesson-done]")).to_be_visible()
    # The first lesson is done, so "continue" points at the second one.
    expect(page.locator("[data-progress-continue-link]")).to_have_attribute("href", english[SECOND])
    expect(page.locator("[data-progress-start]")).to_be_hidden()

    page.goto(site + english["home"])
    card = page.locator("[data-continue-learning]")
    expect(card).to_be_visible()
    expect(card).to_contain_text("AI Seeds")
    # The last lesson seen is finished, so the card goes on to the next one.
    expect(card.locator("[data-continue-link]")).to_have_attribute("href", english[SECOND])
    expect(card).to_contain_text("Lessons completed: 1 / 6")
    assert_no_axe_violations(page)

    # The same progress shows in Dutch, linking to the Dutch version of the lesson seen.
    page.goto(site + urls["nl"]["home"])
    expect(card.locator("[data-continue-link]")).to_have_attribute("href", urls["nl"][FIRST])

    page.once("dialog", lambda dialog: dialog.accept())
    card.get_by_role("button", name=re.compile(".")).click()
    expect(card).to_be_hidden()
    page.goto(site + english["ai-seeds"])
    expect(page.locator("[data-program-progress]")).to_be_hidden()
    expect(page.locator(".lesson-item.is-done")).to_have_count(0)
    assert (
        page.evaluate(
            "Object.keys(JSON.parse(localStorage.getItem('educademy.progress.v1')).programs).length"
        )
        == 0
    )


def test_program_reset_forgets_only_after_confirmation(site, urls, browser_page):
    page = browser_page
    english = urls["en"]
    page.goto(site + english[SECOND])
    _choose(_quiz(page, 0), "The examples a model learns from")
    _choose(_quiz(page, 1), "Making a prediction")
    expect(page.locator("[data-lesson-complete]")).to_be_visible()

    page.goto(site + english["ai-seeds"])
    reset = page.locator("[data-progress-reset]")
    page.once("dialog", lambda dialog: dialog.dismiss())
    reset.click()
    expect(page.locator(".lesson-item.is-done")).to_have_count(1)

    page.once("dialog", lambda dialog: dialog.accept())
    reset.click()
    expect(page.locator("[data-progress-status]")).to_contain_text("was reset")
    expect(page.locator(".lesson-item.is-done")).to_have_count(0)
    expect(page.locator("[data-progress-start]")).to_be_visible()


def test_quiz_answer_is_available_without_javascript(site, urls, chromium):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site + urls["en"][FIRST])
        quiz = _quiz(page, 0)
        expect(quiz.locator("legend")).to_contain_text("Which of these is an example of AI?")
        answer = quiz.locator("[data-quiz-answer]")
        expect(answer.locator("[data-quiz-explanation]")).to_be_hidden()
        answer.locator("summary").click()
        expect(answer.locator("[data-quiz-explanation]")).to_be_visible()
        expect(answer).to_contain_text("A photo app that groups pictures")
    finally:
        context.close()
