"""Sentiment analysis: the page per language, its examples as JSON, its blocks, strings, files."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from wagtail import blocks

from lab.demo import experiment_page, read_content
from lab.experiments import sentiment
from tests.lab.factories import LabIndexPageFactory

pytestmark = pytest.mark.django_db

STATIC = Path(settings.BASE_DIR) / "static" / "lab" / "sentiment"
APP = (STATIC / "app.js").read_text(encoding="utf-8")
DEMO = read_content("sentiment.yaml")


@pytest.fixture
def page(home):
    lab = LabIndexPageFactory(parent=home, slug_nl="lab", slug_ar="lab", slug_de="labor")
    page = experiment_page("sentiment", DEMO)
    lab.add_child(instance=page)
    page.save_revision().publish()
    return page


def _json_block(html, element_id):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html)
    assert match, f"no #{element_id} data block"
    return json.loads(match.group(1))


def _selected_language(html):
    match = re.search(r'<option value="(\w+)" lang="\w+" selected>', html)
    assert match, "no analysis language is selected"
    return match.group(1)


@pytest.mark.parametrize(
    ("language", "path", "first_example", "analysis_language"),
    [
        (
            "en",
            "/en/lab/sentiment-analysis/",
            "Oh great, another Monday. Just what I needed.",
            "en",
        ),
        ("nl", "/nl/lab/sentimentanalyse/", "Nou, lekker dan. Weer in de file.", "nl"),
        (
            "ar",
            "/ar/lab/sentiment-analysis/",
            "Oh great, another Monday. Just what I needed.",
            "en",
        ),
    ],
)
def test_page_hands_its_examples_and_languages_to_javascript(
    client, page, language, path, first_example, analysis_language
):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-lab-experiment="sentiment"' in html
    assert re.search(r'<script type="module" src="/static/lab/sentiment/app.js"', html)
    assert 'href="/static/lab/sentiment/style.css"' in html

    data = _json_block(html, "lab-data")
    assert [item["code"] for item in data["languages"]] == ["en", "nl", "fr", "es", "de", "pt"]
    assert data["default_language"] == analysis_language
    assert _selected_language(html) == analysis_language
    example = data["examples"][0]
    assert example["text"] == first_example
    assert example["human_sentiment"] == "negative"
    # The label is translated for the page, the examples are rendered for reading without JS.
    with translation.override(language):
        label = str(dict(sentiment.SENTIMENTS)["negative"])
        line = gettext("A person would say: %(sentiment)s") % {"sentiment": label}
    assert example["human_label"] == label
    assert f'<p class="senti-example-human">{line}</p>' in html
    assert len(data["examples"]) == 5
    assert first_example in html
    assert html.count("data-senti-example=") == 5

    files = _json_block(html, "lab-files")
    assert files["lexicons/nl.json"] == "/static/lab/sentiment/lexicons/nl.json"
    assert files["lexicons/emoji.json"] == "/static/lab/sentiment/lexicons/emoji.json"

    strings = _json_block(html, "lab-strings")
    assert {"verdict.positive", "effect.negated", "comparison"} <= set(strings)


def test_german_page_analyses_in_german(client, page):
    html = client.get("/de/labor/stimmungsanalyse/").content.decode()
    assert "Stimmungsanalyse" in html
    assert _json_block(html, "lab-data")["default_language"] == "de"
    assert _selected_language(html) == "de"
    # German has no demo examples of its own: the English ones are shown.
    assert "Oh great, another Monday." in html


def test_sarcasm_is_among_the_examples_in_every_demo_language():
    for language in ("en", "nl", "ar"):
        explanations = " ".join(
            item["value"]["explanation"] for item in DEMO["content"][language]
        ).casefold()
        word = {"en": "sarcasm", "nl": "sarcasme", "ar": "سخرية"}[language]
        assert word in explanations, language


def test_without_javascript_the_page_explains_itself(client, page):
    html = client.get("/nl/lab/sentimentanalyse/").content.decode()
    assert "woordenlijst" in html and "ontkenning" in html  # how it works, in Dutch
    assert "HEEL goed!!!" in html  # what to try
    assert "data-lab-needs-js" in html
    assert re.search(r"<div class=\"lab-app\" data-lab-app hidden>", html)


def test_arabic_page_is_right_to_left_and_sentences_keep_their_direction(client, page):
    html = client.get("/ar/lab/sentiment-analysis/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "تحليل المشاعر" in html
    assert "fallback-notice" not in html
    assert '<p class="senti-example-text" id="senti-example-1" lang="en" dir="ltr">' in html


class _Controls(HTMLParser):
    """Ids of form controls and the `for` of labels, plus any inline style or script."""

    def __init__(self):
        super().__init__()
        self.controls, self.labels, self.inline = [], set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"input", "textarea", "select"}:
            self.controls.append(attrs.get("id") or tag)
        if tag == "label" and attrs.get("for"):
            self.labels.add(attrs["for"])
        if "style" in attrs or tag in {"style", "script"}:
            self.inline.append(tag)


def test_every_control_of_the_template_has_a_label_and_nothing_is_inline():
    parser = _Controls()
    context = {"lab_data": sentiment.page_data(None, [])}
    parser.feed(render_to_string("lab/experiments/sentiment.html", context))
    assert parser.controls == ["senti-text", "senti-language"]
    assert [c for c in parser.controls if c not in parser.labels] == []
    assert parser.inline == []


def test_every_string_the_javascript_asks_for_is_declared():
    used = set(re.findall(r'ctx\.t\("([\w.]+)"', APP))
    # Keys built from a prefix: one per verdict, rule and role the core can return.
    core = (STATIC / "core.js").read_text(encoding="utf-8")
    rules = set(re.findall(r'rule: "(\w+)"', core))
    assert rules == {"negated", "boosted", "caps", "contrastBefore", "contrastAfter"}
    used |= {f"effect.{rule}" for rule in rules}
    used |= {f"verdict.{verdict}" for verdict in ("positive", "negative", "neutral")}
    used |= {f"role.{role}" for role in ("negator", "booster", "contrast")}
    declared = set(sentiment.EXPERIMENT.strings)
    assert used - declared == set()
    for key, text in sentiment.EXPERIMENT.runtime_strings().items():
        assert "%" not in text, key


def test_every_declared_file_exists_and_is_a_lexicon():
    for path in sentiment.EXPERIMENT.files:
        data = json.loads((STATIC / path).read_text(encoding="utf-8"))
        if path.endswith("emoji.json"):
            assert len(data["emoji"]) >= 80
            continue
        code = Path(path).stem
        assert data["language"] == code and data["name"] == sentiment.LANGUAGES[code]
        assert len(data["words"]) >= 250
        assert "AI Educademy" in data["credit"]


@pytest.mark.parametrize(
    ("page_language", "expected"),
    [("en", "en"), ("nl", "nl"), ("pt", "pt"), ("ar", "en"), ("zh-hans", "en"), ("", "en")],
)
def test_analysis_starts_in_the_page_language_when_a_word_list_exists(page_language, expected):
    assert sentiment.language_for(page_language) == expected


class TestExampleSentenceBlock:
    block = sentiment.ExampleSentenceBlock()

    def _value(self, **changes):
        value = {
            "text": "What a lovely traffic jam.",
            "language": "en",
            "human_sentiment": "negative",
            "explanation": "Sarcasm.",
        }
        return self.block.to_python({**value, **changes})

    def test_a_valid_example(self):
        assert self.block.clean(self._value())["language"] == "en"

    def test_only_languages_with_a_word_list(self):
        with pytest.raises(blocks.StructBlockValidationError) as error:
            self.block.clean(self._value(language="ar"))
        assert list(error.value.block_errors) == ["language"]

    def test_a_sentence_is_short(self):
        with pytest.raises(blocks.StructBlockValidationError) as error:
            self.block.clean(self._value(text="x" * (sentiment.MAX_SENTENCE_LENGTH + 1)))
        assert list(error.value.block_errors) == ["text"]


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_demo_examples_are_valid_in_each_language(language):
    stream = DEMO["content"][language]
    block = sentiment.ExampleSentenceBlock()
    assert len(stream) >= 4
    for item in stream:
        assert item["type"] == "example_sentence"
        block.clean(block.to_python(item["value"]))
    for field in ("title", "intro", "how_it_works", "what_to_try"):
        assert DEMO[field][language].strip()


def test_every_language_has_a_title_and_slug():
    codes = {code for code, _name in settings.LANGUAGES}
    assert set(DEMO["title"]) == codes and set(DEMO["slug"]) == codes
