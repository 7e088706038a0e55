"""Work computed once per content version inside a render (docs/caching.md, "Computed
once"): page fragments, routes and listing facts. Each is reused while nothing changes,
replaced by any editor's change, and never used for a preview."""

import re

import pytest

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Page, PageViewRestriction, Site

from blog.models import BlogPage, BlogSettings, paginate
from site_config.chrome_cache import bump_content_version, computed_once
from site_config.models import NavigationSettings, SiteSettings
from site_config.visibility import restricted_paths
from tests.blog.factories import BlogIndexPageFactory, BlogPageFactory, paragraph

pytestmark = pytest.mark.django_db

BEHIND_THE_CACHE = "Written behind the cache's back"


@pytest.fixture(autouse=True)
def _renders(settings):
    settings.PAGE_CACHE_SECONDS = 0  # every request renders: what is reused is inside it


@pytest.fixture
def article(home):
    blog = BlogIndexPageFactory(parent=home, title="Blog", slug="blog")
    page = BlogPageFactory(
        parent=blog,
        title="Fragments",
        slug="fragments",
        body=[paragraph("<p>Original words</p>")],
        body_nl=[paragraph("<p>Oorspronkelijke woorden</p>")],
    )
    page.save_revision().publish()
    for setting in (SiteSettings, NavigationSettings, BlogSettings):
        setting.for_site(Site.objects.get(is_default_site=True))  # created on first read
    return BlogPage.objects.get(pk=page.pk)


def text(response):
    assert response.status_code == 200
    return response.content.decode()


def write_body_behind_the_cache(article):
    # A queryset update sends no signal: a render showing it did not reuse a fragment.
    body = BlogPage._meta.get_field("body").to_python(
        [{"type": "paragraph", "value": f"<p>{BEHIND_THE_CACHE}</p>"}]
    )
    BlogPage.objects.filter(pk=article.pk).update(body_en=body)


def test_a_fragment_is_reused_until_the_content_changes(client, article):
    assert "Original words" in text(client.get("/en/blog/fragments/"))
    write_body_behind_the_cache(article)
    assert BEHIND_THE_CACHE not in text(client.get("/en/blog/fragments/"))
    bump_content_version()  # what any publish or snippet save does
    assert BEHIND_THE_CACHE in text(client.get("/en/blog/fragments/"))


def test_each_language_has_its_own_fragment(client, article):
    assert "Original words" in text(client.get("/en/blog/fragments/"))
    dutch = text(client.get("/nl/blog/fragments/"))
    assert "Oorspronkelijke woorden" in dutch and "Original words" not in dutch


def test_a_draft_is_shown_in_its_preview_while_visitors_get_the_live_fragment(
    client, django_user_model, article
):
    draft = BlogPage.objects.get(pk=article.pk)
    draft.body = [paragraph("<p>Draft words</p>")]
    draft.save_revision()
    assert "Original words" in text(client.get("/en/blog/fragments/"))  # fills the fragment
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    preview = text(client.get(f"/admin/pages/{article.pk}/view_draft/"))
    assert "Draft words" in preview and "Original words" not in preview
    client.logout()
    live = text(client.get("/en/blog/fragments/"))
    assert "Original words" in live and "Draft words" not in live


def test_a_route_is_reused_until_the_content_changes(client, article):
    assert client.get("/en/blog/fragments/").status_code == 200
    Page.objects.filter(pk=article.pk).update(slug_en="renamed")
    assert client.get("/en/blog/fragments/").status_code == 200  # the stored route
    bump_content_version()
    assert client.get("/en/blog/fragments/").status_code == 404
    assert client.get("/en/blog/renamed/").status_code == 200


def test_a_path_that_leads_nowhere_stores_no_route(client, article):
    client.get("/en/blog/fragments/")
    before = len(cache._list_cache_files())
    for n in range(5):
        assert client.get(f"/en/blog/made-up-{n}/").status_code == 404
    assert len(cache._list_cache_files()) == before


def test_a_new_private_section_leaves_the_listings_at_once(client, article):
    assert "Fragments" in text(client.get("/en/blog/"))
    assert restricted_paths() == []
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert restricted_paths() == [article.path]
    assert "Fragments" not in text(client.get("/en/blog/"))


def test_a_page_made_private_asks_for_its_password_at_once(client, article):
    assert "Original words" in text(client.get("/en/blog/fragments/"))  # route and fragments
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    html = text(client.get("/en/blog/fragments/"))
    assert "Original words" not in html and 'name="password"' in html


def tables_read(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return {table for query in context for table in re.findall(r'FROM "(\w+)"', query["sql"])}


def test_a_render_reuses_the_site_its_settings_and_the_routed_pages(client, article):
    client.get("/en/blog/fragments/")
    read = tables_read(client, "/en/blog/fragments/")
    assert not read & {"wagtailcore_site", "site_config_sitesettings", "wagtailcore_page"}
    assert not read & {"blog_blogpage", "wagtailcore_pageviewrestriction"}


def test_saved_site_settings_and_sites_show_at_once(client, article):
    client.get("/en/blog/fragments/")
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    site_settings.site_name = "Renamed in the admin"
    site_settings.save()
    assert "Renamed in the admin" in text(client.get("/en/blog/fragments/"))
    site.hostname = "elsewhere.example.org"
    site.is_default_site = False
    site.save()
    assert client.get("/en/blog/fragments/").status_code == 404  # no site for this host


def test_the_admin_edits_the_settings_row_not_the_copy_pages_read(
    client, article, django_user_model
):
    client.get("/en/blog/fragments/")  # pages now read the settings from the cache
    renamed = "Renamed behind the cache"  # no character the admin form escapes
    SiteSettings.objects.update(site_name=renamed)
    assert renamed not in text(client.get("/en/blog/fragments/"))
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["site_config", "sitesettings", site.pk])
    assert renamed in text(client.get(url))


def test_computed_once_keeps_a_value_per_content_version():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert computed_once("test", compute, 1) == 1
    assert computed_once("test", compute, 1) == 1
    assert computed_once("test", compute, 2) == 2  # other parts, another value
    bump_content_version()
    assert computed_once("test", compute, 1) == 3


@pytest.mark.parametrize(
    ("number", "links"),
    [
        (1, [1, 2, 3, Paginator.ELLIPSIS, 100]),
        (50, [1, Paginator.ELLIPSIS, 48, 49, 50, 51, 52, Paginator.ELLIPSIS, 100]),
        (100, [1, Paginator.ELLIPSIS, 98, 99, 100]),
    ],
)
def test_pagination_links_do_not_grow_with_the_pages(number, links):
    request = RequestFactory().get("/en/blog/", {"page": number})
    assert paginate(list(range(1000)), request).page_links == links
