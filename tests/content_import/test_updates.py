"""Running import_mdx again: idempotence, updates as revisions, drafts, dry runs, old slugs,
pages it did not create, fatal errors."""

import pytest

from django.core.management import CommandError
from django.utils import translation

from wagtail.models import Page, Revision

from blog.models import BlogPage
from content_import.models import ImportedObject
from learning.models import LessonPage, ProgramPage, Track
from tests.blog.factories import BlogIndexPageFactory, BlogPageFactory
from tests.content_import.conftest import counts

pytestmark = pytest.mark.django_db

LESSON = "programs/first-steps/lessons/en/learning-from-examples.mdx"
DUTCH_LESSON = "programs/first-steps/lessons/nl/leren-van-voorbeelden.mdx"


def edit(root, relative_path, old, new):
    path = root / relative_path
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def revisions():
    return Revision.objects.count()


def test_a_second_run_changes_nothing(home, sample, run_import, client):
    run_import(sample)
    count, changed = revisions(), Page.objects.order_by("pk").values_list("pk", "latest_revision")
    changed = list(changed)
    output = run_import(sample)
    assert revisions() == count
    assert list(Page.objects.order_by("pk").values_list("pk", "latest_revision")) == changed
    assert "Changes:" not in output
    assert counts(output, "lesson", "en") == {"unchanged": 3, "skipped": 1}
    assert (
        "programs/first-steps/lessons/en/bad-front-matter.mdx:1: the page imported earlier"
        in output
    )
    assert counts(output, "lesson", "nl") == {"unchanged": 2}
    assert "article  fr       unchanged 1" in output and "track    en       unchanged 2" in output
    assert "Quizzes imported: 0; illustrations imported: 0" in output
    assert client.get("/nl/programs/first-steps/leren-van-voorbeelden/").status_code == 200


def test_changed_files_update_live_pages_as_a_new_revision(home, sample, run_import, client):
    run_import(sample)
    lesson = LessonPage.objects.get(slug_en="learning-from-examples")
    before = lesson.revisions.count()
    edit(sample, DUTCH_LESSON, "vindt de regel zelf.", "ontdekt de regel zelf.")
    output = run_import(sample)
    lesson.refresh_from_db()
    assert lesson.revisions.count() == before + 1
    assert f"update lesson {LESSON} (nl; published)" in output
    assert counts(output, "lesson", "nl") == {"updated": 1, "unchanged": 1}
    assert counts(output, "lesson", "en") == {"unchanged": 3, "skipped": 1}
    assert counts(output, "lesson", "ar") == {"unchanged": 1}
    dutch = client.get("/nl/programs/first-steps/leren-van-voorbeelden/").content.decode()
    assert "ontdekt de regel zelf." in dutch
    english = client.get("/en/programs/first-steps/learning-from-examples/").content.decode()
    assert "works out the rule itself" in english  # other languages untouched


def test_drafts_stay_drafts_unless_publish(home, sample, run_import, client):
    run_import(sample)
    path = "programs/first-steps/lessons/en/broken-bits.mdx"
    edit(sample, path, "A paragraph before the trouble starts.", "A calmer first paragraph.")
    output = run_import(sample)
    lesson = LessonPage.objects.get(slug_en="broken-bits")
    assert not lesson.live and f"update lesson {path} (en; draft)" in output
    assert "A calmer first paragraph." in str(lesson.get_latest_revision_as_object().body)

    edit(sample, path, "published: false", "published: true")
    output = run_import(sample)
    lesson.refresh_from_db()
    assert not lesson.live  # still a draft without --publish
    edit(sample, path, "A calmer first paragraph.", "The calmest first paragraph.")
    output = run_import(sample, "--publish")
    lesson.refresh_from_db()
    assert lesson.live and f"update lesson {path} (en; published)" in output
    page = client.get("/en/programs/first-steps/broken-bits/").content.decode()
    assert "The calmest first paragraph." in page


def test_editor_drafts_are_not_published_over(home, sample, run_import, client, django_user_model):
    run_import(sample)
    article = BlogPage.objects.get(slug_en="hello-machines")
    draft = article.get_latest_revision_as_object()
    draft.summary_en = "An editor's better summary."
    draft.save_revision(user=django_user_model.objects.create_user("writer"))
    edit(sample, "blog/en/hello-machines.mdx", "step by step.", "one step at a time.")
    output = run_import(sample, "--publish")
    article.refresh_from_db()
    assert "the page has unpublished changes: saved as a draft on top" in output
    assert "step by step." in client.get("/en/blog/hello-machines/").content.decode()
    latest = article.get_latest_revision_as_object()
    assert latest.summary_en == "An editor's better summary."  # the editor's work is kept
    assert "one step at a time." in str(latest.body)


def test_dry_run_prints_changes_and_writes_nothing(home, sample, run_import):
    output = run_import(sample, "--dry-run")
    assert "Dry run: nothing was written." in output
    assert f"create lesson {LESSON} (en, ar, nl, zh-hans; published)" in output
    assert "lesson   nl       created 2" in output
    assert not LessonPage.objects.exists() and not Track.objects.exists()
    assert not ImportedObject.objects.exists()
    run_import(sample)
    edit(sample, LESSON, "Imagine sorting apples from pears:", "Imagine sorting pears:")
    count = revisions()
    output = run_import(sample, "--dry-run")
    assert f"update lesson {LESSON} (en; published)" in output
    assert revisions() == count
    lesson = LessonPage.objects.get(slug_en="learning-from-examples")
    assert "Imagine sorting apples from pears:" in str(lesson.body)


def test_a_renamed_translation_keeps_its_old_url_working(home, sample, run_import, client):
    run_import(sample)
    old = sample / DUTCH_LESSON
    old.rename(old.with_name("leren-met-voorbeelden.mdx"))
    output = run_import(sample)
    assert "lesson   nl       updated 1" in output
    lesson = LessonPage.objects.get(slug_en="learning-from-examples")
    with translation.override("nl"):
        assert lesson.get_url() == "/nl/programs/first-steps/leren-met-voorbeelden/"
    response = client.get("/nl/programs/first-steps/leren-van-voorbeelden/")
    assert response.status_code == 301
    assert response["Location"] == "/nl/programs/first-steps/leren-met-voorbeelden/"
    assert client.get(response["Location"]).status_code == 200
    # English is untouched and has no redirect.
    assert client.get("/en/programs/first-steps/learning-from-examples/").status_code == 200


def test_pages_it_did_not_create_are_left_alone(home, sample, run_import, client):
    index = BlogIndexPageFactory(parent=home, slug="blog")
    mine = BlogPageFactory(
        parent=index, title="An editor's own article", slug="hello-machines", summary="Mine."
    )
    output = run_import(sample)
    assert (
        "blog/en/hello-machines.mdx:1: a page with the slug 'hello-machines' already exists "
        "and was not created by import_mdx" in output
    )
    assert counts(output, "article", "en") == {"created": 2, "skipped": 1}
    assert counts(output, "article", "nl") == {"skipped": 1}
    mine.refresh_from_db()
    assert mine.title == "An editor's own article" and mine.summary == "Mine."
    assert BlogPage.objects.filter(slug_en="hello-machines").count() == 1

    output = run_import(sample, "--update-existing")
    mine.refresh_from_db()
    assert mine.title_en == "Hello, Machines: A Gentle Start"
    assert mine.title_nl == "Hallo, machines: een zachte start"
    assert "adopted the existing page 'hello-machines'" in output
    assert ImportedObject.objects.get(source="blog/hello-machines").object_id == mine.pk
    assert "Hallo, machines" in client.get("/nl/blog/hallo-machines/").content.decode()


def test_existing_tracks_are_used_not_changed(home, sample, run_import):
    track = Track.objects.create(slug="foundations", name="Our own name", order=7)
    output = run_import(sample)
    track.refresh_from_db()
    assert track.name == "Our own name" and track.order == 7
    assert "track foundations exists and was not created by import_mdx" in output
    assert ProgramPage.objects.get(slug_en="first-steps").track == track


def test_a_deleted_page_comes_back_and_a_removed_file_is_reported(home, sample, run_import):
    run_import(sample)
    LessonPage.objects.get(slug_en="guess-and-check").delete()
    output = run_import(sample)
    assert LessonPage.objects.filter(slug_en="guess-and-check").exists()
    assert "lesson   en       created 1" in output
    (sample / "programs/first-steps/lessons/en/guess-and-check.mdx").unlink()
    (sample / "programs/first-steps/lessons/nl/guess-and-check.mdx").unlink()
    output = run_import(sample)
    assert (
        "programs/first-steps/lessons/guess-and-check was imported before and is no longer in "
        "the repository: left as it is" in output
    )
    assert LessonPage.objects.filter(slug_en="guess-and-check").exists()


def test_fatal_errors_stop_with_a_non_zero_exit(db, tmp_path, sample, run_import):
    with pytest.raises(CommandError, match="is not a directory"):
        run_import(tmp_path / "missing")
    with pytest.raises(CommandError, match="there is no home page"):
        run_import(sample)  # no home page to hold the programs index


def test_publish_makes_pages_follow_their_files(home, sample, run_import, client):
    run_import(sample)
    article = "blog/en/hello-machines.mdx"
    edit(sample, article, "published: true", "published: false")
    output = run_import(sample)
    assert "published is false but the page is live: saved as a draft" not in output  # unchanged
    assert client.get("/nl/blog/hallo-machines/").status_code == 200
    output = run_import(sample, "--publish")
    assert f"unpublish article {article}" in output
    assert client.get("/en/blog/hello-machines/").status_code == 404
    assert client.get("/nl/blog/hallo-machines/").status_code == 404

    lesson = "programs/first-steps/lessons/en/broken-bits.mdx"
    edit(sample, lesson, "published: false", "published: true")
    run_import(sample)
    assert not LessonPage.objects.get(slug_en="broken-bits").live  # drafts stay drafts
    output = run_import(sample, "--publish")
    assert f"publish lesson {lesson}" in output
    assert LessonPage.objects.get(slug_en="broken-bits").live
    assert client.get("/en/programs/first-steps/broken-bits/").status_code == 200


def test_only_imports_the_parts_named(home, sample, run_import):
    run_import(sample, "--only", "blog")
    assert BlogPage.objects.filter(slug_en="hello-machines").exists()
    assert not ProgramPage.objects.exists() and not Track.objects.exists()
    run_import(sample)
    output = run_import(sample, "--only", "tracks", "--only", "programs")
    assert "article " not in output and "blog/" not in output
    # The blog's records are not reported as missing: that part was not read.
    assert "no longer in the repository" not in output
    assert BlogPage.objects.filter(slug_en="hello-machines").exists()
