"""Related articles: the seam over the blog app."""

import pytest

from django.apps import apps

from blog.models import BlogPageTag
from careers import related
from tests.blog.factories import BlogIndexPageFactory, BlogPageFactory, BlogTagFactory
from tests.careers.factories import CareerRolePageFactory

pytestmark = pytest.mark.django_db


def test_no_blog_app_means_no_related_articles(monkeypatch):
    def missing(app_label, model_name):
        raise LookupError(app_label)

    monkeypatch.setattr(apps, "get_model", missing)
    assert related.blog_article_model() is None
    assert related.related_articles(["ai-career"]) == []


def test_blog_model_without_tags_is_ignored(monkeypatch):
    class Untagged:
        pass

    monkeypatch.setattr(apps, "get_model", lambda *args: Untagged)
    assert related.related_articles(["ai-career"]) == []


def test_no_tags_means_no_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert related.related_articles([]) == []


def test_role_page_lists_live_articles_sharing_its_tags(client, careers_index, home):
    blog = BlogIndexPageFactory(parent=home)
    career, cooking = BlogTagFactory(name="ai-career"), BlogTagFactory(name="cooking")
    shared = BlogPageFactory(parent=blog, title="Career paths", summary="Pick a path.")
    soup = BlogPageFactory(parent=blog, title="Soup")
    draft = BlogPageFactory(parent=blog, title="Draft about careers", live=False)
    for article, tag in ((shared, career), (soup, cooking), (draft, career)):
        BlogPageTag.objects.create(content_object=article, tag=tag)
    role = CareerRolePageFactory(parent=careers_index, slug="ml-engineer")
    role.tags.add("ai-career", "machine-learning")
    role.save()
    assert related.related_articles(["ai-career", "machine-learning"]) == [shared.specific]
    html = client.get("/en/careers/ml-engineer/").content.decode()
    section = html.split('aria-labelledby="articles-heading"', 1)[1].split("</section>", 1)[0]
    assert "Career paths" in section and "Pick a path." in section
    assert "Soup" not in section and "Draft about careers" not in section
