"""Our additions to the original layout: a program's tagline, FAQ and related tags in
program.json, and lesson illustrations drawn with emoji (`<Illustration symbols>`)."""

import json

import pytest

from wagtail.models import Revision

from blog.models import BlogPage
from learning.models import LessonPage, ProgramPage
from tests.content_import.conftest import counts

pytestmark = pytest.mark.django_db

PROGRAM = {
    "slug": "tiny",
    "track": "basics",
    "level": 1,
    "color": "#34D399",
    "title": {"en": "Tiny", "nl": "Klein"},
    "tagline": {"en": "Start from zero", "nl": "Begin bij nul"},
    "faq": {
        "en": [
            {"question": "Is it free?", "answer": "Yes, **always**.\n\nNo account either."},
            {"question": "No answer here"},
            {"question": "How long?", "answer": "An [afternoon](https://example.org/time)."},
        ],
        "nl": [{"question": "Is het gratis?", "answer": "Ja, **altijd**."}],
    },
    "relatedTags": ["Machine Learning", "ai-career"],
}
LESSON = """---
title: Pictures
order: 1
---

Some text.

<Illustration
  symbols="📷 → 🧠 → 🏷️"
  alt="A photo goes into a model, which answers with a label."
  caption="Input in, label out."
/>

<Illustration symbols="🌱" />
"""
ARTICLE = """---
title: Symbols in an article
date: "2026-01-05"
---

<Illustration symbols="📷 → 🏷️" alt="A photo and a label" caption="From photo to label" />
"""


@pytest.fixture
def repository(tmp_path):
    root = tmp_path / "content"
    (root / "programs/tiny/lessons/en").mkdir(parents=True)
    (root / "blog/en").mkdir(parents=True)
    tracks = {"tracks": [{"slug": "basics", "title": "Basics", "order": 1}]}
    (root / "tracks.json").write_text(json.dumps(tracks), encoding="utf-8")
    write_program(root, PROGRAM)
    (root / "programs/tiny/lessons/en/pictures.mdx").write_text(LESSON, encoding="utf-8")
    (root / "blog/en/symbols.mdx").write_text(ARTICLE, encoding="utf-8")
    return root


def write_program(root, data):
    path = root / "programs/tiny/program.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def test_tagline_faq_and_related_tags_per_language(home, repository, run_import, client):
    output = run_import(repository)
    program = ProgramPage.objects.get(slug_en="tiny")
    assert (program.tagline_en, program.tagline_nl) == ("Start from zero", "Begin bij nul")
    assert program.related_tags == "machine-learning, ai-career"
    english, dutch = program.faq_en.raw_data, program.faq_nl.raw_data
    assert [item["value"]["question"] for item in english] == ["Is it free?", "How long?"]
    assert english[0]["value"]["answer"] == "<p>Yes, <b>always</b>.</p><p>No account either.</p>"
    assert '<a href="https://example.org/time">afternoon</a>' in english[1]["value"]["answer"]
    # The Dutch FAQ shares the English block ids (content.po pairs them by id).
    assert dutch[0]["id"] == english[0]["id"]
    assert dutch[0]["value"]["answer"] == "<p>Ja, <b>altijd</b>.</p>"
    # The question without an answer is left out, and said so with file and line.
    assert "programs/tiny/program.json:" in output and "faq (en): question 2 left out" in output
    html = client.get("/nl/programs/tiny/").content.decode()
    assert "Is het gratis?" in html and "altijd" in html


def test_a_changed_faq_updates_only_that_language(home, repository, run_import):
    run_import(repository)
    before = Revision.objects.count()
    assert counts(run_import(repository), "program", "nl") == {"unchanged": 1}
    assert Revision.objects.count() == before
    changed = json.loads(json.dumps(PROGRAM))
    changed["faq"]["nl"][0]["answer"] = "Ja, voor iedereen."
    write_program(repository, changed)
    output = run_import(repository)
    assert counts(output, "program", "nl") == {"updated": 1}
    assert counts(output, "program", "en") == {"unchanged": 1}
    program = ProgramPage.objects.get(slug_en="tiny")
    assert program.faq_nl.raw_data[0]["value"]["answer"] == "<p>Ja, voor iedereen.</p>"
    assert program.faq_en.raw_data[0]["value"]["question"] == "Is it free?"


def test_faq_and_related_tags_that_are_not_lists_are_reported(home, repository, run_import):
    broken = {**PROGRAM, "faq": {"en": "Is it free? Yes."}, "relatedTags": {"a": 1}}
    write_program(repository, broken)
    output = run_import(repository)
    program = ProgramPage.objects.get(slug_en="tiny")
    assert not program.faq_en.raw_data and program.related_tags == ""
    assert "faq (en) is not a list: not imported" in output
    assert "relatedTags is not a list: not imported" in output


def test_symbol_illustrations(home, repository, run_import, client):
    output = run_import(repository)
    lesson = LessonPage.objects.get(slug_en="pictures")
    blocks = [(block.block_type, block.value) for block in lesson.body]
    assert blocks[1][0] == "illustration"
    assert dict(blocks[1][1]) == {
        "symbols": "📷 → 🧠 → 🏷️",
        "alt_text": "A photo goes into a model, which answers with a label.",
        "caption": "Input in, label out.",
    }
    # Without alt text it is kept as readable text, never dropped.
    assert blocks[2][0] == "paragraph" and "&lt;Illustration symbols=" in str(blocks[2][1])
    assert "pictures.mdx:14: <Illustration symbols> needs alt text: kept as text" in output
    assert "illustrations imported: 1" in output
    html = client.get("/en/programs/tiny/pictures/").content.decode()
    assert 'role="img" aria-label="A photo goes into a model, which answers with a label."' in html
    assert "<figcaption>Input in, label out.</figcaption>" in html
    # Articles have no illustration block: the symbols and caption become a paragraph.
    article = BlogPage.objects.get(slug_en="symbols")
    assert [block.block_type for block in article.body] == ["paragraph"]
    assert "📷 → 🏷️<br/>From photo to label" in str(article.body[0].value)
    assert "articles have no symbol illustration: kept as a paragraph" in output
