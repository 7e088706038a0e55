"""Sentiment analysis in the browser: live verdict, score scale and word chips with their rules,
the language choice, the failure examples, storage and reset; English, Dutch and Arabic,
phone and desktop, right to left, 320 px, axe-clean."""

import json

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

# A sentence in the page's default analysis language with a negation and an intensifier:
# (page language, analysis language, sentence, the sentiment word, its negator, its booster).
NEGATED = {
    "en": ("en", "The food was not very good", "good", "not", "very"),
    "nl": ("nl", "Het eten was niet heel goed", "goed", "niet", "heel"),
    "ar": ("en", "The food was not very good", "good", "not", "very"),
}


def _rule_note(template, word):
    """The start of a rule's note as this language writes it, up to its factor."""
    return template.split("{factor}")[0].replace("{word}", word)


def _open(page, site, url):
    response = page.goto(site + url)
    assert response.status == 200
    app = page.locator("[data-senti]")
    expect(app).to_be_visible()
    expect(page.locator("[data-lab-needs-js]")).to_be_hidden()
    expect(page.locator("[data-senti-status]")).to_be_hidden()  # the word list has loaded
    return app


def _strings(page):
    return json.loads(page.locator("#lab-strings").text_content())


def _chip(page, word):
    return page.locator(".senti-chip").filter(has=page.locator(".senti-chip-word", has_text=word))


def _marker_offset(page):
    """Where the marker sits on the track: 0 at the left edge, 1 at the right edge."""
    return page.evaluate(
        """() => {
          const track = document.querySelector('.senti-track').getBoundingClientRect();
          const marker = document.querySelector('[data-senti-marker]').getBoundingClientRect();
          return (marker.left + marker.width / 2 - track.left) / track.width;
        }"""
    )


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_a_sentence_gets_a_verdict_a_score_and_a_chip_per_word(
    site, lab_urls, browser_page, language
):
    page = browser_page
    _open(page, site, lab_urls[language]["sentiment"])
    strings = _strings(page)
    analysis, sentence, word, negator, booster = NEGATED[language]
    expect(page.get_by_label(_label(page, "senti-language"))).to_have_value(analysis)
    expect(page.locator("[data-senti-empty]")).to_be_visible()

    page.get_by_label(_label(page, "senti-text")).fill(sentence)
    verdict = page.locator("[data-senti-verdict]")
    expect(verdict).to_have_attribute("data-verdict", "negative")
    expect(verdict).to_contain_text(strings["verdict.negative"])
    expect(page.locator("[data-senti-symbol]")).to_have_text("▼")  # not colour alone
    expect(page.locator("[data-senti-empty]")).to_be_hidden()

    # One chip per word; the sentiment word is negative now and names both rules.
    expect(page.locator(".senti-chip")).to_have_count(len(sentence.split()))
    chip = _chip(page, word)
    expect(chip).to_have_attribute("data-sign", "negative")
    expect(chip).to_have_attribute("data-changed", "")
    expect(chip.locator(".senti-chip-note")).to_have_count(2)
    expect(chip).to_contain_text(_rule_note(strings["effect.negated"], negator))
    expect(chip).to_contain_text(_rule_note(strings["effect.boosted"], booster))
    expect(_chip(page, negator)).to_contain_text(strings["role.negator"])
    # The signed contribution, written as the page's language writes numbers.
    value = page.evaluate(
        "([lang]) => new Intl.NumberFormat(lang, {signDisplay: 'exceptZero', "
        "minimumFractionDigits: 2, maximumFractionDigits: 2}).format(-1.83)",
        [language],
    )
    expect(chip.locator(".senti-chip-value")).to_have_text(value)

    # Negative sits towards the start of the scale: the left, or the right in Arabic.
    offset = _marker_offset(page)
    assert (offset > 0.5) if language == "ar" else (offset < 0.5), offset
    announced = strings["announce"].split("{verdict}")[0] + strings["verdict.negative"]
    expect(page.locator("[data-lab-live]")).to_contain_text(announced)
    assert_no_axe_violations(page)


def _label(page, control_id):
    return page.locator(f'label[for="{control_id}"]').text_content().strip()


def test_rules_for_but_capitals_exclamation_marks_and_emoji(site, lab_urls, browser_page):
    page = browser_page
    _open(page, site, lab_urls["en"]["sentiment"])
    text = page.get_by_label("Sentence to analyse")

    text.fill("The room was lovely but the bed was awful")
    expect(page.locator("[data-senti-verdict]")).to_have_attribute("data-verdict", "negative")
    expect(_chip(page, "lovely")).to_contain_text("before “but” → ×0.5")
    expect(_chip(page, "awful")).to_contain_text("after “but” → ×1.5")
    expect(_chip(page, "but")).to_contain_text("contrast")
    text.fill("The bed was awful but the room was lovely")
    expect(page.locator("[data-senti-verdict]")).to_have_attribute("data-verdict", "positive")
    expect(page.locator("[data-senti-symbol]")).to_have_text("▲")

    text.fill("This is GOOD!!")
    expect(_chip(page, "GOOD")).to_contain_text("CAPITALS → ×1.3")
    expect(_chip(page, "!!")).to_contain_text("exclamation marks: 2")
    expect(_chip(page, "!!").locator(".senti-chip-value")).to_have_text("+0.58")

    text.fill("Meeting at ten 😡")
    expect(page.locator("[data-senti-verdict]")).to_have_attribute("data-verdict", "negative")
    expect(_chip(page, "😡").locator(".senti-chip-value")).to_have_text("-3.00")

    text.fill("The train leaves at nine")
    expect(page.locator("[data-senti-verdict]")).to_have_attribute("data-verdict", "neutral")
    expect(page.locator("[data-senti-verdict]")).to_contain_text("Neutral")
    expect(page.locator("[data-senti-symbol]")).to_have_text("●")
    expect(page.locator("[data-senti-summary]")).to_have_text(
        "None of these words is in the word list, so the sentence is neutral."
    )
    expect(page.locator("[data-senti-score]")).to_have_text("Score: 0")


def test_another_language_uses_its_own_word_list(site, lab_urls, browser_page):
    page = browser_page
    _open(page, site, lab_urls["en"]["sentiment"])
    page.get_by_label("Language of the analysis").select_option("de")
    page.get_by_label("Sentence to analyse").fill("Ich mag den Film nicht")
    expect(page.locator("[data-senti-verdict]")).to_have_attribute("data-verdict", "negative")
    expect(_chip(page, "mag")).to_contain_text("nicht → flipped")
    expect(_chip(page, "mag").locator(".senti-chip-word")).to_have_attribute("lang", "de")

    page.get_by_label("Language of the analysis").select_option("fr")
    page.get_by_label("Sentence to analyse").fill("Ce n’est pas mal du tout")
    expect(page.locator("[data-senti-verdict]")).to_have_attribute("data-verdict", "positive")
    expect(_chip(page, "mal")).to_contain_text("pas → flipped")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_an_example_shows_where_the_rules_fail(site, lab_urls, browser_page, language):
    page = browser_page
    _open(page, site, lab_urls[language]["sentiment"])
    strings = _strings(page)
    example = page.locator(".senti-example").first
    sentence = example.locator(".senti-example-text").text_content().strip("“”")
    example.get_by_role("button").click()

    expect(page.locator("[data-senti-text]")).to_have_value(sentence)
    expect(page.locator("[data-senti-text]")).to_be_focused()
    # Sarcasm: the words are positive, a person hears the opposite.
    expect(page.locator("[data-senti-verdict]")).to_have_attribute("data-verdict", "positive")
    comparison = strings["comparison"].split("{verdict}")[0]
    expect(page.locator("[data-lab-live]")).to_contain_text(comparison)
    assert_no_axe_violations(page)


def test_the_sentence_is_kept_until_reset(site, lab_urls, browser_page):
    page = browser_page
    url = lab_urls["en"]["sentiment"]
    _open(page, site, url)
    page.get_by_label("Language of the analysis").select_option("es")
    page.get_by_label("Sentence to analyse").fill("No me gusta nada")
    expect(page.locator("[data-senti-verdict]")).to_have_attribute("data-verdict", "negative")

    _open(page, site, url)
    expect(page.get_by_label("Sentence to analyse")).to_have_value("No me gusta nada")
    expect(page.get_by_label("Language of the analysis")).to_have_value("es")
    expect(page.locator("[data-senti-verdict]")).to_have_attribute("data-verdict", "negative")
    expect(_chip(page, "gusta")).to_contain_text("No → flipped")

    page.get_by_role("button", name="Reset my progress").click()
    expect(page.get_by_label("Sentence to analyse")).to_have_value("")
    expect(page.get_by_label("Language of the analysis")).to_have_value("en")
    expect(page.locator(".senti-chip")).to_have_count(0)
    expect(page.locator("[data-lab-live]")).to_contain_text("has been reset")
    _open(page, site, url)
    expect(page.get_by_label("Sentence to analyse")).to_have_value("")


def test_usable_at_320_pixels_in_arabic(site, lab_urls, browser_page):
    page = browser_page
    page.set_viewport_size({"width": 320, "height": 720})
    _open(page, site, lab_urls["ar"]["sentiment"])
    page.locator("[data-senti-text]").fill(
        "Absolutely wonderful, incredibly thoughtful and unbelievably generous people 😍😍"
    )
    expect(page.locator("[data-senti-verdict]")).to_have_attribute("data-verdict", "positive")
    assert _marker_offset(page) < 0.5  # positive is towards the end: the left in Arabic
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 320, f"the page scrolls sideways: {width} px"
    assert_no_axe_violations(page)
