"""Articles: table captions, cover descriptions (`imageAlt`) and articles dated in the future."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import Revision

from blog.models import BlogPage

pytestmark = pytest.mark.django_db

ENGLISH = """---
title: Captions and Covers
description: Small print.
date: "{date}"
image: /images/blog/cover.png
imageAlt: Circles on a gradient
---

Table: Salaries *per year*

| Role | Pay |
|---|---|
| Engineer | £60,000 |

: A short caption

| A | B |
|---|---|
| 1 | 2 |

Table: not a caption, a paragraph before a list

- item
"""

DUTCH = """---
title: Bijschriften en omslagen
description: Kleine lettertjes.
imageAlt: Cirkels op een kleurverloop
---

Table: Salarissen per jaar

| Rol | Loon |
|---|---|
| Engineer | £60.000 |
"""


@pytest.fixture
def blog_repo(tmp_path, sample):
    def make(date="2026-03-11"):
        root = tmp_path / "blog-repo"
        for locale in ("en", "nl"):
            (root / "blog" / locale).mkdir(parents=True, exist_ok=True)
        (root / "blog" / "assets").mkdir(exist_ok=True)
        (root / "blog" / "assets" / "cover.png").write_bytes(
            (sample / "blog" / "assets" / "cover.png").read_bytes()
        )
        (root / "blog" / "en" / "captions.mdx").write_text(
            ENGLISH.format(date=date), encoding="utf-8"
        )
        (root / "blog" / "nl" / "captions.mdx").write_text(DUTCH, encoding="utf-8")
        return root

    return make


def test_table_captions_and_cover_descriptions(home, blog_repo, run_import):
    output = run_import(blog_repo())
    assert "Warnings: 0" in output
    page = BlogPage.objects.get(slug_en="captions")
    tables = [block.value for block in page.body if block.block_type == "table"]
    assert [table["table_caption"] for table in tables] == ["Salaries per year", "A short caption"]
    assert [block.block_type for block in page.body] == ["table", "table", "paragraph"]
    assert "Table: not a caption" in str(page.body[2].value)
    dutch = [block.value for block in page.body_nl if block.block_type == "table"]
    assert dutch[0]["table_caption"] == "Salarissen per jaar"
    assert page.cover_image is not None and not page.cover_is_decorative
    assert (page.cover_alt, page.cover_alt_nl) == (
        "Circles on a gradient",
        "Cirkels op een kleurverloop",
    )


def test_an_article_dated_in_the_future_is_scheduled(home, blog_repo, run_import):
    future = timezone.localdate() + datetime.timedelta(days=30)
    root = blog_repo(date=future.isoformat())
    run_import(root, "--publish")
    page = BlogPage.objects.get(slug_en="captions")
    assert not page.live and page.go_live_at.date() == future
    assert page.latest_revision.approved_go_live_at == page.go_live_at
    revisions = Revision.objects.count()
    output = run_import(root, "--publish")  # stays scheduled: nothing to publish
    assert "publish article" not in output and Revision.objects.count() == revisions
    assert not BlogPage.objects.get(pk=page.pk).live
