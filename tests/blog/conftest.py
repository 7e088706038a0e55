import datetime

import pytest

from django.utils import timezone

from tests.blog.factories import (
    AuthorFactory,
    BlogIndexPageFactory,
    BlogPageFactory,
    BlogTagFactory,
    heading,
    paragraph,
)


@pytest.fixture
def blog(home):
    return BlogIndexPageFactory(parent=home, title="Blog", slug="blog", title_nl="Blog")


@pytest.fixture
def python_tag(db):
    return BlogTagFactory(
        name="python", slug="python", label_en="Python", label_nl="Python-taal", label_ar="بايثون"
    )


@pytest.fixture
def author(db):
    return AuthorFactory(
        name="AI Educademy team", name_nl="AI Educademy-team", is_organization=True
    )


@pytest.fixture
def make_article(blog, author):
    def make(title="An article", days_ago=1, tags=(), parent=None, **fields):
        fields.setdefault("date", timezone.localdate() - datetime.timedelta(days=days_ago))
        fields.setdefault(
            "body",
            [heading("Why it matters"), paragraph("<p>" + "word " * 300 + "</p>")],
        )
        return BlogPageFactory(
            parent=parent or blog, title=title, tags=list(tags), authors=[author], **fields
        )

    return make
