"""The site's demo content: read from content/site/, loaded idempotently, every language of a
body written only when that language is complete, menus built from the menu files.

Loading takes a while, so each test checks several things about one load.
"""

import pytest

from django.utils.html import strip_tags

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from site_config import demo
from site_config.content_files import ContentFileError, read_yaml
from site_config.models import (
    FAQPage,
    HomePage,
    MenuItem,
    NavigationMenu,
    NavigationSettings,
    SiteSettings,
    StandardPage,
)

pytestmark = pytest.mark.django_db


def _body(page, code):
    return list(getattr(page, build_localized_fieldname("body", code)).raw_data)


@pytest.fixture
def loaded(db):
    demo.load_pages()
    demo.load_navigation()


def test_pages_come_from_the_files_in_their_complete_languages(loaded):
    home_file = read_yaml("site/home.yaml")
    home = HomePage.objects.get()
    assert home.title_nl == home_file["title"]["nl"]
    assert home.hero_intro_ja == home_file["hero_intro"]["ja"]
    complete = set(demo.complete_languages(home_file["body"]))
    assert "en" in complete
    for code in ("en", "fr", "nl", "ar", "ja"):
        assert bool(_body(home, code)) == (code in complete), code

    about_file = read_yaml("site/pages/about.yaml")
    about = StandardPage.objects.get(slug_en="about")
    assert about.slug_fr == about_file["slug"]["fr"]
    sections = [b["value"] for b in _body(about, "en") if b["type"] == "section"]
    assert [s["anchor"] for s in sections] == [
        entry["anchor"] for entry in about_file["body"] if entry["type"] == "section"
    ]
    first_paragraph = about_file["body"][0]["text"][0]["en"]
    assert strip_tags(sections[0]["text"]).startswith(first_paragraph[:40])
    assert _body(about, "en")[-1]["type"] == "community_links"

    faq_file = read_yaml("site/faq.yaml")
    faq = FAQPage.objects.get()
    groups = _body(faq, "en")
    assert [g["value"]["heading"] for g in groups] == [
        g["heading"]["en"] for g in faq_file["groups"]
    ]
    assert sum(len(g["value"]["questions"]) for g in groups) == sum(
        len(g["questions"]) for g in faq_file["groups"]
    )
    assert StandardPage.objects.filter(slug_en="code-of-conduct").exists()


def test_a_block_has_the_same_id_in_every_language(loaded):
    about = StandardPage.objects.get(slug_en="about")
    english_ids = [b["id"] for b in _body(about, "en")]
    assert len(set(english_ids)) == len(english_ids)
    assert [b["id"] for b in _body(about, "nl")] == english_ids
    faq = FAQPage.objects.get()
    assert [b["id"] for b in _body(faq, "ar")] == [b["id"] for b in _body(faq, "en")]


def test_settings_and_menus_come_from_the_files(loaded):
    site = Site.objects.get(is_default_site=True)
    settings_file = read_yaml("site/settings.yaml")
    site_settings = SiteSettings.for_site(site)
    assert site.site_name == settings_file["site_name"]
    assert site_settings.tagline_hi == settings_file["tagline"]["hi"]
    assert site_settings.code_of_conduct_page.slug == settings_file["code_of_conduct_page"]
    assert [link.name for link in site_settings.social_links.all()] == [
        link["name"] for link in settings_file["social_links"]
    ]

    navigation = NavigationSettings.for_site(site)
    header = list(navigation.header_menu.items.order_by("sort_order"))
    # Only the site's own pages exist here: items linking to the blog, careers, FAQ… are
    # left out unless their page exists (the FAQ does).
    assert [item.kind for item in header] == [
        MenuItem.Kind.LEARNING_PATHS,
        MenuItem.Kind.LINK,
        MenuItem.Kind.SUBMENU,
    ]
    assert header[1].link_page.specific == FAQPage.objects.get()
    about_items = list(header[2].submenu.items.order_by("sort_order"))
    assert [item.link_url for item in about_items[:2]] == ["#mission", "#values"]
    assert about_items[-1].kind == MenuItem.Kind.GITHUB and about_items[-1].icon

    footer_file = read_yaml("site/menus/footer.yaml")
    columns = list(navigation.footer_menu.items.order_by("sort_order"))
    assert [c.label_de for c in columns] == [c["label"]["de"] for c in footer_file["items"]]
    learn = list(columns[0].submenu.items.order_by("sort_order"))
    assert len(learn) == 0  # programs, lessons and the Lab come from other apps' loaders


def test_loading_twice_changes_nothing_and_keeps_editors_work(loaded):
    about = StandardPage.objects.get(slug_en="about")
    about.title_en = "About us (edited)"
    about.save_revision().publish()
    counts = (Page.objects.count(), NavigationMenu.objects.count(), MenuItem.objects.count())
    demo.load_pages()
    demo.load_navigation()
    assert (Page.objects.count(), NavigationMenu.objects.count(), MenuItem.objects.count()) == (
        counts
    )
    assert StandardPage.objects.get(slug_en="about").title_en == "About us (edited)"


def test_a_deleted_demo_page_comes_back(loaded):
    StandardPage.objects.get(slug_en="contribute").delete()
    demo.load_pages()
    assert StandardPage.objects.filter(slug_en="contribute").count() == 1


FAQ_FILE = {
    "slug": {"en": "faq", "de": "haeufige-fragen"},
    "title": {"en": "FAQ", "de": "FAQ"},
    "intro": {"en": "Answers."},
    "groups": [
        {
            "heading": {"en": "Start", "de": "Start", "fr": "Début"},
            "questions": [
                {
                    "question": {"en": "Free?", "de": "Kostenlos?", "fr": "Gratuit ?"},
                    "answer": {"en": "Yes.", "de": "Ja, mit **Nachdruck**."},
                }
            ],
        }
    ],
}


def test_a_language_is_written_only_where_the_whole_body_has_it(db, monkeypatch):
    demo.load_home()
    monkeypatch.setattr(demo, "read_yaml", lambda path: FAQ_FILE)
    faq = demo.load_faq(HomePage.objects.get())
    assert faq.slug_de == "haeufige-fragen" and not faq.intro_de
    assert _body(faq, "fr") == []  # the answer has no French
    group = _body(faq, "de")[0]["value"]
    assert group["questions"] == [
        {"question": "Kostenlos?", "answer": "<p>Ja, mit <b>Nachdruck</b>.</p>"}
    ]


def test_in_language_replaces_every_language_map():
    tree = {"type": "section", "heading": {"en": "Hi", "nl": "Hoi"}, "text": [{"en": "A"}]}
    assert demo.in_language(tree, "en") == {"type": "section", "heading": "Hi", "text": ["A"]}
    assert demo.in_language(tree, "nl") is None
    assert demo.in_language({"heading": {"en": "Hi", "nl": ""}}, "nl") is None
    assert demo.in_language({"name": "About", "items": []}, "fr") == {"name": "About", "items": []}


def test_markdown_paragraphs_are_converted_and_unsafe_links_refused():
    html = demo.markdown_paragraphs(["One *idea*.", "[Guide](https://example.org/) & more"], "x")
    assert (
        html == '<p>One <i>idea</i>.</p><p><a href="https://example.org/">Guide</a> &amp; more</p>'
    )
    assert demo.markdown_paragraphs("<b>typed</b>", "x") == "<p>&lt;b&gt;typed&lt;/b&gt;</p>"
    with pytest.raises(ContentFileError, match="content/site/faq.yaml"):
        demo.markdown_paragraphs("[click](javascript:alert(1))", "content/site/faq.yaml")


def test_an_unknown_menu_item_kind_names_the_file():
    item = {"kind": "megamenu", "label": {"en": "More"}}
    with pytest.raises(ContentFileError, match="content/site/menus/header.yaml.*megamenu"):
        demo._menu_item(item, "content/site/menus/header.yaml")


def test_a_broken_content_file_is_named_in_the_error(settings, tmp_path):
    (tmp_path / "content" / "site").mkdir(parents=True)
    (tmp_path / "content" / "site" / "bad.yaml").write_text("title: [unclosed\n")
    settings.BASE_DIR = tmp_path
    with pytest.raises(ContentFileError, match="content/site/bad.yaml: invalid YAML"):
        read_yaml("site/bad.yaml")
    with pytest.raises(ContentFileError, match="content/site/missing.yaml"):
        read_yaml("site/missing.yaml")
