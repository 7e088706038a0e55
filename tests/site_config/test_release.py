"""A deploy never serves pages cached by the previous release of the code."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from site_config import release
from site_config.models import SiteSettings

FRESH = "Rendered by the new release"


@pytest.fixture
def source_tree(tmp_path, settings):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "base.html").write_text("<html>{{ page }}</html>")
    (tmp_path / "app.py").write_text("X = 1\n")
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "lib.py").write_text("ignored\n")
    settings.BASE_DIR = tmp_path
    settings.RELEASE_ID = ""
    release.release_id.cache_clear()
    yield tmp_path
    release.release_id.cache_clear()


def fingerprint():
    release.release_id.cache_clear()
    return release.release_id()


def test_the_fingerprint_follows_the_code_and_not_the_virtualenv(source_tree):
    first = fingerprint()
    assert first == fingerprint()  # the same files, the same id (every process, machine)
    (source_tree / ".venv" / "lib.py").write_text("changed\n")
    assert fingerprint() == first
    (source_tree / "templates" / "base.html").write_text("<html>new</html>")
    assert fingerprint() != first


def test_a_release_id_from_the_environment_wins(settings):
    settings.RELEASE_ID = "3f963f7"
    release.release_id.cache_clear()
    assert release.release_id() == "3f963f7"
    release.release_id.cache_clear()


def test_pages_cached_by_one_release_are_not_served_by_the_next(client, home, monkeypatch):
    client.get("/en/")  # creates the settings rows
    client.get("/en/")
    SiteSettings.objects.update(site_name=FRESH)  # behind the cache's back
    with CaptureQueriesContext(connection) as cached:
        assert FRESH not in client.get("/en/").content.decode()
    assert len(cached) == 0
    monkeypatch.setattr("site_config.chrome_cache.release_id", lambda: "next-release")
    assert FRESH in client.get("/en/").content.decode()
