"""Site settings are the one place for the project's addresses: the menus' settings links,
the footer's social links and the community links block all read them (issue 13, point 9)."""

import pytest

from wagtail.models import Site

from site_config.demo import block
from site_config.models import MenuItem, NavigationSettings, SiteSettings, SocialLink
from tests.site_config.factories import MenuItemFactory, NavigationMenuFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

GITHUB = "https://github.com/example/educademy"
DONATE = "https://donate.example.org/educademy"


@pytest.fixture
def site_settings(home):
    conduct = StandardPageFactory(
        parent=home, title="Code of conduct", slug="code-of-conduct", slug_nl="gedragscode"
    )
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.github_url = GITHUB
    settings.donation_url = DONATE
    settings.contribute_url = "https://github.com/example/educademy/blob/main/CONTRIBUTING.md"
    settings.code_of_conduct_page = conduct
    settings.social_links = [SocialLink(name="Mastodon", url="https://social.example/@edu")]
    settings.save()
    return settings


@pytest.fixture
def footer(site_settings):
    column = NavigationMenuFactory(name="Footer: community")
    for kind, label, label_nl in [
        (MenuItem.Kind.GITHUB, "GitHub", "GitHub"),
        (MenuItem.Kind.CODE_OF_CONDUCT, "Code of conduct", "Gedragscode"),
        (MenuItem.Kind.DONATION, "Buy us a coffee", "Trakteer ons op koffie"),
    ]:
        MenuItemFactory(menu=column, kind=kind, label=label, label_nl=label_nl, link_url="")
    footer = NavigationMenuFactory(name="Footer")
    MenuItemFactory(
        menu=footer, kind=MenuItem.Kind.SUBMENU, label="Community", submenu=column, link_url=""
    )
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    navigation.footer_menu = footer
    navigation.save()
    return footer


def footer_html(client, language):
    html = client.get(f"/{language}/").content.decode()
    return html[html.index('<footer class="site-footer">') :]


@pytest.mark.parametrize(
    ("language", "conduct_url", "conduct_label"),
    [("en", "/en/code-of-conduct/", "Code of conduct"), ("nl", "/nl/gedragscode/", "Gedragscode")],
)
def test_footer_links_take_their_addresses_from_site_settings(
    client, footer, language, conduct_url, conduct_label
):
    html = footer_html(client, language)
    assert f'<a href="{GITHUB}">GitHub' in html
    assert f'<a href="{conduct_url}">{conduct_label}' in html
    assert f'<a href="{DONATE}">' in html
    assert '<a href="https://social.example/@edu" rel="me">Mastodon</a>' in html


def test_changing_a_setting_changes_every_link_at_once(client, footer, site_settings):
    assert GITHUB in footer_html(client, "en")
    site_settings.github_url = "https://codeberg.org/example/educademy"
    site_settings.save()
    html = footer_html(client, "en")
    assert GITHUB not in html
    assert '<a href="https://codeberg.org/example/educademy">GitHub' in html


def test_a_settings_link_whose_setting_is_empty_is_hidden(client, footer, site_settings):
    site_settings.donation_url = ""
    site_settings.save()
    html = footer_html(client, "nl")
    assert "Trakteer ons op koffie" not in html
    assert "Gedragscode" in html


def test_a_settings_link_needs_no_page_or_url(footer):
    item = MenuItem(menu=footer, kind=MenuItem.Kind.GITHUB, label="GitHub")
    item.clean()  # no "Choose a page or enter a URL" error
    assert item.url == GITHUB


@pytest.mark.parametrize(
    ("language", "github_label", "conduct_url"),
    [
        ("en", "Source code on GitHub", "/en/code-of-conduct/"),
        ("fr", "Code source sur GitHub", "/fr/code-of-conduct/"),
        ("nl", "Broncode op GitHub", "/nl/gedragscode/"),
    ],
)
def test_community_links_block_lists_the_settings_in_the_visitors_language(
    client, home, site_settings, language, github_label, conduct_url
):
    about = StandardPageFactory(parent=home, title="About", slug="about")
    about.body = [block("community_links", {"heading": "Find the project", "intro": ""})]
    about.save_revision().publish()
    html = client.get(f"/{language}/about/").content.decode()
    section = html[html.index('<section class="content-section community-links">') :]
    assert f'<a href="{GITHUB}">{github_label}</a>' in section
    assert f'<a href="{conduct_url}">' in section
    assert f'<a href="{DONATE}">' in section
    assert 'rel="me">Mastodon</a>' in section
