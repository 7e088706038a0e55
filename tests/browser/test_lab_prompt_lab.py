"""Prompt lab in the browser: instant analysis as the visitor types, marks in a read-only copy
(never the visitor's HTML), score, advice, the strong example, challenges, best score kept
and reset; en, nl, ar, phone and desktop, axe-clean."""

import pytest
from playwright.sync_api import expect

from lab.demo import read_content
from tests.browser.conftest import assert_no_axe_violations

DEMO = read_content("prompt_lab.yaml")


def _challenges(language):
    return [item["value"] for item in DEMO["content"][language]]


def _open(page, site, lab_urls, language):
    response = page.goto(site + lab_urls[language]["prompt_lab"])
    assert response.status == 200
    expect(page.locator("[data-pl-work]")).to_be_visible()
    expect(page.locator("[data-lab-needs-js]")).to_be_hidden()


def _element(page, key):
    return page.locator(f'[data-pl-elements] li[data-element="{key}"]')


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_the_strong_example_finds_every_required_element(site, lab_urls, browser_page, language):
    page = browser_page
    _open(page, site, lab_urls, language)
    first = _challenges(language)[0]
    expect(page.locator("[data-pl-title]")).to_have_text(first["title"])
    expect(page.locator("[data-pl-task]")).to_have_text(first["task"].strip())
    # Nothing typed yet: every required element is missing and gets advice.
    for key in first["elements"]:
        expect(_element(page, key)).to_have_attribute("data-state", "missing")
        expect(_element(page, key).locator(".pl-advice")).to_be_visible()
    expect(page.locator("[data-pl-all-found]")).to_be_hidden()
    assert_no_axe_violations(page)

    page.locator("[data-pl-example-box] summary").click()
    expect(page.locator("[data-pl-example]")).to_have_text(first["example"].strip())
    page.locator("[data-pl-use-example]").click()
    expect(page.locator("[data-pl-prompt]")).to_be_focused()
    expect(page.locator("[data-pl-all-found]")).to_be_visible()
    for key in first["elements"]:
        expect(_element(page, key)).to_have_attribute("data-state", "found")
        expect(page.locator(f'[data-pl-copy] mark[data-element="{key}"]').first).to_be_visible()
    # The copy holds the visitor's text, word for word.
    expect(page.locator("[data-pl-copy]")).to_have_text(first["example"].strip())
    expect(page.locator("[data-pl-meter]")).to_have_attribute("style", "inline-size: 100%;")
    assert_no_axe_violations(page)
    # Nothing spills sideways, even on a phone (and in Arabic, right to left).
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_analysis_as_you_type_score_advice_and_marks(site, lab_urls, browser_page):
    page = browser_page
    _open(page, site, lab_urls, "en")
    page.locator("[data-pl-challenge]").select_option(label="2. Explain it to a class")
    expect(page.locator("[data-pl-title]")).to_have_text("Explain it to a class")
    expect(page.locator("[data-pl-needs]")).to_have_text(
        "A good prompt here has: Role, Context, Format, Constraints, and Examples"
    )
    prompt = page.locator("[data-pl-prompt]")
    prompt.fill("Explain vaccines")
    expect(page.locator("[data-pl-score]")).to_have_text("Score: 0 of 5 required elements (0%)")
    expect(_element(page, "role")).to_contain_text("Give the model a role")

    prompt.press_sequentially(". You are a friendly nurse.", delay=5)
    expect(page.locator("[data-pl-score]")).to_have_text("Score: 1 of 5 required elements (20%)")
    expect(_element(page, "role")).to_have_attribute("data-state", "found")
    expect(_element(page, "role")).to_contain_text("In your prompt: “You are a friendly nurse”")
    # Tone is not required here: reported, but not counted.
    expect(_element(page, "tone")).to_have_attribute("data-state", "found")
    expect(_element(page, "tone")).to_contain_text("Found (not required here)")
    # Overlapping finds nest: "friendly" is marked as tone inside the role sentence.
    role = page.locator('[data-pl-copy] mark[data-element="role"]')
    expect(role).to_have_count(3)
    expect(role.locator('mark[data-element="tone"]')).to_have_text("friendly")
    expect(page.locator("[data-lab-live]")).to_have_text("1 of 5 required elements found.")

    prompt.fill(
        "You are a nurse. The class is twelve, because they meet the school doctor soon. "
        'Use 3 paragraphs, at most 120 words, for example "a wanted poster".'
    )
    expect(page.locator("[data-pl-score]")).to_have_text("Score: 5 of 5 required elements (100%)")
    expect(page.locator("[data-pl-all-found]")).to_be_visible()
    expect(page.locator("[data-pl-best]")).to_have_text("Your best for this challenge: 100%")
    assert_no_axe_violations(page)


def test_the_visitors_html_is_shown_as_text(site, lab_urls, browser_page):
    page = browser_page
    _open(page, site, lab_urls, "en")
    text = '<img src=x onerror="alert(1)"> <b>You are</b> a pirate'
    page.locator("[data-pl-prompt]").fill(text)
    copy = page.locator("[data-pl-copy]")
    expect(copy).to_have_text(text)
    expect(copy.locator("img, b")).to_have_count(0)
    expect(copy.locator('mark[data-element="role"]')).to_have_text("You are</b> a pirate")


def test_best_score_per_challenge_is_kept_and_reset(site, lab_urls, browser_page):
    page = browser_page
    _open(page, site, lab_urls, "en")
    expect(page.locator("[data-pl-best]")).to_have_text("No score yet for this challenge.")
    prompt = page.locator("[data-pl-prompt]")
    prompt.fill("I'm organising a picnic for my son. Make it cheerful.")
    expect(page.locator("[data-pl-best]")).to_have_text("Your best for this challenge: 50%")
    prompt.fill("A picnic.")  # a worse attempt does not lower the best
    expect(page.locator("[data-pl-score]")).to_have_text("Score: 0 of 4 required elements (0%)")
    expect(page.locator("[data-pl-best]")).to_have_text("Your best for this challenge: 50%")

    page.locator("[data-pl-challenge]").select_option(index=3)
    expect(page.locator("[data-pl-best]")).to_have_text("No score yet for this challenge.")

    page.reload()
    expect(page.locator("[data-pl-best]")).to_have_text("Your best for this challenge: 50%")
    page.locator("[data-lab-reset]").click()
    expect(page.locator("[data-pl-best]")).to_have_text("No score yet for this challenge.")
    expect(page.locator("[data-pl-prompt]")).to_have_value("")
    page.reload()
    expect(page.locator("[data-pl-best]")).to_have_text("No score yet for this challenge.")


def test_dutch_and_arabic_cues_are_loaded_for_their_pages(site, lab_urls, browser_page):
    page = browser_page
    _open(page, site, lab_urls, "nl")
    page.locator("[data-pl-prompt]").fill("Je bent een kok. Houd de toon vriendelijk.")
    expect(_element(page, "tone")).to_have_attribute("data-state", "found")
    expect(_element(page, "role")).to_contain_text("“Je bent een kok”")

    _open(page, site, lab_urls, "ar")
    page.locator("[data-pl-prompt]").fill("اكتب الدعوة بالجدول، بأسلوب ودّي.")
    expect(_element(page, "format")).to_have_attribute("data-state", "found")
    expect(_element(page, "tone")).to_have_attribute("data-state", "found")
    expect(page.locator('[data-pl-copy] mark[data-element="format"]')).to_have_text("بالجدول")


def test_without_javascript_the_page_says_it_needs_it(site, lab_urls, chromium):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + lab_urls["en"]["prompt_lab"])
    expect(page.locator("[data-lab-needs-js]")).to_be_visible()
    expect(page.locator("[data-pl]")).to_be_hidden()
    expect(page.get_by_text("No language model is called:")).to_be_visible()
    context.close()
