"""Shared fixtures: a pinned language, a clean cache, and a minimal site tree."""

import pytest

from django.core.cache import cache
from django.utils import translation

from wagtail.models import Page, Site

from tests.site_config.factories import HomePageFactory


@pytest.fixture(autouse=True)
def _pinned_language_and_clean_cache():
    # A request to /nl/ leaves Dutch active in this thread; every test starts in English
    # with an empty cache (Wagtail caches site root paths per language).
    translation.activate("en")
    cache.clear()
    yield
    translation.activate("en")
    cache.clear()


@pytest.fixture
def home(db):
    """A home page as the default site's root, replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Home", slug="home", hero_heading="Learn AI")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return home


@pytest.fixture
def editor(client, django_user_model):
    """The test client, logged in to the Wagtail admin as a superuser."""
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client
