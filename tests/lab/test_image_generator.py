"""Image generator: its page per language, its controls and strings, the model and its samples."""

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression

from django.conf import settings
from django.template.loader import render_to_string

from lab.demo import experiment_page, read_content
from lab.experiments import image_generator
from lab.training import train_digit_diffusion as training
from tests.lab.factories import LabIndexPageFactory

BASE = Path(settings.BASE_DIR)
STATIC = BASE / "static" / "lab" / "image_generator"
WEIGHTS = STATIC / "weights.json"
APP = (STATIC / "app.js").read_text(encoding="utf-8")
SAMPLER = BASE / "tests" / "lab" / "js" / "image_generator_sample.js"
DEMO = read_content("image_generator.yaml")
PATHS = {
    "en": "/en/lab/image-generator/",
    "nl": "/nl/lab/beeldgenerator/",
    "ar": "/ar/lab/image-generator/",
    "es": "/es/lab/generador-de-imagenes/",
}


@pytest.fixture
def page(home):
    lab = LabIndexPageFactory(parent=home, slug_nl="lab", slug_ar="lab")
    page = experiment_page("image_generator", DEMO)
    lab.add_child(instance=page)
    page.save_revision().publish()
    return page


def _json_block(html, element_id):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html)
    assert match, f"no #{element_id} data block"
    return json.loads(match.group(1))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "title", "explained"),
    [
        ("en", "Image generator", "pure noise"),
        ("nl", "Beeldgenerator", "pure ruis"),
        ("ar", "مولّد الصور", "ضجيج خالص"),
        ("es", "Generador de imágenes", "ruido puro"),
    ],
)
def test_page_runs_the_generator_in_each_language(client, page, language, title, explained):
    response = client.get(PATHS[language])
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in html
    assert title in html
    assert explained in html
    assert 'data-lab-experiment="image_generator"' in html
    assert re.search(r'<script type="module" src="/static/lab/image_generator/app.js"', html)
    assert 'href="/static/lab/image_generator/style.css"' in html
    assert "fallback-notice" not in html
    # One big canvas with a text alternative, ten digits to choose from, the two buttons.
    assert re.search(r'<canvas [^>]*role="img" aria-label="[^"]+"[^>]*data-ig-canvas', html)
    assert re.findall(r'name="image-generator-digit" value="(\d)"', html) == list("0123456789")
    assert "data-ig-generate" in html and "data-ig-step" in html
    # No editor-owned blocks; the weights travel as a static file the page declares.
    assert _json_block(html, "lab-data") == {"blocks": []}
    assert _json_block(html, "lab-files") == {
        "weights.json": "/static/lab/image_generator/weights.json"
    }
    strings = _json_block(html, "lab-strings")
    assert {"step", "noise_left", "canvas_done", "gallery_item"} <= set(strings)


@pytest.mark.django_db
def test_the_runtime_strings_are_translated_with_their_placeholders(client, page):
    strings = _json_block(client.get(PATHS["nl"]).content.decode(), "lab-strings")
    english = image_generator.EXPERIMENT.runtime_strings()
    for key, text in strings.items():
        assert set(re.findall(r"\{(\w+)\}", text)) == set(re.findall(r"\{(\w+)\}", english[key]))


@pytest.mark.django_db
def test_without_javascript_the_page_explains_itself(client, page):
    html = client.get(PATHS["ar"]).content.decode()
    assert "data-lab-needs-js" in html
    assert re.search(r'<div class="lab-app" data-lab-app hidden>', html)
    assert "DDIM" in html and "train_digit_diffusion.py" in html  # how it works
    assert "البذرة نفسها" in html  # what to try


class _Markup(HTMLParser):
    """Form controls, label targets, named buttons and anything inline."""

    def __init__(self):
        super().__init__()
        self.controls, self.labels, self.inline, self.unnamed_buttons = [], set(), [], []
        self.open_labels = 0
        self.radios_in_labels = 0
        self._button = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "style" in attrs or tag in {"style", "script"}:
            self.inline.append(tag)
        if tag == "label":
            self.open_labels += 1
            if attrs.get("for"):
                self.labels.add(attrs["for"])
        if tag == "input" and attrs.get("type") == "radio":
            self.radios_in_labels += bool(self.open_labels)
        elif tag in {"input", "textarea", "select"}:
            self.controls.append(attrs.get("id"))
        if tag == "button":
            self._button = {"name": attrs.get("aria-label", ""), "text": ""}

    def handle_data(self, data):
        if self._button is not None:
            self._button["text"] += data.strip()

    def handle_endtag(self, tag):
        if tag == "label":
            self.open_labels -= 1
        if tag == "button" and self._button is not None:
            if not (self._button["name"] or self._button["text"]):
                self.unnamed_buttons.append(self._button)
            self._button = None


def test_every_control_is_labelled_and_nothing_is_inline():
    parser = _Markup()
    parser.feed(render_to_string("lab/experiments/image_generator.html"))
    assert parser.radios_in_labels == 10
    assert parser.controls == [
        "image-generator-steps",
        "image-generator-randomness",
        "image-generator-seed",
    ]
    assert set(parser.controls) <= parser.labels
    assert parser.unnamed_buttons == []
    assert parser.inline == []


def test_the_step_range_matches_the_model():
    html = render_to_string("lab/experiments/image_generator.html")
    steps = re.search(r'<input id="image-generator-steps"[^>]*>', html).group(0)
    model = json.loads(WEIGHTS.read_text())
    assert 'min="5"' in steps
    assert f'max="{model["schedule"]["steps"]}"' in steps
    assert re.search(r"clampInteger\(stepsInput\.value, 5, 100,", APP)


def test_every_string_the_javascript_asks_for_is_declared():
    used = set(re.findall(r'ctx\.t\(\s*"(\w+)"', APP))
    used |= {"canvas_done", "canvas_progress"}  # ctx.t(key) for the canvas's description
    declared = set(image_generator.EXPERIMENT.strings)
    assert len(used) > 10
    assert used - declared == set()
    assert declared - used == set(), "strings nobody shows"
    for key, text in image_generator.EXPERIMENT.runtime_strings().items():
        assert "%" not in text, key  # {name} placeholders only


def test_the_experiment_reads_no_content_blocks_and_fetches_its_weights():
    assert image_generator.EXPERIMENT.blocks == []
    assert image_generator.EXPERIMENT.icon == "🎨"
    assert image_generator.EXPERIMENT.files == ("weights.json",)
    assert "content" not in DEMO
    assert 'ctx.staticUrl("weights.json")' in APP


def test_demo_texts_exist_in_english_dutch_and_arabic_and_every_language_has_a_slug():
    codes = {code for code, _name in settings.LANGUAGES}
    assert set(DEMO["title"]) == codes and set(DEMO["slug"]) == codes
    for field in ("intro", "how_it_works", "what_to_try"):
        assert {"en", "nl", "ar"} <= set(DEMO[field]), field


def test_the_weights_file_is_small_and_matches_the_training_script():
    model = json.loads(WEIGHTS.read_text())
    assert WEIGHTS.stat().st_size < 150_000
    assert model["training"]["seed"] == training.SEED
    assert model["schedule"]["steps"] == training.T
    assert [(layer["in"], layer["out"]) for layer in model["layers"]] == [
        (106, 128),
        (128, 128),
        (128, 128),
        (128, 64),
    ]
    assert np.allclose(model["schedule"]["alpha_bar"], training.alpha_bar_schedule(), atol=1e-7)


def test_the_training_scripts_backpropagation_matches_numerical_gradients():
    rng = np.random.default_rng(0)
    params = training.init_params(rng)
    params[-1][0] *= 10  # undo the small init of the last layer so every gradient matters
    x = rng.normal(size=(4, 64))
    inputs = training.model_input(x, np.array([1, 30, 60, 100]), np.array([0, 3, -1, 9]))
    target = rng.normal(size=(4, 64))

    def loss():
        out, _cache = training.forward(params, inputs)
        return np.mean((out - target) ** 2)

    out, cache = training.forward(params, inputs)
    grads = training.backward(params, cache, 2 * (out - target) / out.size)
    for layer, (i, j) in [(0, (5, 7)), (0, (100, 3)), (1, (10, 20)), (3, (0, 63))]:
        weights = params[layer][0]
        original = weights[i, j]
        weights[i, j] = original + 1e-6
        above = loss()
        weights[i, j] = original - 1e-6
        below = loss()
        weights[i, j] = original
        numerical = (above - below) / 2e-6
        assert abs(grads[layer][0][i, j] - numerical) < 1e-6 * max(1, abs(numerical))


def _browser_samples(per_digit, steps, randomness, first_seed):
    node = shutil.which("node")
    assert node, "node is needed to run the browser's sampler"
    result = subprocess.run(
        [node, str(SAMPLER), str(per_digit), str(steps), str(randomness), str(first_seed)],
        capture_output=True,
        check=True,
        text=True,
        timeout=300,
    )
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def classifier():
    digits = load_digits()
    return LogisticRegression(max_iter=5000).fit(digits.data, digits.target)


@pytest.mark.parametrize(("steps", "randomness"), [(50, 0), (10, 1)])
def test_a_classifier_recognises_the_generated_digits_as_the_ones_asked_for(
    classifier, steps, randomness
):
    output = _browser_samples(per_digit=20, steps=steps, randomness=randomness, first_seed=1)
    samples = output["samples"]
    assert len(samples) == 200
    wanted = np.array([sample["digit"] for sample in samples])
    grey = np.array([sample["grey"] for sample in samples])
    assert grey.shape == (200, 64) and grey.min() >= 0 and grey.max() <= 16
    recognised = classifier.predict(grey) == wanted
    print(
        f"{steps} steps, randomness {randomness}: {recognised.mean():.1%} recognised, "
        f"{output['ms_per_image']:.1f} ms per image in node"
    )
    assert recognised.mean() >= 0.8
    for digit in range(10):  # no digit the model cannot draw at all
        assert recognised[wanted == digit].mean() >= 0.5, digit
