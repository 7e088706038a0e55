import pytest

from wagtail.models import ReferenceIndex

from careers import demo
from careers.models import CareerRolePage, CareersIndexPage
from tests.careers.factories import CareersIndexPageFactory


@pytest.fixture
def careers_index(home):
    return CareersIndexPageFactory(
        parent=home, title_nl="Loopbanen in AI", title_ar="مهن الذكاء الاصطناعي"
    )


@pytest.fixture
def demo_careers(home, monkeypatch):
    """The demo careers content (ten roles, skills, chooser) under a fresh home page.

    Wagtail's reference index (admin "usage" counts) is skipped while loading: it is most of
    the loader's time and nothing here reads it.
    """
    monkeypatch.setattr(ReferenceIndex, "create_or_update_for_object", lambda *a, **k: None)
    demo.load()
    monkeypatch.undo()
    return CareersIndexPage.objects.get()


@pytest.fixture
def demo_roles(demo_careers):
    return {page.slug_en: page for page in CareerRolePage.objects.all()}
