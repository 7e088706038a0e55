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


@pytest.fixture(scope="session")
def titles(demo_content, django_db_blocker):
    """{language: {English slug: lesson title}} for the AI Seeds lessons.

    Also renders the home page once outside any test transaction: the live server cannot
    write the image renditions it needs while a test holds SQLite's write lock."""
    from django.test import Client

    from learning.models import ProgramPage, titles_by_language

    with django_db_blocker.unblock():
        Client().get("/en/")
        lessons = list(ProgramPage.objects.get(slug_en="ai-seeds").lessons())
        by_lesson = {lesson.slug_en: titles_by_language(lesson) for lesson in lessons}
    return {
        code: {slug: names[code] for slug, names in by_lesson.items()} for code in by_lesson[FIRST]
    }


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


def test_quiz_progress_home_card_and_reset(site, urls, titles, browser_page):
    page = browser_page
    english = urls["en"]
    page.goto(site + english[FIRST])
    expect(page.get_by_text("Lesson 1 of 6")).to_be_visible()
    first = _quiz(page, 0)
    # A wrong answer asks for another try; the answer stays behind its disclosure.
    _choose(first, "A pocket calculator adding two numbers")
    feedback = first.locator("[data-quiz-feedback]")
    expect(feedback).to_contain_text("Try another answer")
    expect(feedback).not_to_contain_text("The right answer is")
    expect(first.locator("[data-quiz-answer]")).to_be_visible()
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

    # The same progress shows in Dutch: the next lesson, in Dutch, at its Dutch address.
    page.goto(site + urls["nl"]["home"])
    expect(card.locator("[data-continue-link]")).to_have_attribute("href", urls["nl"][SECOND])
    expect(card.locator("[data-continue-lesson]")).to_have_text(titles["nl"][SECOND])
    expect(card.locator("[data-continue-lesson]")).not_to_have_attribute("lang", "en")

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


@pytest.mark.parametrize("language", ["en", "ar"])
def test_quiz_reveals_the_answer_after_a_second_wrong_try(site, urls, browser_page, language):
    page = browser_page
    page.goto(site + urls[language][FIRST])
    quiz = _quiz(page, 0)
    answer = quiz.get_attribute("data-answer")
    options = quiz.locator("input[type=radio]")
    wrong = [
        options.nth(i)
        for i in range(options.count())
        if options.nth(i).get_attribute("value") != answer
    ]
    feedback = quiz.locator("[data-quiz-feedback]")
    wrong[0].check()
    expect(feedback.locator("[data-quiz-explanation]")).to_have_count(0)
    expect(quiz.locator(".is-answer")).to_have_count(0)
    wrong[1].check()
    expect(feedback.locator("[data-quiz-explanation]")).to_have_count(1)
    expect(quiz.locator(".quiz-option.is-answer")).to_have_count(1)
    expect(quiz.locator(".quiz-option.is-incorrect")).to_have_count(2)
    expect(quiz.locator("[data-quiz-answer]")).to_be_hidden()
    expect(page.locator("[data-lesson-complete]")).to_be_hidden()
    # The visitor can still pick the right one and pass.
    quiz.locator(f"input[value='{answer}']").check()
    expect(quiz.locator(".quiz-option.is-correct")).to_have_count(1)
    assert_no_axe_violations(page)


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
