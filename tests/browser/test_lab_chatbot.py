"""Chatbot builder in the browser: chat, scores and threshold, the intent editor, export and
import, storage and reset; English, Dutch and Arabic, phone and desktop, axe-clean."""

import json

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

# What a visitor asks, and what the starter bot of that language answers (content/lab/).
PRINTING = {
    "en": ("Can I print something?", "Wifi and printing", "printing costs 10 cents a page"),
    "nl": ("Kan ik iets printen?", "Wifi en printen", "printen kost 10 cent per pagina"),
    "ar": ("هل يمكنني طباعة ورقة؟", "الواي فاي والطباعة", "والطباعة تكلف 10 سنتات للصفحة"),
}
UNKNOWN = {
    "en": ("Is the building accessible by wheelchair?", "Sorry, I don't know that one yet."),
    "nl": ("Is het gebouw toegankelijk met een rolstoel?", "Sorry, dat weet ik nog niet."),
    "ar": ("هل يصلح المبنى للكراسي المتحركة؟", "عذرًا، لا أعرف الإجابة عن هذا بعد."),
}
GREETING = {"en": "Hello, I'm Page", "nl": "Hallo, ik ben Bladwijzer", "ar": "مرحبًا، أنا دليل"}


@pytest.fixture(scope="session")
def chatbot_urls(lab_urls):
    """{language: URL path} of the demo Chatbot builder page."""
    return {language: urls["chatbot"] for language, urls in lab_urls.items()}


def _open(page, site, url):
    response = page.goto(site + url)
    assert response.status == 200
    app = page.locator("[data-chatbot]")
    expect(app).to_be_visible()
    expect(page.locator("[data-lab-needs-js]")).to_be_hidden()
    return app


def _send(page, text):
    page.locator("[data-chatbot-message]").fill(text)
    page.locator("[data-chatbot-message]").press("Enter")


def _number(page, language, value):
    """The score as the page writes it (Arabic may use Arabic-Indic digits)."""
    return page.evaluate(
        "([lang, value]) => new Intl.NumberFormat(lang, "
        "{minimumFractionDigits: 2, maximumFractionDigits: 2}).format(value)",
        [language, value],
    )


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_chat_shows_every_intents_score_and_falls_back_below_the_threshold(
    site, chatbot_urls, browser_page, language
):
    page = browser_page
    _open(page, site, chatbot_urls[language])
    log = page.locator("[data-chatbot-log] > li")
    expect(log).to_have_count(1)
    expect(log.first).to_contain_text(GREETING[language])

    question, intent, answer = PRINTING[language]
    _send(page, question)
    expect(log).to_have_count(3)
    expect(log.nth(1)).to_contain_text(question)
    expect(log.nth(2)).to_contain_text(answer)
    expect(page.locator("[data-lab-live]")).to_contain_text(answer)

    scores = page.locator("[data-chatbot-scores] > li")
    expect(scores).to_have_count(6)  # one bar per intent, best first, with its number
    expect(scores.first.locator(".chatbot-score-name")).to_have_text(intent)
    expect(scores.first.locator(".chatbot-score-value")).to_have_text(_number(page, language, 1))
    expect(scores.last.locator(".chatbot-score-value")).to_have_text(_number(page, language, 0))
    expect(scores.first.locator(".chatbot-score-mark")).to_contain_text("✓")
    expect(scores.last.locator(".chatbot-score-mark")).to_contain_text("–")
    expect(page.locator("[data-chatbot-last-text]")).to_have_text(question)

    # Nothing in common with any example: the fallback answer.
    question, fallback = UNKNOWN[language]
    _send(page, question)
    expect(log.nth(4)).to_contain_text(fallback)
    expect(page.locator("[data-chatbot-verdict]")).to_have_class("chatbot-verdict is-fallback")
    assert_no_axe_violations(page)

    # Raising the threshold turns the last message's verdict, and is kept on the device.
    _send(page, PRINTING[language][0].split()[0] + " " + PRINTING[language][0].split()[-1])
    expect(page.locator("[data-chatbot-verdict]")).not_to_have_class("chatbot-verdict is-fallback")
    page.locator("[data-chatbot-threshold]").fill("1")
    expect(page.locator("[data-chatbot-threshold-value]")).to_have_text(_number(page, language, 1))
    expect(page.locator("[data-chatbot-verdict]")).to_have_class("chatbot-verdict is-fallback")
    expect(scores.first.locator(".chatbot-score-mark")).to_contain_text("–")
    page.reload()
    expect(page.locator("[data-chatbot-threshold]")).to_have_value("1")


def test_english_texts_explain_the_choice(site, chatbot_urls, browser_page):
    page = browser_page
    _open(page, site, chatbot_urls["en"])
    expect(page.get_by_text("Send a message to see each intent's score")).to_be_visible()
    page.get_by_label("Your message").fill("Can I print something?")
    page.get_by_role("button", name="Send").click()
    verdict = page.locator("[data-chatbot-verdict]")
    expect(verdict).to_have_text("Matched intent “Wifi and printing” with a score of 1.00.")
    expect(page.get_by_text("closest example: “Can I print something?”")).to_be_visible()
    page.get_by_label("Your message").fill("Is the building accessible by wheelchair?")
    page.keyboard.press("Enter")
    expect(verdict).to_have_text(
        "No intent reached the threshold of 0.30 (best: 0.00), so the bot gave its fallback answer."
    )
    expect(page.locator("[data-chatbot-words]")).to_contain_text(
        "Words the bot has never seen: building, accessible, by, wheelchair"
    )
    # An earlier message's scores come back on demand.
    page.locator("[data-chatbot-log] > li").nth(1).get_by_role(
        "button", name="Show its scores"
    ).click()
    expect(page.locator("[data-chatbot-last-text]")).to_have_text("Can I print something?")
    expect(verdict).to_have_text("Matched intent “Wifi and printing” with a score of 1.00.")
    expect(page.locator("[data-lab-live]")).to_have_text(
        "Matched intent “Wifi and printing” with a score of 1.00."
    )


def test_visitor_adds_edits_and_deletes_an_intent(site, chatbot_urls, browser_page):
    page = browser_page
    _open(page, site, chatbot_urls["en"])
    intents = page.locator("[data-chatbot-intents] > li")
    expect(intents).to_have_count(6)

    add = page.get_by_role("button", name="Add an intent")
    add.focus()
    page.keyboard.press("Enter")  # keyboard only
    expect(add).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_label("Name", exact=True)).to_be_focused()
    page.get_by_role("button", name="Save the intent").click()
    error = page.locator("[data-chatbot-intent-error]")
    expect(error).to_contain_text("“Name” must not be empty.")
    expect(page.get_by_label("Name", exact=True)).to_have_attribute("aria-invalid", "")

    page.get_by_label("Name", exact=True).fill("Opening hours")
    page.get_by_label("Example phrases (one per line)").fill("wheelchair")
    page.get_by_label("Answer", exact=True).fill("Yes.")
    page.get_by_role("button", name="Save the intent").click()
    expect(error).to_contain_text("There is already an intent called “Opening hours”.")

    page.get_by_label("Name", exact=True).fill("Access")
    page.get_by_label("Example phrases (one per line)").fill(
        "Is there a lift?\n\nIs the building accessible by wheelchair?"
    )
    page.get_by_label("Answer", exact=True).fill("Every floor is step-free, with a lift.")
    page.get_by_role("button", name="Save the intent").click()
    expect(intents).to_have_count(7)
    expect(intents.last).to_contain_text("Example phrases: 2")
    expect(page.get_by_role("button", name="Edit “Access”")).to_be_focused()
    expect(page.locator("[data-lab-live]")).to_have_text("The intent “Access” was saved.")

    page.get_by_label("Your message").fill("is there a wheelchair lift")
    page.keyboard.press("Enter")
    expect(page.locator("[data-chatbot-log] > li").last).to_contain_text("step-free")
    expect(page.locator("[data-chatbot-scores] > li")).to_have_count(7)

    page.get_by_role("button", name="Edit “Access”").click()
    expect(page.get_by_label("Example phrases (one per line)")).to_have_value(
        "Is there a lift?\nIs the building accessible by wheelchair?"
    )
    page.get_by_label("Answer", exact=True).fill("Yes, there is a lift to every floor.")
    page.get_by_role("button", name="Save the intent").click()
    expect(intents.last).to_contain_text("Yes, there is a lift to every floor.")
    assert_no_axe_violations(page)

    page.reload()
    expect(intents).to_have_count(7)  # kept in localStorage
    page.get_by_role("button", name="Delete “Access”").click()
    expect(intents).to_have_count(6)
    expect(page.locator("[data-lab-live]")).to_have_text("The intent “Access” was deleted.")
    expect(add).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("[data-chatbot-intent-form]")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("[data-chatbot-intent-form]")).to_be_hidden()
    expect(add).to_be_focused()


def test_export_import_bad_files_and_reset(site, chatbot_urls, browser_page, tmp_path):
    page = browser_page
    _open(page, site, chatbot_urls["en"])
    page.get_by_label("Bot name").fill("Shelf")
    page.get_by_role("button", name="Save the settings").click()
    expect(page.locator("[data-chatbot-name]")).to_have_text("(Shelf)")

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Save the bot as a file").click()
    download = download_info.value
    assert download.suggested_filename == "shelf.json"
    with open(download.path(), encoding="utf-8") as file:
        exported = json.load(file)
    assert exported["format"] == "ai-educademy-chatbot" and exported["name"] == "Shelf"
    assert [intent["name"] for intent in exported["intents"]][:2] == [
        "Opening hours",
        "Library card",
    ]

    file_input = page.get_by_label("Load a bot from a file (JSON)")
    error = page.locator("[data-chatbot-import-error]")
    file_input.set_input_files(
        {"name": "bot.json", "mimeType": "application/json", "buffer": b"{not json"}
    )
    expect(error).to_have_text("⚠ This file is not valid JSON, so it cannot be a chatbot.")
    file_input.set_input_files(
        {"name": "big.json", "mimeType": "application/json", "buffer": b" " * 200_000}
    )
    expect(error).to_contain_text("This file is too big (196 KB)")
    file_input.set_input_files(
        {
            "name": "odd.json",
            "mimeType": "application/json",
            "buffer": json.dumps({**exported, "intents": {"a": 1}}).encode(),
        }
    )
    expect(error).to_contain_text("the part “intents” is missing or wrong")
    expect(page.locator("[data-chatbot-intents] > li")).to_have_count(6)  # bot untouched

    page.get_by_role("button", name="Reset my progress").click()
    expect(page.locator("[data-chatbot-name]")).to_have_text("(Page)")

    smaller = {**exported, "intents": exported["intents"][:2]}
    path = tmp_path / "shelf.json"
    path.write_text(json.dumps(smaller), encoding="utf-8")
    file_input.set_input_files(str(path))
    expect(error).to_be_hidden()
    expect(page.locator("[data-chatbot-name]")).to_have_text("(Shelf)")
    expect(page.locator("[data-chatbot-intents] > li")).to_have_count(2)
    expect(page.locator("[data-lab-live]")).to_have_text(
        "The bot “Shelf” was imported with 2 intents."
    )
    page.reload()
    expect(page.locator("[data-chatbot-intents] > li")).to_have_count(2)
    assert_no_axe_violations(page)
    # Each language keeps its own bot: the Dutch page still has its starter bot.
    _open(page, site, chatbot_urls["nl"])
    expect(page.locator("[data-chatbot-name]")).to_have_text("(Bladwijzer)")
    expect(page.locator("[data-chatbot-intents] > li")).to_have_count(6)


def test_arabic_conversation_and_bars_run_right_to_left(site, chatbot_urls, browser_page):
    page = browser_page
    _open(page, site, chatbot_urls["ar"])
    _send(page, "متى تفتحون؟")
    visitor = page.locator(".chatbot-turn-visitor").last.bounding_box()
    bot = page.locator(".chatbot-turn-bot").last.bounding_box()
    assert visitor["x"] < bot["x"], "the visitor's turns sit on the left in Arabic"
    bar = page.locator(".chatbot-bar").first.bounding_box()
    fill = page.locator(".chatbot-bar-fill").first.bounding_box()
    assert 0 < fill["width"] < bar["width"]
    assert abs((fill["x"] + fill["width"]) - (bar["x"] + bar["width"])) < 2, "fills from the right"


def test_works_at_320_pixels(site, chatbot_urls, chromium):
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    try:
        _open(page, site, chatbot_urls["nl"])
        _send(page, "Hoe laat gaan jullie open?")
        expect(page.locator("[data-chatbot-scores] > li")).to_have_count(6)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"the page scrolls sideways ({width} px)"
    finally:
        context.close()


def test_english_starter_bot_is_marked_english_on_a_page_without_its_own(
    site, chatbot_urls, browser_page
):
    page = browser_page
    _open(page, site, chatbot_urls["fr"])
    name = page.locator("[data-chatbot-intents] > li [data-intent-name]").first
    expect(name).to_have_text("Opening hours")
    expect(name).to_have_attribute("lang", "en")
    expect(page.locator("[data-chatbot-log] .chatbot-text").first).to_have_attribute("lang", "en")
    # Matched by English rules: "do" and "you" are stop words, so this equals an example.
    _send(page, "What time do you you open?")
    expect(page.locator("[data-chatbot-scores] .chatbot-score-name").first).to_have_attribute(
        "lang", "en"
    )
    expect(page.locator("[data-chatbot-scores] .chatbot-score-value").first).to_have_text(
        _number(page, "fr", 1)
    )
    assert_no_axe_violations(page)
    # Once the visitor writes their own texts, the bot is theirs, in their language.
    page.locator("[data-setting=name]").fill("Bibli")
    page.locator("[data-chatbot-settings-form] button[type=submit]").click()
    expect(name).not_to_have_attribute("lang", "en")
    expect(page.locator("[data-setting=name]")).not_to_have_attribute("lang", "en")
