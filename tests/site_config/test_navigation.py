"""Header and footer menus come from the admin, in the visitor's language, and stay fresh."""

import pytest

from wagtail.models import Site

from site_config.models import MenuItem, NavigationSettings, SiteSettings
from tests.site_config.factories import MenuItemFactory, NavigationMenuFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def menus(home):
    about = StandardPageFactory(parent=home, title="About", slug="about", slug_nl="over-ons")
    header = NavigationMenuFactory(name="Header")
    MenuItemFactory(
        menu=header, label="About us", label_nl="Over ons", link_page=about, link_url=""
    )
    about_menu = NavigationMenuFactory(name="About")
    MenuItemFactory(
        menu=about_menu,
        label="Our mission",
        label_nl="Onze missie",
        link_page=about,
        link_url="#mission",
    )
    MenuItemFactory(
        menu=header,
        kind=MenuItem.Kind.SUBMENU,
        label="More",
        label_nl="Meer",
        submenu=about_menu,
        link_url="",
    )
    footer = NavigationMenuFactory(name="Footer")
    MenuItemFactory(
        menu=footer,
        kind=MenuItem.Kind.SUBMENU,
        label="Community",
        label_nl="Gemeenschap",
        submenu=about_menu,
        link_url="",
    )
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    navigation.header_menu = header
    navigation.footer_menu = footer
    navigation.save()
    return header


def test_header_menu_shows_translated_labels_and_links(client, menus):
    html = client.get("/nl/").content.decode()
    assert '<a class="main-nav-link" href="/nl/over-ons/">Over ons</a>' in html
    assert "Meer<span" in html
    assert 'href="/nl/over-ons/#mission"' in html and "Onze missie" in html


def test_footer_columns_come_from_dropdown_items(client, menus):
    html = client.get("/en/").content.decode()
    assert '<h2 class="footer-heading" id="footer-col-1">Community</h2>' in html


def test_saving_a_menu_item_refreshes_the_cached_header(client, menus):
    assert "About us" in client.get("/en/").content.decode()
    item = menus.items.get(label_en="About us")
    item.label_en = "Who we are"
    item.save()
    html = client.get("/en/").content.decode()
    assert "Who we are" in html and "About us" not in html


def test_cached_header_keeps_its_query_count_flat(
    client, menus, django_assert_max_num_queries, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # a render with cached fragments, not a cached page
    client.get("/en/")  # fill the chrome cache
    with django_assert_max_num_queries(12):
        client.get("/en/")


def test_menu_item_requires_a_target():
    item = MenuItem(kind=MenuItem.Kind.LINK, label="Broken")
    with pytest.raises(Exception, match="Choose a page or enter a URL"):
        item.clean()
    submenu = MenuItem(kind=MenuItem.Kind.SUBMENU, label="Broken")
    with pytest.raises(Exception, match="Choose the menu"):
        submenu.clean()


def test_site_settings_text_is_translated(client, home):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.tagline_en = "AI for everyone"
    settings.tagline_ar = "الذكاء الاصطناعي للجميع"
    settings.save()
    assert "الذكاء الاصطناعي للجميع" in client.get("/ar/").content.decode()
    assert "AI for everyone" in client.get("/fr/").content.decode()  # English fallback


def test_language_switcher_keeps_the_visitor_on_the_same_page(client, home):
    StandardPageFactory(
        parent=home, title="About", slug="about", slug_nl="over-ons", slug_ar="من-نحن"
    )
    html = client.get("/en/about/").content.decode()
    assert 'href="/nl/over-ons/" hreflang="nl"' in html
    assert (
        'href="/ar/%D9%85%D9%86-%D9%86%D8%AD%D9%86/" hreflang="ar"' in html
        or 'href="/ar/من-نحن/" hreflang="ar"' in html
    )
    assert '<span lang="nl">Nederlands</span>' in html


def test_language_switcher_marks_languages_without_their_own_content(client, home):
    StandardPageFactory(
        parent=home,
        title="About",
        slug="about",
        body=[{"type": "paragraph", "value": "<p>English.</p>"}],
        body_nl=[{"type": "paragraph", "value": "<p>Nederlands.</p>"}],
    )
    switcher = client.get("/en/about/").content.decode().split('class="language-list"')[1]
    dutch = switcher.split('hreflang="nl"')[1].split("</a>")[0]
    french = switcher.split('hreflang="fr"')[1].split("</a>")[0]
    assert "language-untranslated" not in dutch
    assert '<span class="language-untranslated">(partly in English)</span>' in french


@pytest.mark.parametrize("language", ["en", "ar"])
def test_language_switcher_keeps_page_search_and_filter(client, home, language):
    StandardPageFactory(parent=home, title="About", slug="about", slug_nl="over-ons")
    prefix = f"/{language}/about/"
    if language == "ar":
        prefix = client.get("/en/about/").content.decode()
        prefix = prefix.split('hreflang="ar"')[0].rsplit('href="', 1)[1].split('"')[0]
    html = client.get(prefix + "?page=2&q=neural+net&kind=builds&utm_source=x").content.decode()
    switcher = html.split('class="language-list"')[1]
    assert 'href="/nl/over-ons/?page=2&amp;kind=builds&amp;q=neural+net" hreflang="nl"' in switcher
    assert "utm_source" not in switcher
    # The canonical and alternate links stay without a query.
    assert '<link rel="alternate" hreflang="nl" href="http://testserver/nl/over-ons/">' in html


def test_language_switcher_adds_no_query_of_its_own(client, home):
    StandardPageFactory(parent=home, title="About", slug="about", slug_nl="over-ons")
    switcher = client.get("/en/about/?page=").content.decode().split('class="language-list"')[1]
    assert 'href="/nl/over-ons/" hreflang="nl"' in switcher
