"""The page cache: anonymous visitors get stored pages, every change an editor makes shows
at once (in every process sharing the cache), and nobody gets a page meant for someone else."""

import datetime

import pytest
import wagtail_factories

from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Site

from blog.models import BlogSettings
from content_translation.importer import import_files
from site_config import chrome_cache, page_cache
from site_config.models import NavigationSettings, SiteSettings
from tests.blog.factories import (
    AuthorFactory,
    BlogIndexPageFactory,
    BlogPageFactory,
    BlogTagFactory,
)
from tests.careers.factories import CareersIndexPageFactory
from tests.content_translation.helpers import export, translate
from tests.content_translation.test_import import ctx
from tests.site_config.factories import MenuItemFactory, NavigationMenuFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

# Written behind the cache's back (a queryset update sends no signal): a page showing it
# was rendered after the change, one without it came from the cache.
FRESH = "Fresh from the database"


def text(response):
    assert response.status_code == 200
    return response.content.decode()


def queries(client, url):
    with CaptureQueriesContext(connection) as context:
        client.get(url)
    return len(context)


def cached(client, url):
    """Fill the cache for `url` and prove the next answer comes from it."""
    client.get(url)  # the first request creates the settings rows (a content change)
    client.get(url)
    SiteSettings.objects.update(site_name=FRESH)
    assert FRESH not in text(client.get(url))
    assert queries(client, url) == 0


@pytest.fixture
def site(home):
    default_site = Site.objects.get(is_default_site=True)
    for setting in (SiteSettings, NavigationSettings, BlogSettings):
        setting.for_site(default_site)
    blog = BlogIndexPageFactory(parent=home, title="Blog", slug="blog")
    author = AuthorFactory(name="The team")
    tag = BlogTagFactory(name="python", slug="python", label_en="Python")
    article = BlogPageFactory(parent=blog, title="First article", authors=[author], tags=[tag])
    return {"home": home, "blog": blog, "article": article, "author": author, "tag": tag}


# --- Hits ---------------------------------------------------------------------------
def test_a_second_visit_is_served_from_the_cache(client, site):
    url = site["article"].url
    first = text(client.get(url))
    assert queries(client, url) == 0
    assert text(client.get(url)) == first


def test_each_language_and_listing_page_is_its_own_entry(client, site):
    english, dutch = text(client.get("/en/blog/")), text(client.get("/nl/blog/"))
    assert '<html lang="en"' in english and '<html lang="nl"' in dutch
    assert '<html lang="nl"' in text(client.get("/nl/blog/"))
    assert client.get("/en/blog/?page=1").status_code == 200
    assert client.get("/en/blog/?page=9").status_code == 404  # not a stored page 1


def test_two_cache_clients_on_one_store_share_pages_and_see_a_publish(client, site, monkeypatch):
    """Two app processes: each has its own cache client on the same store."""
    url = site["article"].url
    worker_a, worker_b = caches.create_connection("default"), caches.create_connection("default")

    def serve_from(worker):
        monkeypatch.setattr(page_cache, "cache", worker)
        monkeypatch.setattr(chrome_cache, "cache", worker)

    serve_from(worker_a)
    assert "First article" in text(client.get(url))
    serve_from(worker_b)
    assert queries(client, url) == 0  # the page worker A stored

    serve_from(worker_a)  # the editor's publish is handled by worker A
    article = site["article"]
    article.title = "Renamed article"
    article.save_revision().publish()
    serve_from(worker_b)
    html = text(client.get(url))
    assert "Renamed article" in html and "First article" not in html


def test_a_page_cache_of_zero_seconds_renders_every_request(client, site, settings, stored_pages):
    settings.PAGE_CACHE_SECONDS = 0
    url = site["article"].url
    client.get(url)
    response = client.get(url)
    assert "First article" in text(response)
    assert stored_pages == []  # nothing kept, so nothing served from the page cache
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=0"


# --- Invalidation -------------------------------------------------------------------
def _publish(site):
    site["article"].save_revision().publish()


def _unpublish(site):
    BlogPageFactory(parent=site["blog"], title="Second article").unpublish()


def _prepare_scheduled_article(site):
    article = BlogPageFactory(parent=site["blog"], title="Scheduled", live=False)
    article.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))


def _prepare_expiring_article(site):
    article = BlogPageFactory(parent=site["blog"], title="Expiring")
    article.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    article.save()


def _publish_scheduled(site):
    call_command("publish_scheduled", verbosity=0)


def _prepare_pages_to_move(site):
    site["about"] = StandardPageFactory(parent=site["home"], title="About", slug="about")
    site["team"] = StandardPageFactory(parent=site["home"], title="Team", slug="team")


def _move(site):
    site["team"].move(site["about"], pos="last-child")


def _delete(site):
    BlogPageFactory(parent=site["blog"], title="Doomed").delete()


def _save_snippet(site):
    site["author"].save()


def _delete_snippet(site):
    AuthorFactory(name="Guest").delete()


def _save_settings(site):
    BlogSettings.objects.get().save()


def _edit_menu(site):
    MenuItemFactory(menu=NavigationMenuFactory(name="Header"), label="Extra", link_url="/en/")


def _prepare_image(site):
    site["image"] = wagtail_factories.ImageFactory(title="Cover")


def _change_image(site):
    site["image"].title = "A better cover title"
    site["image"].save()


def _change_document(site):
    wagtail_factories.DocumentFactory(title="Syllabus")


def _prepare_translation(site, tmp_path):
    site["po"] = translate(
        export(tmp_path), tmp_path / "nl.po", {ctx(site["about"], "title"): "Over ons"}
    )


def _import_translation(site):
    result = import_files([site["po"]], publish=True)
    assert result.written and result.changes


def _nothing(site):
    pass


CHANGES = {
    "publish": (_nothing, _publish),
    "unpublish": (_nothing, _unpublish),
    "scheduled publishing": (_prepare_scheduled_article, _publish_scheduled),
    "scheduled expiry": (_prepare_expiring_article, _publish_scheduled),
    "move": (_prepare_pages_to_move, _move),
    "delete": (_nothing, _delete),
    "snippet save": (_nothing, _save_snippet),
    "snippet delete": (_nothing, _delete_snippet),
    "settings save": (_nothing, _save_settings),
    "menu edit": (_nothing, _edit_menu),
    "image change": (_prepare_image, _change_image),
    "document change": (_nothing, _change_document),
}


@pytest.mark.parametrize("change", CHANGES)
def test_every_change_an_editor_makes_refreshes_cached_pages(client, site, change):
    prepare, make_change = CHANGES[change]
    prepare(site)
    url = site["article"].url
    cached(client, url)
    make_change(site)
    assert FRESH in text(client.get(url))


def test_load_demo_refreshes_cached_pages(client, site, settings):
    settings.DEMO_CONTENT_LOADERS = []  # the command's own refresh, without the demo content
    cached(client, site["article"].url)
    call_command("load_demo", verbosity=0)
    assert FRESH in text(client.get(site["article"].url))


def test_a_content_po_import_shows_in_cached_pages(client, site, tmp_path):
    _prepare_pages_to_move(site)
    _prepare_translation(site, tmp_path)
    cached(client, "/nl/about/")
    _import_translation(site)
    html = text(client.get("/nl/about/"))
    assert "Over ons" in html and FRESH in html


def test_visible_effects_of_publishing_and_scheduling(client, site):
    blog, article = site["blog"], site["article"]
    _prepare_scheduled_article(site)
    assert "Scheduled" not in text(client.get("/en/blog/"))
    _publish_scheduled(site)
    assert "Scheduled" in text(client.get("/en/blog/"))
    article.unpublish()
    assert client.get(article.url).status_code == 404
    assert "First article" not in text(client.get(blog.url))


def test_a_moved_page_leaves_its_old_address(client, site):
    _prepare_pages_to_move(site)
    assert client.get("/en/team/").status_code == 200
    _move(site)
    assert client.get("/en/team/")["Location"] == "/en/about/team/"  # Wagtail's redirect
    assert "Team" in text(client.get("/en/about/team/"))


# --- Never stored -------------------------------------------------------------------
USERBAR = "w-userbar"


def test_an_editors_page_is_never_served_to_a_visitor(client, site, django_user_model):
    url = site["article"].url
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    assert USERBAR in text(client.get(url))
    client.logout()
    assert USERBAR not in text(client.get(url))
    assert USERBAR not in text(client.get(url))  # the stored page is the visitor's
    client.force_login(editor)
    assert USERBAR in text(client.get(url))  # and it is not served to the editor


def test_a_draft_preview_is_never_stored(editor, site):
    article = site["article"]
    article.title = "Secret draft title"
    article.save_revision()
    draft = editor.get(f"/admin/pages/{article.pk}/view_draft/")
    assert "Secret draft title" in text(draft)
    assert "no-store" in draft["Cache-Control"]
    editor.logout()
    html = text(editor.get(article.url))
    assert "Secret draft title" not in html and "First article" in html


@pytest.mark.parametrize(
    "query", ["?q=python", "?utm_source=mail", "?page=1&page=2", "?page=" + "1" * 20]
)
def test_search_results_and_unknown_queries_render_and_are_not_stored(
    client, site, query, stored_pages
):
    url = "/en/blog/" + query
    client.get(url)
    assert client.get(url).status_code in (200, 404)
    assert stored_pages == []  # so each request renders: the cache serves only what it stored
    client.get("/en/blog/")
    assert len(stored_pages) == 1  # the spy sees a real page being stored


def test_the_careers_chooser_result_is_not_stored(client, site, stored_pages):
    careers = CareersIndexPageFactory(parent=site["home"], title="Careers", slug="careers")
    url = careers.url + "chooser/?code=yes&research=no"
    assert client.get(url).status_code == 200
    client.get(url)
    assert stored_pages == []
    client.get(careers.url)
    assert len(stored_pages) == 1  # the spy sees a real page being stored


def test_hostile_query_strings_and_paths_store_no_page(client, site, stored_pages):
    stored = stored_pages
    for number in range(10):
        client.get(f"/en/blog/?q=spam{number}")
        client.get(f"/en/blog/?junk{number}=1")
        client.get(f"/en/blog/?page={number + 5}")  # past the last page: 404
        client.get(f"/en/no-such-page-{number}/")
    assert stored == []
    client.get("/en/blog/")
    assert len(stored) == 1  # the spy sees a real page being stored


def test_post_and_responses_with_cookies_are_not_stored(rf):
    request = rf.get("/en/blog/")
    response = page_cache.HttpResponse("hello")
    assert page_cache.is_public_response(request, response)
    response.set_cookie("tracking", "1")
    assert not page_cache.is_public_response(request, response)
    assert page_cache.cache_key(rf.post("/en/blog/")) is None
    with_session = rf.get("/en/blog/")
    with_session.COOKIES["sessionid"] = "x"
    assert page_cache.cache_key(with_session) is None
