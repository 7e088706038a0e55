"""The Lab's pages: tree rules, routing per language, the header dropdown, data blocks."""

import json
import re

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from wagtail.models import Site

from lab.experiments import EXPERIMENTS, KEYS
from lab.models import ExperimentPage, LabIndexPage
from site_config.models import HomePage, MenuItem, NavigationSettings
from tests.lab.factories import ExperimentPageFactory, LabIndexPageFactory
from tests.query_counts import warm_queries
from tests.site_config.factories import MenuItemFactory, NavigationMenuFactory
from tests.sitemap_files import sitemap_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def lab(home):
    return LabIndexPageFactory(
        parent=home, title_nl="Het lab", title_ar="المختبر", slug_nl="lab", slug_ar="lab"
    )


@pytest.fixture
def playground(lab):
    return ExperimentPageFactory(
        parent=lab,
        title="Neural network playground",
        title_nl="Speeltuin voor neurale netwerken",
        title_ar="ملعب الشبكات العصبية",
        slug="neural-network-playground",
        slug_nl="neurale-netwerken",
        intro_nl="Train een klein netwerk.",
        how_it_works_nl="<p>Het leert van punten.</p>",
        what_to_try_nl="<ul><li>Voeg ruis toe.</li></ul>",
    )


@pytest.fixture
def lab_menu(home):
    menu = NavigationMenuFactory(name="Header")
    MenuItemFactory(menu=menu, kind=MenuItem.Kind.LAB, label="Lab", label_nl="Lab", link_url="")
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    navigation.header_menu = menu
    navigation.save()
    return menu


def _json_block(html, element_id):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html)
    assert match, f"no #{element_id} data block"
    return json.loads(match.group(1))


class TestTreeRules:
    def test_one_lab_under_home_holding_experiments(self):
        assert LabIndexPage.allowed_parent_page_models() == [HomePage]
        assert LabIndexPage.allowed_subpage_models() == [ExperimentPage]
        assert LabIndexPage.max_count == 1

    def test_experiments_live_only_in_the_lab(self):
        assert ExperimentPage.allowed_parent_page_models() == [LabIndexPage]
        assert ExperimentPage.allowed_subpage_models() == []


def test_registry_lists_the_seven_experiments_each_with_its_files():
    assert set(EXPERIMENTS) == set(KEYS)
    assert len(KEYS) == 7
    names = [name for experiment in EXPERIMENTS.values() for name in experiment.block_names]
    assert len(names) == len(set(names)), "block names must be unique across the Lab"


@pytest.mark.parametrize(
    ("language", "path", "title", "intro"),
    [
        ("en", "/en/lab/neural-network-playground/", "Neural network playground", "Train a small"),
        ("nl", "/nl/lab/neurale-netwerken/", "Speeltuin voor neurale netwerken", "Train een klein"),
        ("ar", "/ar/lab/neural-network-playground/", "ملعب الشبكات العصبية", "Train a small"),
    ],
)
def test_experiment_has_its_own_translated_address(
    client, playground, language, path, title, intro
):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="page-title">' in html and title in html
    assert intro in html
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in html
    assert 'data-lab-experiment="neural_network"' in html
    assert "data-lab-needs-js" in html
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
    assert canonical.endswith(path)
    assert html.count('rel="alternate" hreflang=') == 12  # 11 languages + x-default


def test_english_fallback_is_marked_per_field(client, playground):
    html = client.get("/ar/lab/neural-network-playground/").content.decode()
    assert '<p class="page-intro" lang="en" dir="ltr">Train a small network.</p>' in html
    assert 'aria-labelledby="how-it-works" lang="en" dir="ltr"' in html
    assert "fallback-notice" in html
    dutch = client.get("/nl/lab/neurale-netwerken/").content.decode()
    assert 'lang="en" dir="ltr">Train' not in dutch
    assert "fallback-notice" not in dutch


def test_page_hands_strings_data_and_files_to_javascript(client, playground):
    html = client.get("/nl/lab/neurale-netwerken/").content.decode()
    strings = _json_block(html, "lab-strings")
    assert strings["lab.reset_done"]
    assert _json_block(html, "lab-data") == {"blocks": []}
    assert isinstance(_json_block(html, "lab-files"), dict)
    assert re.search(r'<script type="module" src="/static/lab/neural_network/app.js"', html)
    assert "<script>" not in html and "style=" not in html


def test_json_ld_is_an_active_learning_resource(client, playground):
    html = client.get("/en/lab/neural-network-playground/").content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    data = json.loads(blocks[0])
    assert data["@type"] == "LearningResource"
    assert data["interactivityType"] == "active"
    assert data["isAccessibleForFree"] is True
    assert data["url"].endswith("/en/lab/neural-network-playground/")
    assert data["isPartOf"]["name"] == "The Lab"


def test_open_graph_describes_the_experiment(client, playground):
    html = client.get("/nl/lab/neurale-netwerken/").content.decode()
    assert '<meta property="og:title" content="Speeltuin voor neurale netwerken">' in html
    assert '<meta property="og:description" content="Train een klein netwerk.">' in html
    og_url = r'<meta property="og:url" content="http[^"]+/nl/lab/neurale-netwerken/">'
    assert re.search(og_url, html)


def test_index_lists_experiments_with_a_translated_count(client, lab, playground):
    ExperimentPageFactory(parent=lab, experiment="chatbot", title="Chatbot builder", slug="chat")
    ExperimentPageFactory(parent=lab, title="Draft", slug="draft", live=False)
    english = client.get("/en/lab/").content.decode()
    assert "2 experiments" in english
    assert english.index("Neural network playground") < english.index("Chatbot builder")
    assert "Draft" not in english
    assert "2 experimenten" in client.get("/nl/lab/").content.decode()


def test_header_dropdown_lists_each_experiment_with_its_own_link(client, lab, playground, lab_menu):
    ExperimentPageFactory(parent=lab, experiment="ethics", title="Ethics simulator", slug="ethics")
    html = client.get("/nl/").content.decode()
    assert "2 experimenten" in html
    assert 'href="/nl/lab/neurale-netwerken/"' in html
    assert 'href="/nl/lab/ethics/"' in html
    assert 'href="/nl/lab/"' in html


def test_header_dropdown_queries_do_not_grow_with_experiments(client, lab, lab_menu):
    ExperimentPageFactory(parent=lab, slug="one")
    few = warm_queries(client, "/en/lab/")
    for n in range(6):
        ExperimentPageFactory(parent=lab, slug=f"more-{n}")
    assert len(warm_queries(client, "/en/lab/")) == len(few)


def test_content_blocks_must_belong_to_the_experiment(lab):
    page = ExperimentPage(title="Stray", slug="stray", experiment="neural_network")
    block_name = next(
        name for experiment in EXPERIMENTS.values() for name in experiment.block_names
    )
    page.content = [{"type": block_name, "value": {}}]
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "does not use these blocks" in str(error.value)


def test_unknown_experiment_path_is_a_translated_404(client, lab):
    response = client.get("/nl/lab/no-such-experiment/")
    assert response.status_code == 404


def test_related_experiment_card_on_a_program(client, home, playground):
    from tests.learning.factories import ProgramPageFactory, ProgramsIndexPageFactory

    index = ProgramsIndexPageFactory(parent=home)
    ProgramPageFactory(parent=index, slug="ai-seeds", related_experiment=playground)
    response = client.get("/nl/programs/ai-seeds/")
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override("nl"):
        kicker = translation.gettext("Try it in the Lab")
    assert kicker != "Try it in the Lab"
    assert f'<p class="lab-related-kicker">{kicker}</p>' in html
    assert 'href="/nl/lab/neurale-netwerken/"' in html
    playground.unpublish()
    after = client.get("/nl/programs/ai-seeds/").content.decode()
    assert 'href="/nl/lab/neurale-netwerken/"' not in after


def test_sitemap_lists_the_lab_in_every_language(client, lab, playground):
    xml = sitemap_text(client)
    assert "/en/lab/neural-network-playground/" in xml
    assert "/nl/lab/neurale-netwerken/" in xml
    assert "/ar/lab/neural-network-playground/" in xml
    assert "/nl/lab/</loc>" in xml
