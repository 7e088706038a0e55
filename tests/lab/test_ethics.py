"""Ethics simulator: the page per language, its scenarios as JSON, its blocks, strings and demo."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from django.conf import settings
from django.utils import translation

from wagtail.blocks import StructBlockValidationError

from lab.demo import experiment_page, read_content
from lab.experiments import ethics
from tests.lab.factories import LabIndexPageFactory

pytestmark = pytest.mark.django_db

STATIC = Path(settings.BASE_DIR) / "static" / "lab" / "ethics"
APP = (STATIC / "app.js").read_text(encoding="utf-8")
DEMO = read_content("ethics.yaml")
DEMO_LANGUAGES = ("en", "nl", "ar")


@pytest.fixture
def page(home):
    lab = LabIndexPageFactory(parent=home, slug_nl="lab", slug_ar="lab")
    page = experiment_page("ethics", DEMO)
    lab.add_child(instance=page)
    page.save_revision().publish()
    return page


def _json_block(html, element_id):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html)
    assert match, f"no #{element_id} data block"
    return json.loads(match.group(1))


class _Controls(HTMLParser):
    """Collects the experiment's form controls, labels and ids from the rendered page."""

    def __init__(self):
        super().__init__()
        self.inside = 0
        self.controls = []
        self.label_for = set()
        self.ids = set()
        self.buttons = []
        self._button = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "data-lab-app" in attrs:
            self.inside = 1
        elif self.inside:
            self.inside += tag not in {"input", "br", "img", "line", "rect", "source"}
        if not self.inside:
            return
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "label" and "for" in attrs:
            self.label_for.add(attrs["for"])
        if tag in {"input", "select", "textarea"}:
            self.controls.append(attrs)
        if tag == "button":
            self._button = ""

    def handle_data(self, data):
        if self._button is not None:
            self._button += data

    def handle_endtag(self, tag):
        if tag == "button" and self._button is not None:
            self.buttons.append(self._button.strip())
            self._button = None
        if self.inside and tag not in {"input", "br", "img", "line", "rect", "source"}:
            self.inside -= 1


@pytest.mark.parametrize(
    ("language", "path", "title", "first_scenario", "first_choice"),
    [
        (
            "en",
            "/en/lab/ethics-simulator/",
            "Ethics simulator",
            "The CV screener",
            "Use it as it is; it saves weeks of work.",
        ),
        (
            "nl",
            "/nl/lab/ethiek-simulator/",
            "Ethieksimulator",
            "De cv-selectie",
            "Gebruik hem zoals hij is; het scheelt weken werk.",
        ),
        (
            "ar",
            "/ar/lab/ethics-simulator/",
            "محاكي الأخلاقيات",
            "فرز السير الذاتية",
            "أستخدمها كما هي، فهي توفّر أسابيع من العمل.",
        ),
    ],
)
def test_page_hands_the_scenarios_of_its_language_to_javascript(
    client, page, language, path, title, first_scenario, first_choice
):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert title in html
    assert 'data-lab-experiment="ethics"' in html
    assert re.search(r'<script type="module" src="/static/lab/ethics/app.js"', html)
    assert 'href="/static/lab/ethics/style.css"' in html
    assert "<script>" not in html and "style=" not in html
    assert "fallback-notice" not in html  # every field has its own text in these languages

    blocks = _json_block(html, "lab-data")["blocks"]
    assert [block["type"] for block in blocks] == ["scenario"] * 5
    assert all(block["id"] for block in blocks)
    first = blocks[0]["value"]
    assert first["title"] == first_scenario
    assert first["situation"] and first["question"]
    assert first["choices"][0]["label"] == first_choice
    consequence = first["choices"][0]["consequences"][0]
    assert set(consequence) == {"who", "what", "impact"}
    assert consequence["impact"] in {"helped", "harmed", "mixed"}
    assert first["choices"][0]["reflection"]
    assert not first["choices"][2]["reflection"]  # optional

    strings = _json_block(html, "lab-strings")
    assert strings["impact.harmed"] and strings["progress"].count("{") == 2


def test_other_languages_fall_back_to_the_english_scenarios(client, page):
    with translation.override("fr"):
        path = page.get_url()
    assert path.endswith("/simulateur-ethique/")
    html = client.get(path).content.decode()
    assert re.search(r'<h1 class="page-title">.*Simulateur d(&#x27;|\')éthique</h1>', html)
    assert "fallback-notice" in html
    blocks = _json_block(html, "lab-data")["blocks"]
    assert blocks[0]["value"]["title"] == "The CV screener"


def test_every_control_is_labelled_and_grouped(client, page):
    html = client.get("/en/lab/ethics-simulator/").content.decode()
    parser = _Controls()
    parser.feed(html)
    ranges = [c for c in parser.controls if c.get("type") == "range"]
    assert [c["id"] for c in ranges] == ["ethics-threshold-A", "ethics-threshold-B"]
    for control in parser.controls:
        assert control["id"] in parser.label_for or control.get("aria-label"), control
    for control in ranges:
        assert (control["min"], control["max"], control["step"]) == ("0", "100", "1")
    assert parser.buttons == [
        "Decide",
        "Choose differently",
        "Next scenario",
        "See the summary",
        "Start the scenarios again",
        "One threshold for both groups",
        "Demographic parity (equal acceptance rates)",
        "Equal opportunity (equal true positive rates)",
    ]
    assert "<legend data-ethics-question-text>" in html
    assert '<pattern id="ethics-hatch"' in html  # striped bars: not colour alone
    assert "Threshold: the dashed line" in html
    # The same figures as text: a table per group and one across them.
    assert html.count('<table class="comparison-table ethics-table"') == 2
    for row in ("selectionRate", "tpr", "fpr", "fnr", "precision", "parity", "opportunity"):
        assert f'data-ethics-row="{row}"' in html


def test_without_javascript_the_page_explains_itself(client, page):
    html = client.get("/nl/lab/ethiek-simulator/").content.decode()
    assert "data-lab-needs-js" in html
    assert "data-lab-app hidden" in html
    assert "Demografische pariteit vraagt om gelijke acceptatiepercentages" in html
    assert "Speel een scenario twee keer" in html


def test_every_string_the_javascript_shows_is_declared():
    used = set(re.findall(r'ctx\.t\(\s*"([\w.]+)"', APP))
    used |= {f"impact.{impact}" for impact, _label in ethics.IMPACT_CHOICES}
    used |= {"group.A", "group.B"}
    messages = APP.split("const messages = {")[1].split("};")[0]
    used |= set(re.findall(r':\s*"([a-z_]+)"', messages))
    declared = set(ethics.EXPERIMENT.strings)
    assert used - declared == set()
    assert declared - used == set(), "strings nobody shows"
    for key, text in ethics.EXPERIMENT.strings.items():
        assert "%" not in str(text), key
    # Placeholders the code fills are the ones the texts contain.
    assert set(re.findall(r"\{(\w+)\}", str(ethics.EXPERIMENT.strings["status"]))) == {
        "a",
        "b",
        "selection_a",
        "selection_b",
        "accuracy",
    }


def test_a_scenario_needs_two_decisions_and_known_impacts():
    block = ethics.ScenarioBlock()
    consequence = {"who": "Patients", "what": "They wait.", "impact": "harmed"}
    decision = {"label": "Wait", "consequences": [consequence], "reflection": ""}
    value = {"title": "T", "situation": "S", "question": "Q?", "choices": [decision]}
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(value))
    value["choices"] = [decision, {**decision, "label": "Act"}]
    assert block.clean(block.to_python(value))["choices"][1]["label"] == "Act"
    bad = {**consequence, "impact": "terrible"}
    value["choices"] = [decision, {**decision, "consequences": [bad]}]
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(value))


def test_demo_scenarios_match_across_languages():
    streams = DEMO["content"]
    assert set(DEMO_LANGUAGES) <= set(streams)
    english = streams["en"]
    assert len(english) >= 4
    for language in DEMO_LANGUAGES:
        assert DEMO["intro"][language] and DEMO["how_it_works"][language]
        stream = streams[language]
        assert len(stream) == len(english), language
        for translated, original in zip(stream, english, strict=True):
            # Same decisions with the same impacts in every language; the words differ.
            impacts = [
                [c["impact"] for c in choice["consequences"]]
                for choice in translated["value"]["choices"]
            ]
            expected = [
                [c["impact"] for c in choice["consequences"]]
                for choice in original["value"]["choices"]
            ]
            assert impacts == expected, (language, translated["value"]["title"])
            if language != "en":
                assert translated["value"]["title"] != original["value"]["title"]
    assert len(DEMO["title"]) == len(settings.LANGUAGES)
    every_impact = {
        c["impact"]
        for scenario in english
        for choice in scenario["value"]["choices"]
        for c in choice["consequences"]
    }
    assert every_impact == {"helped", "harmed", "mixed"}
