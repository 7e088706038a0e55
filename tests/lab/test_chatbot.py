"""Chatbot builder: the page per language, its starter bot as JSON, its blocks and strings."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from django.conf import settings
from django.template.loader import render_to_string

from wagtail import blocks

from lab.demo import experiment_page, read_content
from lab.experiments import chatbot
from tests.lab.factories import LabIndexPageFactory

pytestmark = pytest.mark.django_db

STATIC = Path(settings.BASE_DIR) / "static" / "lab" / "chatbot"
CORE = (STATIC / "core.js").read_text(encoding="utf-8")
APP = (STATIC / "app.js").read_text(encoding="utf-8")
DEMO = read_content("chatbot.yaml")


@pytest.fixture
def page(home):
    lab = LabIndexPageFactory(parent=home, slug_nl="lab", slug_ar="lab")
    page = experiment_page("chatbot", DEMO)
    lab.add_child(instance=page)
    page.save_revision().publish()
    return page


def _json_block(html, element_id):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html)
    assert match, f"no #{element_id} data block"
    return json.loads(match.group(1))


@pytest.mark.parametrize(
    ("language", "path", "bot_name", "first_intent", "first_phrase"),
    [
        ("en", "/en/lab/chatbot-builder/", "Page", "Opening hours", "When are you open?"),
        (
            "nl",
            "/nl/lab/chatbotbouwer/",
            "Bladwijzer",
            "Openingstijden",
            "Wanneer zijn jullie open?",
        ),
        ("ar", "/ar/lab/chatbot-builder/", "دليل", "مواعيد العمل", "متى تفتح المكتبة؟"),
    ],
)
def test_page_hands_the_starter_bot_of_its_language_to_javascript(
    client, page, language, path, bot_name, first_intent, first_phrase
):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-lab-experiment="chatbot"' in html
    assert re.search(r'<script type="module" src="/static/lab/chatbot/app.js"', html)
    assert 'href="/static/lab/chatbot/style.css"' in html

    data = _json_block(html, "lab-data")
    assert data["content_language"] == language
    types = [block["type"] for block in data["blocks"]]
    assert types[0] == "bot_settings" and types.count("bot_settings") == 1
    assert types.count("intent") >= 5
    settings_value = data["blocks"][0]["value"]
    assert settings_value["bot_name"] == bot_name
    assert settings_value["threshold"] == 0.3
    intent = data["blocks"][1]["value"]
    assert intent["name"] == first_intent
    # Phrases travel as a list, one per line of the editor's text, blank lines dropped.
    assert intent["phrases"][0] == first_phrase
    assert all(phrase and phrase == phrase.strip() for phrase in intent["phrases"])

    strings = _json_block(html, "lab-strings")
    assert {"matched", "fell_back", "error.not_json", "error.too_large"} <= set(strings)


def test_a_language_without_its_own_bot_gets_the_english_one_marked_as_english(client, page):
    data = _json_block(client.get("/hi/lab/chatbot-builder/").content.decode(), "lab-data")
    assert data["content_language"] == "en"
    assert data["blocks"][0]["value"]["bot_name"] == "Page"


def test_without_javascript_the_page_explains_itself(client, page):
    html = client.get("/nl/lab/chatbotbouwer/").content.decode()
    assert "TF-IDF" in html and "cosinusgelijkenis" in html  # how it works, in Dutch
    assert "kan ik iets printen?" in html  # what to try
    assert "data-lab-needs-js" in html
    assert re.search(r"<div class=\"lab-app\" data-lab-app hidden>", html)


def test_arabic_page_is_right_to_left_with_its_own_texts(client, page):
    html = client.get("/ar/lab/chatbot-builder/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "صانع روبوتات المحادثة" in html
    assert "تشابه جيب التمام" in html
    assert "fallback-notice" not in html


class _Controls(HTMLParser):
    """Ids of form controls and the `for` of labels, plus any inline style or script."""

    def __init__(self):
        super().__init__()
        self.controls, self.labels, self.inline = [], set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"input", "textarea", "select"}:
            self.controls.append(attrs.get("id") or attrs.get("aria-label") or tag)
        if tag == "label" and attrs.get("for"):
            self.labels.add(attrs["for"])
        if "style" in attrs or tag in {"style", "script"}:
            self.inline.append(tag)


def test_every_control_of_the_template_has_a_label_and_nothing_is_inline():
    parser = _Controls()
    parser.feed(render_to_string("lab/experiments/chatbot.html"))
    assert len(parser.controls) >= 8
    assert [c for c in parser.controls if c not in parser.labels] == []
    assert parser.inline == []


def test_every_string_the_javascript_asks_for_is_declared():
    used = set(re.findall(r'ctx\.t\("([\w.]+)"', APP))
    error_codes = set(re.findall(r'new Invalid\("(\w+)"', CORE)) | {"too_large", "not_json"}
    error_codes.add("unreadable")  # app.js: the file could not be read at all
    declared = set(chatbot.EXPERIMENT.strings)
    assert used - declared == set()
    assert {f"error.{code}" for code in error_codes} - declared == set()
    # Placeholders are {name}, never %s, so the JavaScript can fill them in.
    for key, text in chatbot.EXPERIMENT.runtime_strings().items():
        assert "%" not in text, key


def test_python_limits_match_the_javascript_limits():
    limits = dict(re.findall(r"(\w+): (\d+)(?: \* 1024)?,", CORE.split("LIMITS")[1]))
    assert int(limits["phrases"]) == chatbot.MAX_PHRASES
    assert int(limits["nameLength"]) == chatbot.MAX_NAME_LENGTH
    assert int(limits["phraseLength"]) == chatbot.MAX_PHRASE_LENGTH
    assert int(limits["textLength"]) == chatbot.MAX_TEXT_LENGTH


class TestIntentBlock:
    block = chatbot.IntentBlock()

    def _value(self, phrases):
        return self.block.to_python({"name": "Hours", "phrases": phrases, "answer": "9 to 5"})

    def test_phrases_are_one_per_line_without_blanks_or_repeats(self):
        value = self.block.clean(self._value(" When open? \n\nWhen open?\nHours\n"))
        assert self.block.get_api_representation(value)["phrases"] == ["When open?", "Hours"]

    def test_an_intent_needs_a_phrase(self):
        with pytest.raises(blocks.StructBlockValidationError) as error:
            self.block.clean(self._value(" \n \n"))
        assert list(error.value.block_errors) == ["phrases"]

    def test_too_many_or_too_long_phrases_are_refused(self):
        many = "\n".join(f"phrase {n}" for n in range(chatbot.MAX_PHRASES + 1))
        with pytest.raises(blocks.StructBlockValidationError):
            self.block.clean(self._value(many))
        with pytest.raises(blocks.StructBlockValidationError) as error:
            self.block.clean(self._value("x" * (chatbot.MAX_PHRASE_LENGTH + 1)))
        assert "under 200 characters" in str(error.value.block_errors["phrases"])


def test_bot_settings_threshold_stays_between_0_and_1():
    block = chatbot.BotSettingsBlock()
    value = {"bot_name": "Bea", "greeting": "", "fallback_answer": "Sorry?", "threshold": 1.5}
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python(value))
    value["threshold"] = 0.4
    assert block.clean(block.to_python(value))["threshold"] == 0.4


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_demo_starter_bot_is_valid_in_each_language(language):
    stream = DEMO["content"][language]
    assert [item["type"] for item in stream].count("bot_settings") == 1
    intent_block, settings_block = chatbot.IntentBlock(), chatbot.BotSettingsBlock()
    names = []
    for item in stream:
        block = intent_block if item["type"] == "intent" else settings_block
        block.clean(block.to_python(item["value"]))
        if item["type"] == "intent":
            names.append(item["value"]["name"].casefold())
    assert len(names) >= 5 and len(names) == len(set(names))
    for field in ("title", "intro", "how_it_works", "what_to_try"):
        assert DEMO[field][language].strip()


def test_every_language_has_a_title_and_slug():
    codes = {code for code, _name in settings.LANGUAGES}
    assert set(DEMO["title"]) == codes and set(DEMO["slug"]) == codes
