"""import_mdx on the sample repository: what visitors and editors see afterwards."""

import re

import pytest

from django.utils import translation

from wagtail.images import get_image_model
from wagtail.models import Page

from blog.models import Author, BlogIndexPage, BlogPage, BlogTag
from content_import.models import ImportedObject
from learning.models import LessonPage, ProgramPage, ProgramsIndexPage, Track
from tests.content_import.conftest import visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(home, sample, run_import):
    return run_import(sample)


def body_of(response):
    html = response.content.decode()
    return re.search(r"<main.*?</main>", html, re.S).group(0)


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def test_lessons_render_every_component_in_english(imported, client):
    lesson = LessonPage.objects.get(slug_en="learning-from-examples")
    response = client.get("/en/programs/first-steps/learning-from-examples/")
    assert response.status_code == 200
    main = body_of(response)
    # The leading "# Learning From Examples" repeats the title: only the page title shows it.
    assert "Learning From Examples" in main
    assert "Learning From Examples" not in str(lesson.body)
    assert "<b>rules</b>" in main and "<i>learning</i>" in main
    assert '<a href="https://example.org/glossary">glossary</a>' in main
    assert '<h2 class="block-heading">Rules or examples?</h2>' in main
    assert "<ul><li>With rules" in main and "<ul><li>The program compares" in main
    assert "<ol><li>Collect examples.</li>" in main
    assert "allowed to be wrong at first." in main and "The First Steps team" in main
    assert "Think of your music app." in main  # the think-about-it hint
    assert "draughts" in main and "lesson-fun-fact" in main
    assert "callout-tip" in main and "Remember" in main and "• Varied examples help more." in main
    assert 'alt="Labelled fruit goes into a box that learns"' in main
    assert "Examples in, a rule out" in main
    # Code keeps its language (Pygments classes), the table is kept as text in a lesson.
    assert 'class="highlight"' in main and "examples" in main
    assert "| apple | red    |" in main
    # Safe inline HTML is kept, the rest shows as typed.
    assert "<b>strong words</b>" in main
    assert "&lt;span onclick=&quot;steal()&quot;&gt;this span&lt;/span&gt;" in main
    # Two quizzes: string options and a JSX array, answers counted from 0 in MDX.
    quizzes = [block.value for block in lesson.body if block.block_type == "quiz"]
    assert [list(quiz["options"]) for quiz in quizzes] == [
        ["A faster screen", "Solved examples", "A longer cable", "More colours"],
        ["A light switch", "A spam filter"],
    ]
    assert [quiz["answer"] for quiz in quizzes] == [2, 2]
    assert "The right answer is: Solved examples" in main
    assert "<b>solved examples</b>" in main
    assert lesson.order == 1 and lesson.difficulty == "beginner"
    assert lesson.duration_minutes == 12 and lesson.icon == "🔍"


def test_translations_fill_the_same_page_with_their_own_slugs(imported, client):
    lesson = LessonPage.objects.get(slug_en="learning-from-examples")
    # One page for every language, never a copy per language.
    assert LessonPage.objects.filter(title_en="Learning From Examples").count() == 1
    assert LessonPage.objects.count() == 4
    # nl: its own file name (translationOf); zh → zh-hans and ar: paired by order.
    assert url_in(lesson, "nl") == "/nl/programs/first-steps/leren-van-voorbeelden/"
    assert url_in(lesson, "zh-hans") == "/zh-hans/programs/first-steps/cong-li-zi-xue-xi/"
    assert lesson.slug_ar == "التعلم-من-الأمثلة"

    dutch = body_of(client.get("/nl/programs/first-steps/leren-van-voorbeelden/"))
    assert "Leren van voorbeelden" in dutch and "<b>regels</b>" in dutch
    assert 'alt="Gelabeld fruit gaat een lerende doos in"' in dutch
    assert "Opgeloste voorbeelden" in dutch and "Welke app op je telefoon" in dutch
    shown = re.sub(r"<script.*?</script>", "", dutch, flags=re.S)  # data for every language
    assert "Learning From Examples" not in shown

    arabic = client.get(url_in(lesson, "ar"))
    assert arabic.status_code == 200
    assert 'dir="rtl"' in arabic.content.decode()
    arabic_main = body_of(arabic)
    assert "التعلم من الأمثلة" in arabic_main
    assert 'alt="فاكهة موسومة تدخل صندوقًا يتعلم"' in arabic_main

    chinese = body_of(client.get("/zh-hans/programs/first-steps/cong-li-zi-xue-xi/"))
    assert "从例子中学习" in chinese and "<b>规则</b>" in chinese

    # A same-name translation keeps the English slug; shared facts come from English.
    second = LessonPage.objects.get(slug_en="guess-and-check")
    assert url_in(second, "nl") == "/nl/programs/first-steps/guess-and-check/"
    assert second.title_nl == "Raden en controleren" and second.duration_minutes == 8
    assert "Raden, controleren, bijstellen" in body_of(client.get(url_in(second, "nl")))


def test_one_image_per_svg_shared_by_every_language(imported, client):
    images = get_image_model().objects.all()
    titles = sorted(image.title for image in images)
    assert titles == ["Cover", "Diagram", "Machine", "Sneaky"]
    machine = images.get(title="Machine")
    assert machine.file.name.endswith(".svg") and machine.is_svg()
    lesson = LessonPage.objects.get(slug_en="learning-from-examples")
    for language in ("en", "nl", "ar"):
        with translation.override(language):
            image_blocks = [block for block in lesson.body if block.block_type == "image"]
        assert [block.value["image"].pk for block in image_blocks] == [machine.pk]


def test_unsafe_svg_is_sanitised(imported):
    sneaky = get_image_model().objects.get(title="Sneaky")
    with sneaky.open_file() as handle:
        text = handle.read().decode()
    for removed in ("<script", "onload", "onclick", "@import", "tracker.example", "javascript:"):
        assert removed not in text
    assert "foreignObject" not in text
    assert "<circle" in text and 'fill="url(#shade)"' in text  # the drawing itself stays


def test_draft_lesson_and_broken_bits_are_kept_as_text(imported, client, editor):
    lesson = LessonPage.objects.get(slug_en="broken-bits")
    assert not lesson.live  # published: false
    assert client.get("/en/programs/first-steps/broken-bits/").status_code == 404
    assert lesson.difficulty == "beginner" and lesson.duration_minutes == 10
    preview = editor.get(f"/admin/pages/{lesson.pk}/view_draft/")
    assert preview.status_code == 200
    main = body_of(preview)
    text = visible_text(main)
    # Unknown components, broken quizzes and HTML blocks are readable text, never dropped.
    assert "<Chart data={points} />" in text
    assert '<Quiz question="Which option is right?" options="one|two" answer="5"' in text
    assert '<iframe src="https://example.org/embed"></iframe>' in text
    assert "<iframe" not in main  # shown, not embedded
    assert '<Callout type="warning">' in text
    assert "This callout is never closed." in text
    assert "++++[>++++<-]" in text  # unknown code language: plain text
    assert "Chart from" not in text  # the MDX import line is not content
    assert 'alt="A harmless looking circle"' in main  # the sanitised SVG
    assert '<Illustration src="/images/lessons/missing.svg" alt="Nothing here" />' in text


def test_malformed_files_become_drafts_showing_their_text(imported, client, editor):
    lesson = LessonPage.objects.get(slug_en="bad-front-matter")
    article = BlogPage.objects.get(slug_en="broken-yaml")
    assert not lesson.live and not article.live
    assert lesson.title == "Bad front matter" and article.title == "Broken yaml"
    lesson_text = visible_text(body_of(editor.get(f"/admin/pages/{lesson.pk}/view_draft/")))
    assert 'title: "An unclosed quote' in lesson_text
    assert "The front matter above is not valid YAML." in lesson_text
    article_text = visible_text(body_of(editor.get(f"/admin/pages/{article.pk}/view_draft/")))
    assert "tags: [one, two" in article_text
    # Dutch editors and visitors see nothing new: the page is a draft with English only.
    assert client.get("/nl/blog/broken-yaml/").status_code == 404
    assert "a new page is a draft showing the file as text" in imported


def test_program_and_tracks(imported, client):
    program = ProgramPage.objects.get(slug_en="first-steps")
    index = ProgramsIndexPage.objects.get()
    assert program.get_parent().pk == index.pk
    assert program.track.slug == "foundations" and program.level == 1
    assert program.colour == "#34D399" and program.icon == "🌱" and program.estimated_hours == 2
    assert program.topic_list == ["Examples and patterns", "Guessing and checking"]
    english = body_of(client.get("/en/programs/first-steps/"))
    assert "First Steps" in english and "A short, friendly tour" in english
    assert "Spot a pattern-finder in daily life" in english
    assert "Curious people with no background at all." in english
    dutch = body_of(client.get("/nl/programs/first-steps/"))
    assert "Eerste stappen" in dutch and "Een korte, vriendelijke rondleiding" in dutch
    assert "Een patroonzoeker in het dagelijks leven herkennen" in dutch
    assert "Leren van voorbeelden" in dutch and "Raden en controleren" in dutch
    assert "Broken Bits" not in dutch  # a draft lesson is not listed
    assert "第一步" in body_of(client.get("/zh-hans/programs/first-steps/"))

    foundations, building = Track.objects.order_by("order")
    assert (foundations.name_en, foundations.name_nl, foundations.name_zh_hans) == (
        "Foundations",
        "Fundamenten",
        "基础",
    )
    assert foundations.name_ar == "الأساسيات" and foundations.tagline_nl == "Begin bij nul"
    assert (building.slug, building.icon, building.order) == ("building", "🛠️", 2)
    assert not ProgramPage.objects.filter(slug_en="broken-program").exists()


def test_articles_with_author_tags_cover_and_translations(imported, client):
    article = BlogPage.objects.get(slug_en="hello-machines")
    assert article.get_parent().specific.__class__ is BlogIndexPage
    assert str(article.date) == "2026-03-14"
    assert article.summary == "What people mean when they say a machine learns, without the jargon."
    assert [author.name for author in article.authors.all()] == ["Mira Okafor"]
    assert Author.objects.count() == 1  # created once for two articles
    assert sorted(tag.name for tag in article.tags.all()) == ["2026", "Beginners", "ai-basics"]
    assert BlogTag.objects.get(name="ai-basics").label_nl == "ai-basis"
    assert article.cover_image.title == "Cover"
    assert article.first_published_at.date().isoformat() == "2026-03-14"
    assert article.last_published_at.date().isoformat() == "2026-04-02"

    english = body_of(client.get("/en/blog/hello-machines/"))
    assert english.count("Hello, Machines: A Gentle Start") == 1
    assert "<th" in english and "labelled examples" in english  # a real table in articles
    assert 'class="highlight"' in english and "console" in english
    assert "Every expert was once a beginner." in english
    assert 'alt="Three boxes joined by arrows"' in english
    assert "Good to know" in english and "Persian scholar" in english
    # Articles have no quiz block: the quiz is readable text with its right answer.
    assert "Which learning uses labelled examples?" in english and "✔ Supervised" in english
    assert '<Gallery images={["a.png"]} />' in visible_text(english)

    dutch = client.get("/nl/blog/hallo-machines/")
    assert dutch.status_code == 200
    assert "Hallo, machines: een zachte start" in body_of(dutch)
    assert 'alt="Drie vakjes verbonden door pijlen"' in body_of(dutch)
    french = body_of(client.get("/fr/blog/hello-machines/"))
    assert "On dit que les machines <i>apprennent</i>." in french

    draft = BlogPage.objects.get(slug_en="draft-notes")
    assert not draft.live
    assert "Notes Not Ready Yet" not in client.get("/en/blog/").content.decode()
    assert "Hello, Machines" in client.get("/en/blog/").content.decode()


def test_report_counts_and_warnings_with_file_and_line(imported):
    assert "Files read: 19" in imported
    for line in (
        "lesson   en       created 4",
        "lesson   nl       created 2",
        "lesson   zh-hans  created 1",
        "lesson   ar       created 1",
        "article  en       created 3",
        "article  nl       created 1",
        "article  fr       created 1",
        "program  en       created 1",
        "track    en       created 2",
        "Quizzes imported: 4; illustrations imported: 6",
        "Authors created: 1",
        "Images created: 4",
    ):
        assert line in imported
    for warning in (
        "blog/de/nur-auf-deutsch.mdx:1: translation without an English file",
        "programs/first-steps/lessons/nl/alleen-in-het-nederlands.mdx:1: translation without",
        "blog/xx:1: unknown locale 'xx'",
        "blog/en/broken-yaml.mdx:4: front matter is not valid YAML",
        "programs/first-steps/lessons/en/bad-front-matter.mdx:3: front matter is not valid YAML",
        "programs/broken-program/program.json:5: not valid JSON",
        "programs/broken-program/lessons/en/orphan-lesson.mdx:1: its program.json is unusable",
        "programs/first-steps/lessons/en/broken-bits.mdx:15: unknown component <Chart>",
        "programs/first-steps/lessons/en/broken-bits.mdx:17: <Quiz>: answer 5 is not one",
        "programs/first-steps/lessons/en/broken-bits.mdx:19: illustration "
        "/images/lessons/missing.svg is not in the assets",
        "programs/first-steps/lessons/en/broken-bits.mdx:23: programs/first-steps/assets/"
        "broken.svg cannot be used",
        "programs/first-steps/lessons/en/broken-bits.mdx:29: HTML <iframe> is not allowed",
        "programs/first-steps/lessons/en/broken-bits.mdx:31: <Callout> has no closing",
        "programs/first-steps/lessons/en/broken-bits.mdx:5: difficulty 'expert'",
        "programs/first-steps/lessons/en/broken-bits.mdx:6: duration 'ninety' is not a number",
        "programs/first-steps/lessons/en/learning-from-examples.mdx:40: lessons have no table",
        "programs/first-steps/lessons/nl/guess-and-check.mdx:5: duration differs",
        "blog/en/hello-machines.mdx:46: unknown component <Gallery>",
        "blog/en/notes.txt:1: not an .mdx or .md file",
        "programs/first-steps/assets/sneaky.svg:1: removed from the SVG: <foreignObject>",
        "tracks.json:4: track foundations: brand has no field on Track",
    ):
        assert warning in imported
    # Every created object is recorded by its source path.
    assert set(ImportedObject.objects.values_list("source", flat=True)) >= {
        "tracks/foundations",
        "programs/first-steps",
        "programs/first-steps/lessons/learning-from-examples",
        "blog/hello-machines",
    }


def test_index_pages_are_created_under_home_when_missing(imported, home):
    assert Page.objects.get(pk=ProgramsIndexPage.objects.get().pk).get_parent().pk == home.pk
    assert BlogIndexPage.objects.get().get_parent().pk == home.pk
    assert "Programs index pages created: 1" in imported


def test_editors_can_open_imported_pages_and_translators_get_them_in_po(imported, editor, tmp_path):
    import io

    import polib

    from django.core.management import call_command

    for page in (
        LessonPage.objects.get(slug_en="learning-from-examples"),
        BlogPage.objects.get(slug_en="hello-machines"),
        ProgramPage.objects.get(slug_en="first-steps"),
    ):
        assert editor.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    call_command(
        "export_content_po",
        "--language",
        "nl",
        "--language",
        "ar",
        "--output-dir",
        str(tmp_path),
        stdout=io.StringIO(),
    )
    dutch = {
        entry.msgid: entry.msgstr
        for entry in polib.pofile(str(tmp_path / "nl" / "LC_MESSAGES" / "content.po"))
    }
    # The imported Dutch lines up with the English block by block.
    assert dutch["Rules or examples?"] == "Regels of voorbeelden?"
    assert dutch["Labelled fruit goes into a box that learns"] == (
        "Gelabeld fruit gaat een lerende doos in"
    )
    arabic = {
        entry.msgid: entry.msgstr
        for entry in polib.pofile(str(tmp_path / "ar" / "LC_MESSAGES" / "content.po"))
    }
    assert arabic["Examples in, a rule out"] == "أمثلة تدخل وقاعدة تخرج"
