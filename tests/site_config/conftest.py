import pytest

from site_config import page_cache


@pytest.fixture
def stored_pages(monkeypatch):
    """The keys of the pages the page cache stores from now on."""
    stored, store = [], page_cache.cache.set

    def spy(key, *args, **kwargs):
        if key.startswith("page:"):
            stored.append(key)
        return store(key, *args, **kwargs)

    monkeypatch.setattr(page_cache.cache, "set", spy)
    return stored
