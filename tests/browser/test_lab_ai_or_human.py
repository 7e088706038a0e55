"""AI or human? in the browser: guessing, the answer with its provenance and signs, score and
streak, the end of the rounds, the best streak kept and reset; en, nl, ar, phone and desktop."""

import pytest
from playwright.sync_api import expect

from lab.demo import read_content
from tests.browser.conftest import assert_no_axe_violations

DEMO = read_content("ai_or_human.yaml")


def _rounds(language):
    return [item["value"] for item in DEMO["content"][language]]


def _open(page, site, lab_urls, language):
    response = page.goto(site + lab_urls[language]["ai_or_human"])
    assert response.status == 200
    expect(page.locator("[data-aoh-play]")).to_be_visible()
    expect(page.locator("[data-lab-needs-js]")).to_be_hidden()


def _other(source):
    return "model" if source == "person" else "person"


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_a_guess_reveals_the_answer_its_provenance_and_signs(
    site, lab_urls, browser_page, language
):
    page = browser_page
    _open(page, site, lab_urls, language)
    first, second = _rounds(language)[:2]
    expect(page.locator("[data-aoh-text]")).to_have_text(first["text"])
    expect(page.locator("[data-aoh-answer]")).to_be_hidden()
    assert_no_axe_violations(page)

    page.locator(f'[data-aoh-choice="{first["source"]}"]').click()
    answer = page.locator("[data-aoh-answer]")
    expect(answer).to_be_visible()
    expect(answer).to_be_focused()
    expect(page.locator("[data-aoh-verdict]")).to_have_class("aoh-verdict is-right")
    expect(page.locator("[data-aoh-provenance]")).to_have_text(first["provenance"])
    expect(page.locator("[data-aoh-signs] li")).to_have_text(first["signs"])
    # The guess is locked in and shown as pressed, not only by colour.
    chosen = page.locator(f'[data-aoh-choice="{first["source"]}"]')
    expect(chosen).to_have_attribute("aria-pressed", "true")
    expect(chosen).to_be_disabled()
    expect(page.locator("[data-lab-live]")).to_contain_text(first["provenance"])
    assert_no_axe_violations(page)

    page.locator("[data-aoh-next]").click()
    expect(page.locator("[data-aoh-text]")).to_have_text(second["text"])
    expect(page.locator("[data-aoh-text]")).to_be_focused()
    expect(page.locator("[data-aoh-answer]")).to_be_hidden()
    expect(page.locator('[data-aoh-choice="person"]')).to_be_enabled()
    if language == "ar":
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        box = page.locator("[data-aoh-text]").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= page.viewport_size["width"]


def test_score_streak_end_of_rounds_best_streak_kept_and_reset(site, lab_urls, browser_page):
    page = browser_page
    _open(page, site, lab_urls, "en")
    rounds = _rounds("en")
    total = len(rounds)
    expect(page.locator("[data-aoh-progress]")).to_have_text(f"Text 1 of {total}")
    expect(page.locator("[data-aoh-best]")).to_have_text("Best streak: 0")

    # Two right, then a wrong one: the streak breaks, the best streak stays.
    for number, item in enumerate(rounds[:2], start=1):
        page.locator(f'[data-aoh-choice="{item["source"]}"]').click()
        expect(page.locator("[data-aoh-verdict]")).to_have_text(
            f"Right! The answer is: a {item['source']}."
        )
        expect(page.locator("[data-aoh-score]")).to_have_text(f"Score: {number} of {number}")
        expect(page.locator("[data-aoh-streak]")).to_have_text(f"Streak: {number}")
        page.locator("[data-aoh-next]").click()
    wrong = _other(rounds[2]["source"])
    page.locator(f'[data-aoh-choice="{wrong}"]').click()
    expect(page.locator("[data-aoh-verdict]")).to_have_text(
        f"Not this time. You said a {wrong}; the answer is: a {rounds[2]['source']}."
    )
    expect(page.locator("[data-aoh-verdict]")).to_have_class("aoh-verdict is-wrong")
    expect(page.locator("[data-aoh-score]")).to_have_text("Score: 2 of 3")
    expect(page.locator("[data-aoh-streak]")).to_have_text("Streak: 0")
    expect(page.locator("[data-aoh-best]")).to_have_text("Best streak: 2")

    # The rest right, using the keyboard: the answer buttons and "Next" take Enter.
    page.locator("[data-aoh-next]").press("Enter")
    for item in rounds[3:]:
        page.locator(f'[data-aoh-choice="{item["source"]}"]').press("Enter")
        page.locator("[data-aoh-next]").press("Enter")
    end = page.locator("[data-aoh-end]")
    expect(end).to_be_visible()
    expect(page.locator("[data-aoh-play]")).to_be_hidden()
    right = total - 1
    expect(page.locator("[data-aoh-summary]")).to_have_text(
        f"All {total} texts done. You got {right} of {total} right."
    )
    expect(page.locator("[data-aoh-end-best]")).to_have_text(f"Best streak: {total - 3}")
    expect(page.locator("[data-aoh-end-heading]")).to_be_focused()
    expect(page.locator("[data-lab-live]")).to_have_text(
        f"All {total} texts done. You got {right} of {total} right."
    )
    assert_no_axe_violations(page)

    # The best streak is kept in this browser; playing again starts from the first text.
    page.reload()
    expect(page.locator("[data-aoh-best]")).to_have_text(f"Best streak: {total - 3}")
    expect(page.locator("[data-aoh-text]")).to_have_text(rounds[0]["text"])
    page.locator("[data-lab-reset]").click()
    expect(page.locator("[data-aoh-best]")).to_have_text("Best streak: 0")
    expect(page.locator("[data-lab-live]")).to_have_text(
        "Your progress in this experiment has been reset."
    )
    page.reload()
    expect(page.locator("[data-aoh-best]")).to_have_text("Best streak: 0")


def test_play_again_after_the_last_text(site, lab_urls, browser_page):
    page = browser_page
    _open(page, site, lab_urls, "nl")
    rounds = _rounds("nl")
    for item in rounds:
        page.locator(f'[data-aoh-choice="{_other(item["source"])}"]').click()
        page.locator("[data-aoh-next]").click()
    expect(page.locator("[data-aoh-end]")).to_be_visible()
    page.locator("[data-aoh-restart]").click()
    expect(page.locator("[data-aoh-play]")).to_be_visible()
    expect(page.locator("[data-aoh-text]")).to_have_text(rounds[0]["text"])
    expect(page.locator("[data-aoh-text]")).to_be_focused()


def test_without_javascript_the_page_says_it_needs_it(site, lab_urls, chromium):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + lab_urls["en"]["ai_or_human"])
    expect(page.locator("[data-lab-needs-js]")).to_be_visible()
    expect(page.locator("[data-aoh]")).to_be_hidden()
    expect(page.get_by_role("heading", name="How it works")).to_be_visible()
    context.close()
