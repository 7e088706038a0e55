"""AI or human?: the page per language, its rounds as JSON, the round block and the strings."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from django.conf import settings
from django.template.loader import render_to_string

from wagtail import blocks

from lab.demo import experiment_page, read_content
from lab.experiments import ai_or_human
from tests.lab.factories import LabIndexPageFactory

pytestmark = pytest.mark.django_db

STATIC = Path(settings.BASE_DIR) / "static" / "lab" / "ai_or_human"
APP = (STATIC / "app.js").read_text(encoding="utf-8")
DEMO = read_content("ai_or_human.yaml")
# How each language's provenance lines say that an AI assistant drafted the demo text.
AI_DRAFTED = {
    "en": "drafted with an AI assistant",
    "nl": "AI-assistent",
    "ar": "مساعد ذكاء اصطناعي",
}


@pytest.fixture
def page(home):
    lab = LabIndexPageFactory(parent=home, slug_nl="lab", slug_ar="lab", slug_fr="labo")
    page = experiment_page("ai_or_human", DEMO)
    lab.add_child(instance=page)
    page.save_revision().publish()
    return page


def _json_block(html, element_id):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html)
    assert match, f"no #{element_id} data block"
    return json.loads(match.group(1))


@pytest.mark.parametrize(
    ("language", "path", "count", "first_words"),
    [
        ("en", "/en/lab/ai-or-human/", 10, "ok so the bus didnt come AGAIN"),
        ("nl", "/nl/lab/ai-of-mens/", 6, "Trein weer eens uitgevallen"),
        ("ar", "/ar/lab/ai-or-human/", 6, "الباص تأخر مرة ثانية!!"),
    ],
)
def test_page_hands_the_rounds_of_its_language_to_javascript(
    client, page, language, path, count, first_words
):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-lab-experiment="ai_or_human"' in html
    assert re.search(r'<script type="module" src="/static/lab/ai_or_human/app.js"', html)
    assert 'href="/static/lab/ai_or_human/style.css"' in html

    rounds = _json_block(html, "lab-data")["blocks"]
    assert len(rounds) == count
    assert {item["type"] for item in rounds} == {"round"}
    assert rounds[0]["value"]["text"].startswith(first_words)
    # Both kinds of text are in every language, with signs to show after the guess.
    assert {item["value"]["source"] for item in rounds} == {"person", "model"}
    assert all(item["value"]["signs"] for item in rounds)
    assert all(AI_DRAFTED[language] in item["value"]["provenance"] for item in rounds)

    strings = _json_block(html, "lab-strings")
    assert {"right", "wrong", "score", "streak", "best_streak", "finished"} <= set(strings)


def test_a_language_without_rounds_plays_the_english_ones(client, page):
    html = client.get("/fr/labo/ia-ou-humain/").content.decode()
    rounds = _json_block(html, "lab-data")["blocks"]
    assert rounds[0]["value"]["text"].startswith("ok so the bus didnt come AGAIN")
    assert "IA ou humain ?" in html


def test_without_javascript_the_page_explains_itself_and_is_honest_about_the_demo(client, page):
    html = client.get("/en/lab/ai-or-human/").content.decode()
    assert "Editors should replace them with" in html  # the intro
    assert "never accuse anyone" in html  # how it works
    assert "data-lab-needs-js" in html
    assert re.search(r"<div class=\"lab-app\" data-lab-app hidden>", html)
    # The game shows nothing until JavaScript has a round to show.
    assert re.search(r'<div class="aoh-play" data-aoh-play hidden>', html)


def test_arabic_page_is_right_to_left_with_its_own_texts(client, page):
    html = client.get("/ar/lab/ai-or-human/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "ذكاء اصطناعي أم إنسان؟" in html
    assert "لا شيء من هذه العلامات دليل قاطع" in html
    assert "fallback-notice" not in html


class _Markup(HTMLParser):
    """Buttons with their text, labelled controls, and anything inline."""

    def __init__(self):
        super().__init__()
        self.buttons, self.inline, self.legends = [], [], 0
        self._button = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "button":
            self._button = {"attrs": attrs, "text": ""}
        if tag == "legend":
            self.legends += 1
        if "style" in attrs or tag in {"style", "script"}:
            self.inline.append(tag)

    def handle_data(self, data):
        if self._button is not None:
            self._button["text"] += data

    def handle_endtag(self, tag):
        if tag == "button" and self._button is not None:
            self.buttons.append(self._button)
            self._button = None


def test_the_two_answers_are_labelled_buttons_in_a_fieldset_and_nothing_is_inline():
    parser = _Markup()
    parser.feed(render_to_string("lab/experiments/ai_or_human.html"))
    choices = {
        button["attrs"]["data-aoh-choice"]: button["text"].strip()
        for button in parser.buttons
        if "data-aoh-choice" in button["attrs"]
    }
    # The label is the text; the icons beside it are decorative Twemoji images.
    assert choices == {"person": "A person", "model": "A model"}
    html = render_to_string("lab/experiments/ai_or_human.html")
    assert html.count('<img class="emoji" src="/static/emoji/') == 2 and 'alt=""' in html
    assert parser.legends == 1
    assert all(button["attrs"].get("type") == "button" for button in parser.buttons)
    assert parser.inline == []


def test_every_string_the_javascript_asks_for_is_declared():
    used = set(re.findall(r'ctx\.t\("([\w.]+)"', APP))
    used |= {f"source_{source}" for source, _label in ai_or_human.SOURCES}
    declared = set(ai_or_human.EXPERIMENT.strings)
    assert used - declared == set()
    for key, text in ai_or_human.EXPERIMENT.runtime_strings().items():
        assert "%" not in text, key


class TestRoundBlock:
    block = ai_or_human.RoundBlock()

    def _value(self, **changes):
        value = {
            "text": "See you at 8, bring the map!!",
            "source": "person",
            "provenance": "Demo text drafted with an AI assistant.",
            "signs": ["Double exclamation marks"],
        }
        return self.block.to_python({**value, **changes})

    def test_a_complete_round_is_valid_and_serialised_for_javascript(self):
        value = self.block.clean(self._value())
        data = self.block.get_api_representation(value)
        assert data == {
            "text": "See you at 8, bring the map!!",
            "source": "person",
            "provenance": "Demo text drafted with an AI assistant.",
            "signs": ["Double exclamation marks"],
        }

    def test_the_source_is_a_person_or_a_model(self):
        with pytest.raises(blocks.StructBlockValidationError) as error:
            self.block.clean(self._value(source="robot"))
        assert list(error.value.block_errors) == ["source"]

    def test_a_round_needs_its_provenance_and_a_sign(self):
        with pytest.raises(blocks.StructBlockValidationError) as error:
            self.block.clean(self._value(provenance="", signs=[]))
        assert set(error.value.block_errors) == {"provenance", "signs"}

    def test_the_help_text_asks_for_genuine_samples(self):
        assert "genuine samples" in str(self.block.child_blocks["text"].field.help_text)


@pytest.mark.parametrize(("language", "minimum"), [("en", 8), ("nl", 6), ("ar", 6)])
def test_demo_rounds_are_valid_and_honest_in_each_language(language, minimum):
    stream = DEMO["content"][language]
    block = ai_or_human.RoundBlock()
    for item in stream:
        assert item["type"] == "round"
        value = block.clean(block.to_python(item["value"]))
        # Every demo text was drafted with an AI assistant, and its provenance says so.
        assert AI_DRAFTED[language] in value["provenance"]
    assert len(stream) >= minimum
    texts = [item["value"]["text"] for item in stream]
    assert len(texts) == len(set(texts))
    sources = [item["value"]["source"] for item in stream]
    assert sources.count("person") >= 3 and sources.count("model") >= 3
    for field in ("title", "intro", "how_it_works", "what_to_try"):
        assert DEMO[field][language].strip()


def test_every_language_has_a_title_and_slug():
    codes = {code for code, _name in settings.LANGUAGES}
    assert set(DEMO["title"]) == codes and set(DEMO["slug"]) == codes
