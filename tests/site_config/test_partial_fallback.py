"""Every page type with the fallback note tells a partly translated page apart: the note
stays while any main-content part is English, and the English blocks or paragraphs carry
lang="en" dir="ltr" (not the whole body); a wholly English field marks its container.

Here the other languages' fields are written directly, as an editor or the demo loaders do:
text equal to the English, with no recorded translation, counts as English.
"""

import pytest

from tests.blog.factories import BlogIndexPageFactory, BlogPageFactory
from tests.lab.factories import ExperimentPageFactory, LabIndexPageFactory
from tests.learning.factories import (
    LessonPageFactory,
    ProgramPageFactory,
    ProgramsIndexPageFactory,
)

from .factories import FAQPageFactory

pytestmark = pytest.mark.django_db

NOTE = 'class="fallback-notice"'
ENGLISH_RUN = '<div class="stream" lang="en" dir="ltr">'
TRANSLATED = {"nl": "Vertaald", "ar": "مترجم"}
FIRST, SECOND = "5e0c1d2a-0000-4000-8000-000000000001", "5e0c1d2a-0000-4000-8000-000000000002"


def heading(text, block_id):
    return {"type": "heading", "value": {"text": text, "level": "h2"}, "id": block_id}


def paragraph(html, block_id):
    return {"type": "paragraph", "value": html, "id": block_id}


def faq_group(question, answer, block_id):
    return {
        "type": "group",
        "value": {"heading": question, "questions": [{"question": question, "answer": answer}]},
        "id": block_id,
    }


def english_body(kind):
    if kind == "faq":
        return [
            faq_group("What is AI?", "<p>Software that learns.</p>", FIRST),
            faq_group("Is it free?", "<p>Yes, always.</p>", SECOND),
        ]
    return [
        heading("Why it matters", FIRST),
        paragraph("<p>Machines learn from examples.</p>", SECOND),
    ]


def partly_translated(kind, language):
    """The first block translated, the second left as the English."""
    english = english_body(kind)
    word = TRANSLATED[language]
    first = faq_group(word, f"<p>{word}.</p>", FIRST) if kind == "faq" else heading(word, FIRST)
    return [first, english[1]]


@pytest.fixture
def stream_pages(home):
    """{kind: (page, URL path without the language prefix)} for the StreamField page types."""
    faq = FAQPageFactory(parent=home, body=english_body("faq"))
    blog = BlogIndexPageFactory(parent=home)
    article = BlogPageFactory(parent=blog, slug="an-article", body=english_body("article"))
    index = ProgramsIndexPageFactory(parent=home)
    program = ProgramPageFactory(parent=index, slug="seeds", title="Seeds")
    lesson = LessonPageFactory(parent=program, slug="first", body=english_body("lesson"))
    return {
        "faq": (faq, "/faq/"),
        "article": (article, "/blog/an-article/"),
        "lesson": (lesson, "/programs/seeds/first/"),
    }


@pytest.mark.parametrize("language", sorted(TRANSLATED))
@pytest.mark.parametrize("kind", ["faq", "article", "lesson"])
def test_stream_pages_mark_their_english_blocks(client, stream_pages, kind, language):
    page, path = stream_pages[kind]
    setattr(page, f"body_{language}", partly_translated(kind, language))
    page.save()
    html = client.get(f"/{language}{path}").content.decode()
    assert NOTE in html
    content = html.split(NOTE, 1)[1]  # after the head's structured data and the header
    assert content.count(ENGLISH_RUN) == 1
    translated, english = content.split(ENGLISH_RUN, 1)
    assert TRANSLATED[language] in translated
    english_text = "Yes, always." if kind == "faq" else "Machines learn from examples."
    assert english_text in english and english_text not in translated


@pytest.mark.parametrize("language", sorted(TRANSLATED))
@pytest.mark.parametrize("kind", ["faq", "article", "lesson"])
def test_fully_translated_stream_pages_have_neither(client, stream_pages, kind, language):
    page, path = stream_pages[kind]
    word = TRANSLATED[language]
    body = partly_translated(kind, language)
    body[1] = (
        faq_group(f"{word}?", f"<p>{word}!</p>", SECOND)
        if kind == "faq"
        else paragraph(f"<p>{word}!</p>", SECOND)
    )
    setattr(page, f"body_{language}", body)
    page.save()
    html = client.get(f"/{language}{path}").content.decode()
    assert NOTE not in html
    assert ENGLISH_RUN not in html


@pytest.mark.parametrize("language", sorted(TRANSLATED))
def test_experiment_marks_its_english_paragraphs(client, home, language):
    lab = LabIndexPageFactory(parent=home)
    page = ExperimentPageFactory(
        parent=lab,
        slug="network",
        how_it_works="<p>It learns from points.</p><p>Then it predicts.</p>",
    )
    word = TRANSLATED[language]
    setattr(page, f"intro_{language}", word)
    setattr(page, f"how_it_works_{language}", f"<p>{word}</p><p>Then it predicts.</p>")
    setattr(page, f"what_to_try_{language}", f"<ul><li>{word}</li></ul>")
    page.save()
    html = client.get(f"/{language}/lab/network/").content.decode()
    assert NOTE in html
    assert f"<p>{word}</p>" in html
    assert '<p lang="en" dir="ltr">Then it predicts.</p>' in html
    assert 'class="experiment-section" aria-labelledby="how-it-works" lang="en"' not in html


@pytest.mark.parametrize("language", sorted(TRANSLATED))
def test_program_description_copied_from_english_counts_as_english(client, home, language):
    index = ProgramsIndexPageFactory(parent=home)
    program = ProgramPageFactory(parent=index, slug="seeds", description="A gentle start.")
    setattr(program, f"description_{language}", "A gentle start.")
    program.save()
    html = client.get(f"/{language}/programs/seeds/").content.decode()
    assert NOTE in html
    assert 'class="program-body" lang="en" dir="ltr"' in html
    setattr(program, f"description_{language}", TRANSLATED[language])
    program.save()
    html = client.get(f"/{language}/programs/seeds/").content.decode()
    assert NOTE not in html
    assert 'class="program-body" lang="en"' not in html
