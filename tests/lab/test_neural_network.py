"""Neural network playground: its page per language, its controls, strings and demo texts."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from django.conf import settings
from django.template.loader import render_to_string

from lab.demo import experiment_page, read_content
from lab.experiments import neural_network
from tests.lab.factories import LabIndexPageFactory

pytestmark = pytest.mark.django_db

STATIC = Path(settings.BASE_DIR) / "static" / "lab" / "neural_network"
APP = (STATIC / "app.js").read_text(encoding="utf-8")
CORE = (STATIC / "core.js").read_text(encoding="utf-8")
DEMO = read_content("neural_network.yaml")
PATHS = {
    "en": "/en/lab/neural-network-playground/",
    "fr": "/fr/lab/terrain-de-jeu-reseau-de-neurones/",
    "de": "/de/lab/spielwiese-neuronale-netze/",
    "nl": "/nl/lab/speeltuin-neurale-netwerken/",
    "ar": "/ar/lab/neural-network-playground/",
}


@pytest.fixture
def page(home):
    lab = LabIndexPageFactory(parent=home, slug_nl="lab", slug_ar="lab")
    page = experiment_page("neural_network", DEMO)
    lab.add_child(instance=page)
    page.save_revision().publish()
    return page


def _json_block(html, element_id):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html)
    assert match, f"no #{element_id} data block"
    return json.loads(match.group(1))


@pytest.mark.parametrize(
    ("language", "title", "explained"),
    [
        ("en", "Neural network playground", "cross-entropy"),
        ("nl", "Speeltuin voor neurale netwerken", "kruisentropie"),
        ("ar", "ملعب الشبكات العصبية", "الإنتروبيا التقاطعية"),
        ("fr", "Terrain de jeu des réseaux de neurones", "entropie croisée"),
        ("de", "Spielwiese für neuronale Netze", "Kreuzentropie"),
    ],
)
def test_page_runs_the_playground_in_each_language(client, page, language, title, explained):
    response = client.get(PATHS[language])
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in html
    assert title in html
    assert 'data-lab-experiment="neural_network"' in html
    assert re.search(r'<script type="module" src="/static/lab/neural_network/app.js"', html)
    assert 'href="/static/lab/neural_network/style.css"' in html
    # The two canvases, and the controls the visitor trains with.
    assert html.count("<canvas") == 2
    for hook in ("data-nn-play", "data-nn-step", "data-nn-restart", "data-nn-point-form"):
        assert hook in html
    # How it works explains the loss it uses (sigmoid output with cross-entropy).
    assert explained in html
    assert "fallback-notice" not in html
    # No editor-owned blocks: the data sets are generated in the browser.
    assert _json_block(html, "lab-data") == {"blocks": []}
    strings = _json_block(html, "lab-strings")
    assert {"play", "pause", "paused", "summary", "point_added"} <= set(strings)


def test_without_javascript_the_page_explains_itself(client, page):
    html = client.get(PATHS["nl"]).content.decode()
    assert "data-lab-needs-js" in html
    assert re.search(r'<div class="lab-app" data-lab-app hidden>', html)
    assert "backpropagation" in html.lower() and "overfitten" in html  # how it works
    assert "Exclusieve of (XOR)" in html  # what to try


def test_a_language_without_its_own_explanation_falls_back_to_english(client, page):
    html = client.get("/pt/lab/laboratorio-de-redes-neurais/").content.decode()
    assert "Laboratório de redes neurais" in html  # the Portuguese title
    # How it works has no Portuguese text yet: English, marked as such.
    assert re.search(r'aria-labelledby="how-it-works" lang="en" dir="ltr"', html)
    assert "Backpropagation" in html


class _Markup(HTMLParser):
    """Form controls, label targets, named buttons and anything inline, outside <template>."""

    def __init__(self):
        super().__init__()
        self.controls, self.labels, self.inline, self.unnamed_buttons = [], set(), [], []
        self.in_template = 0
        self._button = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "template":
            self.in_template += 1
        if "style" in attrs or tag in {"style", "script"}:
            self.inline.append(tag)
        if self.in_template:
            return
        if tag in {"input", "textarea", "select"}:
            self.controls.append(attrs.get("id") or tag)
        if tag == "label" and attrs.get("for"):
            self.labels.add(attrs["for"])
        if tag == "button":
            self._button = {"name": attrs.get("aria-label", ""), "text": ""}

    def handle_data(self, data):
        if self._button is not None:
            self._button["text"] += data.strip()

    def handle_endtag(self, tag):
        if tag == "template":
            self.in_template -= 1
        if tag == "button" and self._button is not None:
            if not (self._button["name"] or self._button["text"]):
                self.unnamed_buttons.append(self._button)
            self._button = None


def test_every_control_is_labelled_and_nothing_is_inline():
    parser = _Markup()
    parser.feed(render_to_string("lab/experiments/neural_network.html"))
    radios = [c for c in parser.controls if c == "input"]
    named = [c for c in parser.controls if c != "input"]
    # Radios sit inside their <label>; every other control has a <label for>.
    assert len(radios) == 6  # four data sets, two classes for new points
    assert set(named) == {
        "nn-noise",
        "nn-ratio",
        "nn-activation",
        "nn-rate",
        "nn-batch",
        "nn-x",
        "nn-y",
    }
    assert set(named) <= parser.labels
    assert parser.unnamed_buttons == []
    assert parser.inline == []


def test_the_select_options_are_the_ones_the_core_accepts():
    html = render_to_string("lab/experiments/neural_network.html")

    def options(select_id):
        select = re.search(rf'<select id="{select_id}".*?</select>', html, re.S).group(0)
        return re.findall(r'<option value="([^"]+)"', select)

    def core_list(name):
        return re.search(rf"export const {name} = \[(.*?)\];", CORE).group(1)

    assert options("nn-rate") == [v.strip() for v in core_list("LEARNING_RATES").split(",")]
    assert options("nn-batch") == [v.strip() for v in core_list("BATCH_SIZES").split(",")]
    activations = re.findall(r'"(\w+)"', core_list("ACTIVATIONS"))
    assert sorted(options("nn-activation")) == sorted(activations)
    datasets = re.findall(r'"(\w+)"', core_list("DATASETS"))
    assert re.findall(r'name="nn-dataset" value="(\w+)"', html) == datasets


def test_every_string_the_javascript_asks_for_is_declared():
    used = set(re.findall(r'ctx\.t\(\s*"([\w.]+)"', APP))
    used |= {"play", "pause"}  # ctx.t(on ? "pause" : "play")
    used |= {"class_0", "class_1"}  # ctx.t(`class_${label}`)
    declared = set(neural_network.EXPERIMENT.strings)
    assert len(used) > 20
    assert used - declared == set()
    assert declared - used == set(), "strings nobody shows"
    for key, text in neural_network.EXPERIMENT.runtime_strings().items():
        assert "%" not in text, key  # {name} placeholders only


def test_the_placeholders_the_javascript_fills_are_in_the_strings():
    strings = neural_network.EXPERIMENT.runtime_strings()
    assert set(re.findall(r"\{(\w+)\}", strings["summary"])) == {
        "train_loss",
        "test_loss",
        "test_accuracy",
    }
    assert set(re.findall(r"\{(\w+)\}", strings["paused"])) == {"epoch", "summary"}
    assert set(re.findall(r"\{(\w+)\}", strings["point_added"])) == {"x", "y", "label"}


def test_the_experiment_reads_no_content_blocks():
    assert neural_network.EXPERIMENT.blocks == []
    assert neural_network.EXPERIMENT.icon == "🧠"
    assert "content" not in DEMO


def test_demo_texts_exist_in_six_languages_and_every_language_has_a_slug():
    codes = {code for code, _name in settings.LANGUAGES}
    assert set(DEMO["title"]) == codes and set(DEMO["slug"]) == codes
    assert len(set(DEMO["slug"].values())) >= 6  # translated where the language allows
    for language in ("en", "nl", "ar", "fr", "es", "de"):
        for field in ("title", "intro", "how_it_works", "what_to_try"):
            assert DEMO[field][language].strip(), (language, field)
        # The rich texts are well-formed HTML paragraphs and lists.
        assert DEMO["how_it_works"][language].count("<p>") == 3
        assert DEMO["what_to_try"][language].count("<li>") == 5
