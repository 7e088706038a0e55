"""Prompt lab: the page per language, its challenges and cue files, the block and the strings."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from django.conf import settings
from django.template.loader import render_to_string

from wagtail import blocks

from lab.demo import experiment_page, read_content
from lab.experiments import prompt_lab
from tests.lab.factories import LabIndexPageFactory

pytestmark = pytest.mark.django_db

STATIC = Path(settings.BASE_DIR) / "static" / "lab" / "prompt_lab"
APP = (STATIC / "app.js").read_text(encoding="utf-8")
CORE = (STATIC / "core.js").read_text(encoding="utf-8")
DEMO = read_content("prompt_lab.yaml")
ELEMENT_KEYS = [key for key, _label in prompt_lab.ELEMENTS]


@pytest.fixture
def page(home):
    lab = LabIndexPageFactory(parent=home, slug_nl="lab", slug_ar="lab", slug_de="labor")
    page = experiment_page("prompt_lab", DEMO)
    lab.add_child(instance=page)
    page.save_revision().publish()
    return page


def _json_block(html, element_id):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html)
    assert match, f"no #{element_id} data block"
    return json.loads(match.group(1))


@pytest.mark.parametrize(
    ("language", "path", "first_title"),
    [
        ("en", "/en/lab/prompt-lab/", "A birthday invitation"),
        ("nl", "/nl/lab/promptlab/", "Een uitnodiging voor een verjaardag"),
        ("ar", "/ar/lab/prompt-lab/", "دعوة إلى عيد ميلاد"),
    ],
)
def test_page_hands_the_challenges_of_its_language_to_javascript(
    client, page, language, path, first_title
):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-lab-experiment="prompt_lab"' in html
    assert re.search(r'<script type="module" src="/static/lab/prompt_lab/app.js"', html)

    challenges = _json_block(html, "lab-data")["blocks"]
    assert len(challenges) >= 4
    assert {item["type"] for item in challenges} == {"challenge"}
    first = challenges[0]["value"]
    assert first["title"] == first_title
    assert first["elements"] == ["context", "format", "constraints", "tone"]
    assert first["example"]
    assert all(set(item["value"]["elements"]) <= set(ELEMENT_KEYS) for item in challenges)

    # The cue files travel as static URLs the JavaScript may fetch, one per language.
    files = _json_block(html, "lab-files")
    assert files == {
        f"cues/{code}.json": f"/static/lab/prompt_lab/cues/{code}.json"
        for code in prompt_lab.CUE_LANGUAGES
    }
    strings = _json_block(html, "lab-strings")
    assert {f"advice_{key}" for key in ELEMENT_KEYS} <= set(strings)
    assert {f"element_{key}" for key in ELEMENT_KEYS} <= set(strings)


def test_a_language_without_challenges_gets_the_english_ones(client, page):
    html = client.get("/de/labor/prompt-labor/").content.decode()
    challenges = _json_block(html, "lab-data")["blocks"]
    assert challenges[0]["value"]["title"] == "A birthday invitation"


def test_the_page_says_no_language_model_is_called(client, page):
    for path, sentence in (
        ("/en/lab/prompt-lab/", "No language model is called here."),
        ("/nl/lab/promptlab/", "Er wordt geen taalmodel aangeroepen"),
        ("/ar/lab/prompt-lab/", "لا يُستدعى أي نموذج لغوي"),
    ):
        html = client.get(path).content.decode()
        assert sentence in html, path
    html = client.get("/en/lab/prompt-lab/").content.decode()
    assert "data-lab-needs-js" in html
    assert re.search(r'<div class="pl-work" data-pl-work hidden>', html)
    assert "Treat the score as a checklist" in html


def test_arabic_page_is_right_to_left_with_its_own_texts(client, page):
    html = client.get("/ar/lab/prompt-lab/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "مختبر الأوامر" in html
    assert "fallback-notice" not in html


class _Markup(HTMLParser):
    def __init__(self):
        super().__init__()
        self.controls, self.labels, self.inline, self.legend = [], set(), [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"input", "textarea", "select"}:
            self.controls.append(attrs.get("id") or tag)
        if tag == "label" and attrs.get("for"):
            self.labels.add(attrs["for"])
        if tag == "mark" and "data-element" in attrs:
            self.legend.append(attrs["data-element"])
        if "style" in attrs or tag in {"style", "script"}:
            self.inline.append(tag)


def test_controls_are_labelled_the_legend_names_every_element_and_nothing_is_inline():
    html = render_to_string("lab/experiments/prompt_lab.html")
    parser = _Markup()
    parser.feed(html)
    assert parser.controls == ["pl-challenge", "pl-prompt"]
    assert set(parser.controls) <= parser.labels
    assert parser.legend == ELEMENT_KEYS
    # Each element is told apart by a named line or pattern, not by colour alone.
    for words in ("solid underline", "dotted underline", "dashed box", "striped background"):
        assert words in html
    assert parser.inline == []


def test_the_stylesheet_gives_every_element_its_own_mark():
    css = (STATIC / "style.css").read_text(encoding="utf-8")
    for key in ELEMENT_KEYS:
        assert f'.pl-mark[data-element="{key}"]' in css
    assert not re.search(r"(margin|padding|border)-(left|right)|\b(left|right):", css)


def test_the_javascript_never_writes_visitor_text_as_html():
    for source in (APP, CORE):
        assert "innerHTML" not in source and "insertAdjacentHTML" not in source
        assert "eval(" not in source and "new Function" not in source


def test_every_string_the_javascript_asks_for_is_declared():
    used = set(re.findall(r'ctx\.t\("([\w.]+)"', APP))
    used |= {f"{prefix}_{key}" for prefix in ("element", "advice") for key in ELEMENT_KEYS}
    declared = set(prompt_lab.EXPERIMENT.strings)
    assert used - declared == set()
    for key, text in prompt_lab.EXPERIMENT.runtime_strings().items():
        assert "%" not in text, key


def test_javascript_and_python_agree_on_the_elements_and_cue_languages():
    js_elements = re.search(r"export const ELEMENTS = \[(.*?)\];", CORE).group(1)
    assert re.findall(r'"(\w+)"', js_elements) == ELEMENT_KEYS
    js_files = re.search(r"const CUE_FILES = \[(.*?)\];", APP).group(1)
    assert re.findall(r'"([\w-]+)"', js_files) == list(prompt_lab.CUE_LANGUAGES)


@pytest.mark.parametrize("code", prompt_lab.CUE_LANGUAGES)
def test_each_cue_file_has_phrases_for_every_element(code):
    data = json.loads((STATIC / "cues" / f"{code}.json").read_text(encoding="utf-8"))
    assert data["language"] == code
    for key in ELEMENT_KEYS:
        phrases = data["elements"][key]["phrases"]
        assert len(phrases) >= 5 and all(phrase.strip() == phrase for phrase in phrases)
    assert data["units"] and data["numbers"]


class TestChallengeBlock:
    block = prompt_lab.ChallengeBlock()

    def _value(self, **changes):
        value = {"title": "Menu", "task": "Write a menu", "elements": ["role", "tone"]}
        return self.block.to_python({**value, "example": "", **changes})

    def test_a_challenge_serialises_its_elements_as_a_list(self):
        data = self.block.get_api_representation(self.block.clean(self._value()))
        assert data == {
            "title": "Menu",
            "task": "Write a menu",
            "elements": ["role", "tone"],
            "example": "",
        }

    def test_elements_are_required_and_limited_to_the_six(self):
        with pytest.raises(blocks.StructBlockValidationError) as error:
            self.block.clean(self._value(elements=[]))
        assert list(error.value.block_errors) == ["elements"]
        with pytest.raises(blocks.StructBlockValidationError):
            self.block.clean(self._value(elements=["role", "charm"]))


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_demo_challenges_are_valid_in_each_language(language):
    stream = DEMO["content"][language]
    block = prompt_lab.ChallengeBlock()
    for item in stream:
        assert item["type"] == "challenge"
        value = block.clean(block.to_python(item["value"]))
        assert value["example"].strip()
    assert len(stream) >= 4
    for field in ("title", "intro", "how_it_works", "what_to_try"):
        assert DEMO[field][language].strip()


def test_every_language_has_a_title_and_slug():
    codes = {code for code, _name in settings.LANGUAGES}
    assert set(DEMO["title"]) == codes and set(DEMO["slug"]) == codes
