"""Playwright on Debian's chromium against the live server, with the demo content loaded once.

The demo content they need is committed to the test database and stays there for the rest of
the session, so `make test` runs tests/browser in a pytest session of its own.
"""

import os
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management import call_command
from django.db import connections
from django.test.testcases import LiveServerThread

# Playwright's sync API runs an event loop in this thread; Django would then refuse the
# test's own (synchronous) database access in fixtures.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        item.add_marker(pytest.mark.browser)
        # Declares the database (pytest-django creates test databases only for tests that
        # ask); each test runs in a transaction that is rolled back, the demo content stays.
        item.add_marker(pytest.mark.django_db)


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)
        _render_every_page_once()


def _render_every_page_once():
    """Create the image renditions and settings rows every page needs, outside any test:
    while a test's transaction holds SQLite's write lock, the live server cannot write them
    and would answer 503."""
    from django.test import Client

    from wagtail.models import Page

    client = Client()
    for page in Page.objects.live().filter(depth__gt=1).specific():
        url = page.get_url()
        if url:
            client.get(url)


@pytest.fixture(scope="session")
def playwright():
    """The one Playwright of the session (a second one in the same thread is refused)."""
    with sync_playwright() as instance:
        yield instance


def launch_chromium(playwright, **options):
    executable = shutil.which("chromium")
    assert executable, (
        "Debian chromium is missing: run `make test` (scripts/install-system-deps.sh)"
    )
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, **options)


@pytest.fixture(scope="session")
def chromium(playwright):
    browser = launch_chromium(playwright)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def site(demo_content, django_db_blocker):
    """Base URL of a live server over the test database, with the demo content in place.

    pytest-django's `live_server` would make every test transactional, flushing the demo
    content after the first one; this server lives for the session and reads committed data.
    """
    connections_override = {
        conn.alias: conn
        for conn in connections.all()
        if conn.vendor == "sqlite" and conn.is_in_memory_db()
    }
    for conn in connections_override.values():
        conn.inc_thread_sharing()
    server = LiveServerThread("localhost", StaticFilesHandler, connections_override, port=0)
    server.daemon = True
    with django_db_blocker.unblock():
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        yield f"http://localhost:{server.port}"
        server.terminate()
    for conn in connections_override.values():
        conn.dec_thread_sharing()


@pytest.fixture(params=sorted(VIEWPORTS))
def viewport(request):
    return VIEWPORTS[request.param]


@pytest.fixture
def browser_page(chromium, viewport):
    context = chromium.new_context(viewport=viewport, reduced_motion="reduce")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: _record_console_error(message, errors))
    page.on("response", lambda response: _record_failed_subresource(response, errors))
    yield page
    context.close()
    assert not errors, f"JavaScript errors or CSP violations in the browser: {errors}"


def _record_console_error(message, errors):
    # A failed load is reported (with its URL) by _record_failed_subresource instead, so
    # that a page that is meant to be a 404 does not count as an error.
    if message.type == "error" and not message.text.startswith("Failed to load resource"):
        errors.append(message.text)


def _record_failed_subresource(response, errors):
    if response.status >= 400 and response.request.resource_type != "document":
        errors.append(f"{response.status} {response.url}")


_axe = Axe()


def assert_no_axe_violations(page):
    results = _axe.run(page)
    violations = results.response["violations"]
    details = [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes, e.g. {v['nodes'][0]['target']})"
        for v in violations
    ]
    assert not violations, f"axe found violations on {page.url}:\n" + "\n".join(details)


@pytest.fixture(scope="session")
def demo_page_urls(demo_content, django_db_blocker):
    """{language: {English slug: URL path}} for every live demo page (read once)."""
    from django.conf import settings
    from django.utils import translation

    from wagtail.models import Page

    with django_db_blocker.unblock():
        pages = list(Page.objects.live().filter(depth__gt=1))
        urls = {}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                urls[code] = {page.slug_en: page.get_url() for page in pages}
    return urls


@pytest.fixture(scope="session")
def lab_urls(demo_content, django_db_blocker):
    """{language: {experiment key: URL path}} for the Lab's demo pages, plus "lab": the index."""
    from django.conf import settings
    from django.utils import translation

    from lab.models import ExperimentPage, LabIndexPage

    with django_db_blocker.unblock():
        lab = LabIndexPage.objects.get()
        experiments = list(ExperimentPage.objects.live())
        urls = {}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                urls[code] = {page.experiment: page.get_url() for page in experiments}
                urls[code]["lab"] = lab.get_url()
    return urls
