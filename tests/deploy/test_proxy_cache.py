"""deploy/varnish/default.vcl, as shipped, in front of the app (pytest-django's live
server): Debian's varnishd is started unprivileged on a loopback port, only the backend
address is substituted, and the app purges it through Wagtail's HTTP backend."""

import gzip
import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from django.conf import settings

from wagtail.models import PageViewRestriction

from blog.models import BlogTag
from tests.blog.factories import BlogIndexPageFactory, BlogPageFactory, BlogTagFactory
from tests.deploy.test_nginx import free_port, substitute, wait_for
from tests.site_config.factories import StandardPageFactory

REPO = Path(__file__).resolve().parents[2]
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
LANGUAGES = [code for code, _name in settings.LANGUAGES]
HOST = "localhost"  # the test site's hostname: the app purges http://localhost/…


class Proxy:
    def __init__(self, port):
        self.port = port

    def request(self, method, path, headers=None):
        status, response_headers, body = self.request_bytes(method, path, headers)
        return status, response_headers, body.decode()

    def request_bytes(self, method, path, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, path, headers={"Host": HOST, **(headers or {})})
            response = connection.getresponse()
            return response.status, response.headers, response.read()
        finally:
            connection.close()

    def get(self, path, **headers):
        return self.request("GET", path, headers)

    def cache_status(self, path, **headers):
        return self.get(path, **headers)[1]["X-Cache"]


@pytest.fixture
def proxy(django_db_serialized_rollback, live_server, tmp_path, settings):
    """Varnish in front of the live server. The live server makes the test transactional
    (it reads committed rows); the migrations' rows (locales, the root page) are restored
    for each test."""
    backend_port = live_server.url.rsplit(":", 1)[1]
    vcl = substitute(
        (REPO / "deploy" / "varnish" / "default.vcl").read_text(),
        {'.port = "8000";': f'.port = "{backend_port}";'},
    )
    (tmp_path / "default.vcl").write_text(vcl)
    port = free_port()
    process = subprocess.Popen(
        [VARNISHD, "-F", "-j", "none", "-n", str(tmp_path / "varnish")]
        + ["-a", f"127.0.0.1:{port}", "-f", str(tmp_path / "default.vcl")]
        + ["-s", "malloc,32m", "-p", "thread_pool_min=5"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(port, process)
        settings.WAGTAILFRONTENDCACHE = {
            "varnish": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": f"http://127.0.0.1:{port}",
            }
        }
        yield Proxy(port)
    finally:
        os.kill(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


@pytest.fixture
def article(home):
    blog = BlogIndexPageFactory(parent=home, title="Blog", slug="blog")
    tag = BlogTagFactory(name="python", slug="python", label_en="Python")
    article = BlogPageFactory(
        parent=blog, title="First light", slug="first", slug_nl="eerste", tags=[tag]
    )
    article.save_revision().publish()
    return article


def article_paths():
    return [f"/{code}/blog/{'eerste' if code == 'nl' else 'first'}/" for code in LANGUAGES]


def listing_paths():
    """Everything that shows the article besides its own page, in every language."""
    paths = ["/sitemap.xml", *(f"/sitemap-{code}.xml" for code in LANGUAGES)]
    for code in LANGUAGES:
        paths += [f"/{code}/", f"/{code}/blog/", f"/{code}/blog/tag/python/"]
        paths += [f"/{code}/blog/feed/rss/", f"/{code}/blog/feed/atom/"]
    return paths


def test_a_second_request_is_answered_by_the_proxy(proxy, article):
    status, headers, body = proxy.get("/en/blog/first/")
    assert (status, headers["X-Cache"]) == (200, "MISS")
    assert "First light" in body
    status, headers, again = proxy.get("/en/blog/first/")
    assert (status, headers["X-Cache"]) == (200, "HIT")
    assert int(headers["Age"]) >= 0
    assert again == body
    # The bookkeeping headers used for purging stay inside the proxy.
    assert "X-Url" not in headers and "X-Host" not in headers


def test_clients_without_gzip_share_an_uncompressed_copy_that_publishing_purges_too(proxy, article):
    path, gzip_only = "/en/blog/first/", {"Accept-Encoding": "gzip"}
    for _visit in range(2):
        _status, headers, zipped = proxy.request_bytes("GET", path, gzip_only)
    assert (headers["X-Cache"], headers["Content-Encoding"]) == ("HIT", "gzip")
    assert "First light" in gzip.decompress(zipped).decode()
    # Not the gzipped object decompressed per delivery: a copy of its own, kept as it is sent.
    assert proxy.cache_status(path) == "MISS"
    _status, headers, body = proxy.get(path)
    assert (headers["X-Cache"], headers.get("Content-Encoding")) == ("HIT", None)
    assert "First light" in body

    article.title = "Second light"
    article.save_revision().publish()

    assert proxy.request_bytes("GET", path, gzip_only)[1]["X-Cache"] == "MISS"
    _status, headers, body = proxy.get(path)
    assert headers["X-Cache"] == "MISS" and "Second light" in body


def test_publishing_purges_the_page_in_every_language_and_everything_listing_it(
    proxy, article, home
):
    StandardPageFactory(parent=home, title="About", slug="about")
    proxy.get("/en/about/")
    paths = article_paths() + listing_paths()
    for path in paths:
        proxy.get(path)
    assert {path: proxy.cache_status(path) for path in paths} == dict.fromkeys(paths, "HIT")

    article.title = "Second light"
    article.save_revision().publish()

    assert {path: proxy.cache_status(path) for path in paths} == dict.fromkeys(paths, "MISS")
    for path in article_paths() + ["/en/blog/", "/fr/blog/tag/python/", "/en/blog/feed/rss/"]:
        status, _headers, body = proxy.get(path)
        assert status == 200 and "Second light" in body, path
    # A page that does not show the article stays cached.
    assert proxy.cache_status("/en/about/") == "HIT"


def test_a_slug_changed_on_publish_purges_the_old_address(proxy, article):
    assert proxy.get("/nl/blog/eerste/")[1]["X-Cache"] == "MISS"
    article.slug_nl = "de-eerste"
    article.save_revision().publish()
    status, headers, _body = proxy.get("/nl/blog/eerste/")
    assert headers["X-Cache"] != "HIT" and status != 200
    assert "First light" in proxy.get("/nl/blog/de-eerste/")[2]


def test_unpublishing_purges_so_the_page_is_gone_at_once(proxy, article):
    for path in article_paths():
        proxy.get(path)
    article.unpublish()
    for path in article_paths():
        status, headers, _body = proxy.get(path)
        assert (status, headers["X-Cache"]) == (404, "PASS"), path
    assert "/blog/first/" not in proxy.get("/sitemap-de.xml")[2]


def test_moving_and_deleting_purge_the_old_and_new_addresses(proxy, home):
    about = StandardPageFactory(parent=home, title="About", slug="about")
    team = StandardPageFactory(parent=home, title="Our team", slug="team")
    for code in LANGUAGES:
        proxy.get(f"/{code}/team/")
        proxy.get(f"/{code}/about/")
    team.move(about, pos="last-child")
    for code in LANGUAGES:
        # Not the old page from the proxy: gone, or Wagtail's redirect to the new address.
        assert proxy.get(f"/{code}/team/")[0] in (301, 404)
        assert proxy.cache_status(f"/{code}/about/") == "MISS"
        assert "Our team" in proxy.get(f"/{code}/about/team/")[2]
    about.delete()
    for code in LANGUAGES:
        assert proxy.get(f"/{code}/about/")[0] == 404
        assert proxy.get(f"/{code}/about/team/")[0] == 404


def test_a_change_shown_on_every_page_purges_the_whole_site(proxy, article, home):
    StandardPageFactory(parent=home, title="About", slug="about")
    paths = ["/en/about/", "/ja/blog/first/", "/sitemap.xml"]
    for path in paths:
        proxy.get(path)
    assert [proxy.cache_status(path) for path in paths] == ["HIT"] * 3
    tag = BlogTag.objects.get(slug="python")
    tag.label_en = "Python 3"
    tag.save()
    assert [proxy.cache_status(path) for path in paths] == ["MISS"] * 3


def test_admin_pages_are_never_cached(proxy, home):
    for _ in range(2):
        status, headers, _body = proxy.get("/admin/login/")
        assert (status, headers["X-Cache"]) == (200, "PASS")


def test_an_answer_that_sets_a_cookie_is_never_shared(proxy, home):
    # A password-protected page answers with its form and a CSRF cookie of its own.
    private = StandardPageFactory(parent=home, title="Members", slug="members")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    cookies = []
    for _ in range(2):
        _status, headers, body = proxy.get("/en/members/")
        assert headers["X-Cache"] != "HIT"
        assert 'name="password"' in body
        cookies.append(headers["Set-Cookie"])
    assert cookies[0] != cookies[1]


def test_a_visitor_with_a_session_is_never_served_from_the_cache(proxy, article, django_user_model):
    proxy.get("/en/blog/first/")
    assert proxy.cache_status("/en/blog/first/") == "HIT"
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    from django.test import Client

    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    status, headers, _body = proxy.get(
        "/en/blog/first/", Cookie=f"csrftoken=abc; {settings.SESSION_COOKIE_NAME}={session}"
    )
    assert (status, headers["X-Cache"]) == (200, "PASS")
    assert "public" not in headers.get("Cache-Control", "")


def test_other_cookies_do_not_split_or_bypass_the_cache(proxy, article):
    proxy.get("/en/blog/first/")
    assert proxy.cache_status("/en/blog/first/", Cookie="csrftoken=abc") == "HIT"


def test_only_the_app_on_this_machine_may_purge(proxy, article):
    proxy.get("/en/blog/first/")
    # Through nginx (which always sets X-Forwarded-Proto), a PURGE is refused.
    status, _headers, _body = proxy.request(
        "PURGE", "/en/blog/first/", {"X-Forwarded-Proto": "https"}
    )
    assert status == 405
    assert proxy.cache_status("/en/blog/first/") == "HIT"
    assert proxy.request("PURGE", "/en/blog/first/")[0] == 200
    assert proxy.cache_status("/en/blog/first/") == "MISS"


# --- Configuration from the environment (production settings) --------------------------
def production_frontend_cache(**env):
    """WAGTAILFRONTENDCACHE as production settings build it, or the error they stop with."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("FRONTEND_CACHE_")}
    environ.update(
        DJANGO_SETTINGS_MODULE="educademy.settings.production",
        SECRET_KEY="s" * 50,
        DATABASE_URL="sqlite:////tmp/educademy-settings-check.sqlite3",
        PUBLIC_URL="https://educademy.example.org",
        **env,
    )
    dump = "import json, django; django.setup(); from django.conf import settings; "
    dump += "print(json.dumps(settings.WAGTAILFRONTENDCACHE))"
    result = subprocess.run(
        [sys.executable, "-c", dump], cwd=REPO, env=environ, capture_output=True, text=True
    )
    if result.returncode:
        return result.stderr.strip().splitlines()[-1]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_without_variables_nothing_is_purged():
    assert production_frontend_cache() == {}


def test_purge_urls_and_cloudflare_come_from_the_environment():
    backends = production_frontend_cache(
        FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:6081, http://10.0.0.12:6081",
        FRONTEND_CACHE_CLOUDFLARE_ZONE_ID="zone",
        FRONTEND_CACHE_CLOUDFLARE_TOKEN="token",
    )
    http_backend = "wagtail.contrib.frontend_cache.backends.HTTPBackend"
    assert backends == {
        "http-1": {"BACKEND": http_backend, "LOCATION": "http://127.0.0.1:6081"},
        "http-2": {"BACKEND": http_backend, "LOCATION": "http://10.0.0.12:6081"},
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": "zone",
            "BEARER_TOKEN": "token",
        },
    }


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"FRONTEND_CACHE_PURGE_URL": "127.0.0.1:6081"}, "must list URLs like"),
        ({"FRONTEND_CACHE_CLOUDFLARE_ZONE_ID": "zone"}, "Set both"),
        ({"FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID": "E123"}, "needs boto3"),
    ],
)
def test_incomplete_settings_stop_the_app_with_a_clear_message(env, message):
    error = production_frontend_cache(**env)
    assert "ImproperlyConfigured" in error and message in error
