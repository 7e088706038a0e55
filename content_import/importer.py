"""Writing a content repository into the site: tracks, programs, lessons, articles.

`import_repository(path, …)` is the entry point (used by `manage.py import_mdx`). It reads the
repository (content_import.repository), converts bodies (content_import.blocks) and writes,
in one transaction, only what changed since the last import:

* Objects it created are recorded in `ImportedObject` by source key (`blog/<slug>`,
  `programs/<program>`, `programs/<program>/lessons/<slug>`, `tracks/<slug>`), with a
  fingerprint per language and field of what it wrote. An existing object it did not create is left
  alone (and reported) unless `update_existing` adopts it.
* A page is written only for the fields whose fingerprint changed, as one new revision:
  published when the page is live without an editor's unpublished changes (or with
  `publish`), a draft otherwise. `dry_run` does everything in a transaction that is rolled back.
* When a published slug changes, the old URL of that language redirects to the page
  (wagtail.contrib.redirects).
"""

import datetime
import hashlib
import html
import json
from pathlib import Path

from django.apps import apps
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.text import slugify

from modeltranslation.utils import build_localized_fieldname
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.utils.file import hash_filelike

from . import svg
from .blocks import BodyContext, convert, faq_blocks, source_as_text
from .models import ImportedObject
from .report import Report
from .repository import (
    DEFAULT_LANGUAGE,
    json_line,
    localized_values,
    read_blog,
    read_json,
    read_programs,
    relative,
)

RASTER_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
IMAGE_EXTENSIONS = RASTER_EXTENSIONS | {".svg"}
PROGRAM_STATUS_LIVE = {"active", "published", "live", "coming-soon", "coming_soon", "beta", "new"}
PROGRAM_STATUS_DRAFT = {"draft", "archived", "hidden", "planned"}
LEVEL_NAMES = {"beginner": 1, "foundation": 2, "applied": 3, "advanced": 4, "expert": 5}
PARTS = ("tracks", "programs", "blog")


class FatalImportError(Exception):
    """The import cannot run at all (no repository, no home page)."""


class _DryRun(Exception):
    pass


def _identity(value):
    if hasattr(value, "_meta") and hasattr(value, "pk"):
        return f"{value._meta.label_lower}:{value.pk}"
    if isinstance(value, (list, tuple)):
        return [_identity(item) for item in value]
    return str(value)


def fingerprint(values):
    """A hash of the values the importer would write (objects by identity)."""
    values = {
        name: _identity(value) if hasattr(value, "_meta") or isinstance(value, tuple) else value
        for name, value in values.items()
    }
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, default=_identity)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def localized(name, locale):
    return build_localized_fieldname(name, locale)


def page_urls(page):
    """{language: URL path} of a live page."""
    urls = {}
    for code in [code for code, _name in _languages()]:
        with translation.override(code):
            url = page.get_url()
        if url:
            urls[code] = url
    return urls


def _languages():
    from django.conf import settings

    return settings.LANGUAGES


class Importer:
    def __init__(self, root, *, publish=False, dry_run=False, update_existing=False, parts=PARTS):
        unknown = set(parts) - set(PARTS)
        if unknown:
            raise FatalImportError(f"unknown parts: {', '.join(sorted(unknown))}")
        self.root = Path(root)
        self.parts = tuple(part for part in PARTS if part in parts)
        self.publish = publish
        self.dry_run = dry_run
        self.update_existing = update_existing
        self.report = Report(dry_run=dry_run)
        self.seen_sources = set()
        self.saved_files = []
        self.images = {}
        self.tracks = {}

    # --- Entry point -------------------------------------------------------------------------
    def run(self):
        if not self.root.is_dir():
            raise FatalImportError(f"{self.root} is not a directory")
        try:
            with translation.override(DEFAULT_LANGUAGE), transaction.atomic():
                for part in self.parts:
                    getattr(self, f"import_{part}")()
                self.report_missing_sources()
                if self.dry_run:
                    raise _DryRun
        except _DryRun:
            for name, storage in self.saved_files:
                storage.delete(name)
        return self.report

    def warn(self, path, line, message):
        self.report.warn(path, line, message)

    def guarded(self, path, action):
        """Run `action` in a savepoint; an unexpected error is reported, never fatal."""
        try:
            with transaction.atomic():
                return action()
        except FatalImportError:
            raise
        except Exception as error:  # noqa: BLE001  (reported, the run goes on)
            self.warn(path, 1, f"could not be imported ({type(error).__name__}: {error})")
            return None

    # --- Records -------------------------------------------------------------------------
    def record_for(self, source):
        self.seen_sources.add(source)
        record = ImportedObject.objects.filter(source=source).first()
        if record is None:
            return None, None
        obj = record.content_object
        if obj is None:  # deleted since: it will be created again
            record.delete()
            return None, None
        return record, obj.specific if isinstance(obj, Page) else obj

    def save_record(self, record, source, obj, fingerprints):
        if record is None:
            record = ImportedObject(source=source, content_object=obj)
        record.content_object = obj
        record.fingerprints = fingerprints
        record.save()

    def report_missing_sources(self):
        prefixes = tuple(f"{part}/" for part in self.parts)
        for record in ImportedObject.objects.filter(source__regex=r"^(tracks|programs|blog)/"):
            if record.source not in self.seen_sources and record.source.startswith(prefixes):
                self.report.note(
                    f"{record.source} was imported before and is no longer in the repository: "
                    "left as it is"
                )

    # --- Small helpers ---------------------------------------------------------------------
    def fit(self, value, limit, path, line, what):
        value = "" if value is None else str(value).strip()
        if len(value) > limit:
            self.warn(path, line, f"{what} is longer than {limit} characters: cut")
            value = value[:limit]
        return value

    def integer(self, value, default, low, high, path, line, what):
        if value in (None, ""):
            return default
        try:
            number = int(float(str(value).strip()))
        except ValueError:
            self.warn(path, line, f"{what} {value!r} is not a number: {default} is used")
            return default
        if not low <= number <= high:
            clamped = min(max(number, low), high)
            self.warn(path, line, f"{what} {number} is outside {low}–{high}: {clamped} is used")
            return clamped
        return number

    def published_flag(self, document, default=True):
        value = document.front.get("published", default)
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("true", "yes", "1"):
            return True
        if text in ("false", "no", "0"):
            return False
        self.warn(document.path, document.line_of("published"), f"published {value!r} is unclear")
        return default

    def malformed_page(self, kind, group, source):
        """Fields for a new draft page showing a malformed English file as text, or None when
        the page exists already (it is left as it is)."""
        english = group.english
        self.seen_sources.add(source)
        if ImportedObject.objects.filter(source=source).exists():
            self.warn(english.path, 1, "the page imported earlier is left as it is")
            self.report.count(kind, DEFAULT_LANGUAGE, "skipped")
            return None
        for document in group.translations.values():
            self.warn(document.path, 1, "its English file is malformed: not imported")
        title = english.stem.replace("-", " ").replace("_", " ").capitalize()
        return {"title": title, "slug": english.stem, "body": source_as_text(english.body, source)}

    def title_of(self, document):
        title = document.front.get("title")
        if title in (None, ""):
            self.warn(document.path, 1, "no title in the front matter: not imported")
            return None
        return self.fit(title, 255, document.path, document.line_of("title"), "title")

    # --- Images ----------------------------------------------------------------------------
    def image_from_file(self, path, source_path, line, raster_only=False):
        """A Wagtail image for the file at `path` (sanitised if SVG), reused when the same
        file was imported before (same hash); None when it cannot be used (reported)."""
        rel = relative(self.root, path) if path.is_relative_to(self.root) else str(path)
        extension = path.suffix.lower()
        if extension not in (RASTER_EXTENSIONS if raster_only else IMAGE_EXTENSIONS):
            allowed = "a PNG, JPEG, GIF or WebP image" if raster_only else "an image"
            self.warn(source_path, line, f"{rel} is not {allowed}: not imported")
            return None
        data = path.read_bytes()
        if extension == ".svg":
            try:
                data, removed = svg.sanitise(data)
            except svg.UnsafeSvg as error:
                self.warn(source_path, line, f"{rel} cannot be used: {error}")
                return None
            if removed:
                self.warn(rel, 1, "removed from the SVG: " + ", ".join(sorted(set(removed))))
        digest = hash_filelike(ContentFile(data))
        if digest in self.images:
            return self.images[digest]
        model = get_image_model()
        image = model.objects.filter(file_hash=digest).first()
        if image is None:
            title = path.stem.replace("-", " ").replace("_", " ").strip().capitalize()
            image = model(
                title=title or path.name,
                file=ContentFile(data, name=path.name),
                file_hash=digest,
                file_size=len(data),
            )
            image.save()
            self.saved_files.append((image.file.name, image.file.storage))
            self.report.objects["images created"] += 1
        self.images[digest] = image
        return image

    def find_asset(self, src, folders):
        name = Path(str(src).split("?")[0].split("#")[0]).name
        candidates = [folder / name for folder in folders]
        if str(src).startswith("/"):
            candidates += [self.root / "public" / src.lstrip("/"), self.root / src.lstrip("/")]
        for candidate in candidates:
            if candidate.is_file() and candidate.resolve().is_relative_to(self.root.resolve()):
                return candidate
        return None

    def image_resolver(self, document, folders):
        def image_for(src, line):
            path = self.find_asset(src, folders)
            if path is None:
                self.warn(document.path, line, f"illustration {src} is not in the assets")
                return None
            return self.image_from_file(path, document.path, line)

        return image_for

    # --- Bodies ------------------------------------------------------------------------------
    def body(self, document, seed, target, stream_block, folders):
        context = BodyContext(
            target=target,
            seed=seed,
            warn=lambda line, message: self.warn(document.path, line, message),
            image_for=self.image_resolver(document, folders),
            title=str(document.front.get("title") or ""),
        )
        return convert(document.body, document.body_line, context, stream_block), context.stats

    # --- Pages -------------------------------------------------------------------------------
    def upsert_page(self, kind, source, parent, model, shared, per_locale, live_wanted, path):
        """Create or update one page; `per_locale` is {locale: {field: value}} (the
        English entry holds the page's slug), `shared` the fields of every language."""
        record, page = self.record_for(source)
        slug = per_locale[DEFAULT_LANGUAGE]["slug"]
        fingerprints = {
            locale: {
                name: fingerprint({name: value})
                for name, value in {
                    **values,
                    **(shared if locale == DEFAULT_LANGUAGE else {}),
                }.items()
            }
            for locale, values in per_locale.items()
        }
        if page is None:
            existing = Page.objects.child_of(parent).filter(slug_en=slug).first()
            if existing is not None and not self.update_existing:
                self.warn(
                    path,
                    1,
                    f"a page with the slug {slug!r} already exists and was not created by "
                    "import_mdx: left alone (use --update-existing to update it)",
                )
                for locale in per_locale:
                    self.report.count(kind, locale, "skipped")
                return None, ()
            if existing is not None:
                if not isinstance(existing.specific, model):
                    self.warn(path, 1, f"the page {slug!r} is not a {kind}: left alone")
                    for locale in per_locale:
                        self.report.count(kind, locale, "skipped")
                    return None, ()
                page = existing.specific
                record = None
                self.report.note(f"{path}: adopted the existing page {slug!r}")
            else:
                page = self.create_page(parent, model, shared, per_locale, live_wanted)
                for locale in per_locale:
                    self.report.count(kind, locale, "created")
                state = "published" if page.live else "draft"
                self.report.changes.append(
                    f"create {kind} {path} ({', '.join(per_locale)}; {state})"
                )
                self.save_record(None, source, page, fingerprints)
                return page, tuple(per_locale)
        recorded = record.fingerprints if record else {}
        changed_fields = {}
        for locale, prints in fingerprints.items():
            before = recorded.get(locale)
            before = before if isinstance(before, dict) else {}
            names = [name for name, value in prints.items() if before.get(name) != value]
            if names:
                changed_fields[locale] = names
        changed = list(changed_fields)
        for locale in per_locale:
            self.report.count(kind, locale, "updated" if locale in changed else "unchanged")
        for locale in set(recorded) - set(per_locale):
            self.report.note(
                f"{path}: the {locale} translation is no longer in the repository; the page "
                "keeps its text"
            )
        if changed:
            state = self.update_page(page, shared, per_locale, changed_fields, live_wanted, path)
            self.report.changes.append(f"update {kind} {path} ({', '.join(changed)}; {state})")
        elif self.publish:
            self.follow_file(kind, page, live_wanted, path)
        self.save_record(record, source, page, fingerprints)
        return page, tuple(changed)

    @staticmethod
    def apply(page, shared, per_locale, fields):
        """Set `fields` ({locale: [field name]}) on `page` from the imported values."""
        for locale, names in fields.items():
            for name in names:
                if locale == DEFAULT_LANGUAGE and name in shared:
                    value = shared[name]
                    if name == "tags":
                        page.tags.set(value)
                    else:
                        setattr(page, name, value)
                else:
                    setattr(page, localized(name, locale), per_locale[locale][name])

    def create_page(self, parent, model, shared, per_locale, live_wanted):
        page = model()
        everything = {
            locale: [*values, *(shared if locale == DEFAULT_LANGUAGE else [])]
            for locale, values in per_locale.items()
        }
        self.apply(page, shared, per_locale, everything)
        page.live = bool(live_wanted)
        parent.add_child(instance=page)
        revision = page.save_revision(log_action=True)
        if live_wanted:
            revision.publish()
        return page

    @staticmethod
    def pending_revision(page):
        """(the latest revision if it is not live yet, True if an editor saved it)."""
        if not page.has_unpublished_changes or not page.latest_revision_id:
            return None, False
        revision = page.latest_revision
        return revision, revision.user_id is not None

    def update_page(self, page, shared, per_locale, changed, live_wanted, path):
        """Apply the `changed` fields ({locale: [names]}) as one new revision, on top of any
        unpublished one; return what became of it."""
        pending, by_editor = self.pending_revision(page)
        base = pending.as_object() if pending else page
        self.apply(base, shared, per_locale, changed)
        old_urls = page_urls(page) if page.live else {}
        revision = base.save_revision(log_action=True)
        if by_editor:
            self.warn(path, 1, "the page has unpublished changes: saved as a draft on top")
            return "draft"
        if page.live and live_wanted is False:
            if self.publish:
                revision.publish()
                page.refresh_from_db()
                page.unpublish(log_action=True)
                return "unpublished"
            self.warn(path, 1, "published is false but the page is live: saved as a draft")
            return "draft"
        if page.live or (self.publish and live_wanted):
            revision.publish()
            self.add_redirects(page, old_urls)
            return "published"
        return "draft"

    def follow_file(self, kind, page, live_wanted, path):
        """With --publish, an unchanged page's state follows its file's `published`."""
        pending, by_editor = self.pending_revision(page)
        if live_wanted and not page.live:
            if by_editor:
                self.warn(path, 1, "the page has unpublished changes by an editor: not published")
            elif pending is not None and not pending.approved_go_live_at:
                pending.publish()
                self.report.changes.append(f"publish {kind} {path}")
        elif live_wanted is False and page.live:
            page.unpublish(log_action=True)
            self.report.changes.append(f"unpublish {kind} {path}")

    def add_redirects(self, page, old_urls):
        if not old_urls or not apps.is_installed("wagtail.contrib.redirects"):
            return
        from wagtail.contrib.redirects.models import Redirect

        fresh = Page.objects.get(pk=page.pk).specific
        new_urls = page_urls(fresh)
        for code, old in old_urls.items():
            if new_urls.get(code) in (None, old):
                continue
            old_path = Redirect.normalise_path(old)
            Redirect.objects.update_or_create(
                old_path=old_path,
                site=None,
                defaults={"redirect_page": fresh, "is_permanent": True},
            )
            self.report.objects["redirects from old slugs"] += 1

    def count_content(self, stats, locales, locale):
        if locale in locales:
            self.report.content.update(stats)

    # --- Tracks ------------------------------------------------------------------------------
    def import_tracks(self):
        path = self.root / "tracks.json"
        if not path.is_file():
            return
        data, text = read_json(self.root, path, self.report)
        rel = relative(self.root, path)
        if data is None:
            return
        items = data.get("tracks") if isinstance(data, dict) else None
        if not isinstance(items, list):
            self.warn(rel, 1, 'tracks.json has no "tracks" list: no track imported')
            return
        for position, item in enumerate(items):
            if not isinstance(item, dict) or not item.get("slug"):
                self.warn(rel, json_line(text, "{", 0), f"track {position + 1} has no slug")
                continue
            line = json_line(text, f'"{item["slug"]}"')
            self.guarded(rel, lambda item=item, line=line: self.import_track(item, rel, line))

    def import_track(self, item, path, line):
        from learning.models import Track

        slug = slugify(str(item["slug"]), allow_unicode=True)
        for key in ("description", "brand"):
            if item.get(key):
                self.warn(path, line, f"track {slug}: {key} has no field on Track, not imported")
        names = localized_values(item.get("title") or item.get("name"))
        taglines = localized_values(item.get("tagline"))
        if DEFAULT_LANGUAGE not in names:
            self.warn(path, line, f"track {slug} has no English title: not imported")
            return
        values = {
            "slug": slug,
            "icon": self.fit(item.get("icon"), 8, path, line, "icon"),
            "order": self.integer(item.get("order"), 0, 0, 32767, path, line, "order"),
        }
        per_locale = {}
        for locale in sorted(
            set(names) | set(taglines), key=lambda code: (code != DEFAULT_LANGUAGE, code)
        ):
            per_locale[locale] = {}
            if locale in names:
                per_locale[locale]["name"] = self.fit(names[locale], 80, path, line, "title")
            if locale in taglines:
                per_locale[locale]["tagline"] = self.fit(
                    taglines[locale], 160, path, line, "tagline"
                )
        source = f"tracks/{slug}"
        record, track = self.record_for(source)
        fingerprints = {
            locale: fingerprint({**fields, **(values if locale == DEFAULT_LANGUAGE else {})})
            for locale, fields in per_locale.items()
        }
        if track is None:
            track = Track.objects.filter(slug=slug).first()
            if track is not None and not self.update_existing:
                self.tracks[slug] = track
                for locale in per_locale:
                    self.report.count("track", locale, "skipped")
                self.report.note(
                    f"track {slug} exists and was not created by import_mdx: used as it is"
                )
                return
            changed = list(per_locale)
            if track is None:
                track = Track()
                action = "created"
            else:
                action = "updated"
        else:
            changed = [
                loc for loc in per_locale if record.fingerprints.get(loc) != fingerprints[loc]
            ]
            action = "updated"
        for locale in per_locale:
            self.report.count("track", locale, action if locale in changed else "unchanged")
        if changed:
            if DEFAULT_LANGUAGE in changed:
                for name, value in values.items():
                    setattr(track, name, value)
            for locale in changed:
                for name, value in per_locale[locale].items():
                    setattr(track, localized(name, locale), value)
            track.save()
            self.report.changes.append(f"{action[:-1]} track {slug} ({', '.join(changed)})")
        self.save_record(record, source, track, fingerprints)
        self.tracks[slug] = track

    # --- Programs ----------------------------------------------------------------------------
    def programs_index(self):
        from learning.models import ProgramsIndexPage

        index = ProgramsIndexPage.objects.first()
        if index is None:
            index = self.create_index(ProgramsIndexPage, "Programs", "programs")
        return index

    def create_index(self, model, title, slug):
        from site_config.models import HomePage

        home = HomePage.objects.first()
        if home is None:
            raise FatalImportError(
                f"there is no home page to hold the {title.lower()} index; create one first "
                "(manage.py load_demo does)"
            )
        index = model(title=title, slug=slug)
        home.add_child(instance=index)
        index.save_revision().publish()
        self.report.objects[f"{title.lower()} index pages created"] += 1
        return index

    def import_programs(self):
        programs = read_programs(self.root, self.report)
        if not programs:
            return
        index = self.programs_index()
        for program in programs:
            page = self.guarded(
                program.path, lambda program=program: self.import_program(program, index)
            )
            for group in program.lessons:
                if page is None:
                    self.warn(group.english.path, 1, "its program was not imported: not imported")
                    continue
                self.guarded(
                    group.english.path,
                    lambda group=group, program=program, page=page: self.import_lesson(
                        group, program, page
                    ),
                )

    def program_track(self, data, path, line):
        from learning.models import Track

        slug = slugify(str(data.get("track") or ""), allow_unicode=True)
        track = self.tracks.get(slug) or Track.objects.filter(slug=slug).first()
        if track is None:
            self.warn(path, line, f"track {slug or '(none)'!r} is unknown: program not imported")
        return track

    def program_colour(self, value, path, line):
        from learning.models import ProgramColour

        text = str(value or "").strip()
        if not text:
            return ProgramColour.VIOLET.value
        for colour in ProgramColour:
            if text.upper() == colour.value or text.lower() in (
                colour.name.lower(),
                colour.label.lower(),
            ):
                return colour.value
        try:
            rgb = tuple(int(text.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
        except ValueError:
            self.warn(path, line, f"colour {text!r} is not a colour: violet is used")
            return ProgramColour.VIOLET.value
        nearest = min(
            ProgramColour,
            key=lambda colour: sum(
                (int(colour.value[1 + 2 * i : 3 + 2 * i], 16) - rgb[i]) ** 2 for i in range(3)
            ),
        )
        self.warn(
            path,
            line,
            f"colour {text} is not in the palette: the nearest, {nearest.value}, is used",
        )
        return nearest.value

    def program_level(self, value, path, line):
        if isinstance(value, str) and value.strip().lower() in LEVEL_NAMES:
            return LEVEL_NAMES[value.strip().lower()]
        return self.integer(value, 1, 1, 5, path, line, "level")

    def program_live(self, status, path, line):
        text = str(status or "active").strip().lower()
        if text in PROGRAM_STATUS_LIVE:
            return True
        if text not in PROGRAM_STATUS_DRAFT:
            self.warn(path, line, f"status {status!r} is unknown: the program stays a draft")
        return False

    def import_program(self, program, index):
        from learning.models import ProgramPage

        data, text, path = program.data, program.text, program.path

        def line(key):
            return json_line(text, f'"{key}"')

        folder_slug = program.folder.name
        slug = slugify(str(data.get("slug") or folder_slug), allow_unicode=True)
        if slug != folder_slug:
            self.warn(
                path, line("slug"), f"slug {slug!r} differs from its folder: {slug!r} is used"
            )
        track = self.program_track(data, path, line("track"))
        if track is None:
            return None
        titles = localized_values(data.get("title"))
        if DEFAULT_LANGUAGE not in titles:
            self.warn(path, line("title"), "no English title: program not imported")
            return None
        lesson_count = data.get("lessonCount")
        if lesson_count not in (None, "") and str(lesson_count) != str(len(program.lessons)):
            self.warn(
                path,
                line("lessonCount"),
                f"lessonCount says {lesson_count}, the repository has {len(program.lessons)} "
                "English lessons (the site counts the lessons it has)",
            )
        shared = {
            "track": track,
            "level": self.program_level(data.get("level"), path, line("level")),
            "icon": self.fit(data.get("icon"), 8, path, line("icon"), "icon"),
            "colour": self.program_colour(data.get("color"), path, line("color")),
            "estimated_hours": self.integer(
                data.get("estimatedHours"),
                1,
                1,
                500,
                path,
                line("estimatedHours"),
                "estimatedHours",
            ),
        }
        limits = {"title": 255, "tagline": 80, "subtitle": 200}
        texts = {
            name: localized_values(data.get(name))
            for name in ("title", "tagline", "subtitle", "description", "audience", "prerequisites")
        }
        for key, field in (("topics", "topics"), ("outcomes", "outcomes")):
            value = data.get(key)
            if isinstance(value, list) or value is None:
                value = {DEFAULT_LANGUAGE: value} if value else {}
            lists = localized_values(value)
            texts[field] = {
                locale: "\n".join(str(item).strip() for item in items if str(item).strip())
                for locale, items in lists.items()
                if isinstance(items, list)
            }
        per_locale = {}
        for name, values in texts.items():
            for locale, value in values.items():
                if isinstance(value, (dict, list)):
                    self.warn(path, line(name), f"{name} ({locale}) is not a text: not imported")
                    continue
                value = str(value).strip()
                if name in limits:
                    value = self.fit(value, limits[name], path, line(name), name)
                per_locale.setdefault(locale, {})[name] = value
        self.program_extras(data, f"programs/{slug}", shared, per_locale, path, line)
        per_locale[DEFAULT_LANGUAGE]["slug"] = slug
        english = per_locale.pop(DEFAULT_LANGUAGE)
        ordered = {DEFAULT_LANGUAGE: english, **dict(sorted(per_locale.items()))}
        live = self.program_live(data.get("status"), path, line("status"))
        page, _changed = self.upsert_page(
            "program", f"programs/{slug}", index, ProgramPage, shared, ordered, live, path
        )
        return page

    def program_extras(self, data, seed, shared, per_locale, path, line):
        """Our additions to program.json: `faq` ([{question, answer}] or {locale: [...]})
        and `relatedTags` (blog tag slugs, a list or "a, b")."""
        faq = data.get("faq")
        if faq is not None:
            lists = localized_values({DEFAULT_LANGUAGE: faq} if isinstance(faq, list) else faq)
            for locale, items in lists.items():
                if not isinstance(items, list):
                    self.warn(path, line("faq"), f"faq ({locale}) is not a list: not imported")
                    continue
                per_locale.setdefault(locale, {})["faq"] = faq_blocks(
                    items,
                    seed,
                    lambda message, locale=locale: self.warn(
                        path, line("faq"), f"faq ({locale}): {message}"
                    ),
                )
        tags = data.get("relatedTags")
        if tags is not None:
            names = tags.split(",") if isinstance(tags, str) else tags
            if not isinstance(names, list):
                self.warn(path, line("relatedTags"), "relatedTags is not a list: not imported")
                return
            slugs = [slugify(str(name), allow_unicode=True) for name in names]
            shared["related_tags"] = self.fit(
                ", ".join(slug for slug in slugs if slug), 200, path, line("relatedTags"), "tags"
            )

    # --- Lessons -----------------------------------------------------------------------------
    def lesson_fields(self, document, seed, folders, english=None):
        from learning.models import LessonPage

        title = self.title_of(document)
        if title is None:
            return None
        body, stats = self.body(
            document, seed, "lesson", LessonPage._meta.get_field("body").stream_block, folders
        )
        fields = {
            "title": title,
            "description": str(document.front.get("description") or "").strip(),
            "body": body,
        }
        if english is not None and document.stem != english.stem:
            fields["slug"] = document.stem
        return fields, stats

    def lesson_shared(self, document):
        from learning.models import Difficulty

        front, path = document.front, document.path
        difficulty = str(front.get("difficulty") or "beginner").strip().lower()
        if difficulty not in Difficulty.values:
            self.warn(
                path,
                document.line_of("difficulty"),
                f"difficulty {difficulty!r} is not beginner, intermediate or advanced: beginner",
            )
            difficulty = Difficulty.BEGINNER.value
        return {
            "order": self.integer(
                front.get("order"), 1, 0, 32767, path, document.line_of("order"), "order"
            ),
            "difficulty": difficulty,
            "duration_minutes": self.integer(
                front.get("duration"), 10, 1, 600, path, document.line_of("duration"), "duration"
            ),
            "icon": self.fit(front.get("icon"), 8, path, document.line_of("icon"), "icon"),
        }

    def import_lesson(self, group, program, program_page):
        from learning.models import LessonPage

        english = group.english
        seed = f"programs/{program.folder.name}/lessons/{english.stem}"
        if english.malformed:
            fields = self.malformed_page("lesson", group, seed)
            if fields is not None:
                shared = self.lesson_shared(english)
                self.upsert_page(
                    "lesson",
                    seed,
                    program_page,
                    LessonPage,
                    shared,
                    {"en": fields},
                    False,
                    english.path,
                )
            return
        folders = [program.assets, self.root / "assets"]
        built = self.lesson_fields(english, seed, folders)
        if built is None:
            return
        fields, stats = built
        fields["slug"] = english.stem
        per_locale, all_stats = {DEFAULT_LANGUAGE: fields}, {DEFAULT_LANGUAGE: stats}
        shared = self.lesson_shared(english)
        for locale, document in sorted(group.translations.items()):
            if not self.published_flag(document):
                self.report.note(f"{document.path}: published is false, translation not imported")
                continue
            self.compare_shared(document, english, ("order", "difficulty", "duration", "icon"))
            built = self.lesson_fields(document, seed, folders, english)
            if built is not None:
                per_locale[locale], all_stats[locale] = built
        _page, changed = self.upsert_page(
            "lesson",
            seed,
            program_page,
            LessonPage,
            shared,
            per_locale,
            self.published_flag(english),
            english.path,
        )
        for locale in changed:
            self.report.content.update(all_stats[locale])

    def compare_shared(self, document, english, keys):
        for key in keys:
            value = document.front.get(key)
            if value is not None and str(value) != str(english.front.get(key)):
                self.warn(
                    document.path,
                    document.line_of(key),
                    f"{key} differs from the English file; every language shares the English one",
                )

    # --- Blog --------------------------------------------------------------------------------
    def blog_index(self):
        from blog.models import BlogIndexPage

        index = BlogIndexPage.objects.first()
        if index is None:
            index = self.create_index(BlogIndexPage, "Blog", "blog")
        return index

    def import_blog(self):
        groups = read_blog(self.root, self.report)
        if not groups:
            return
        index = self.blog_index()
        for group in groups:
            self.guarded(group.english.path, lambda group=group: self.import_article(group, index))

    def article_date(self, document):
        value = document.front.get("date")
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        try:
            return datetime.date.fromisoformat(str(value).strip())
        except ValueError:
            self.warn(
                document.path,
                document.line_of("date"),
                f"date {value!r} is not YYYY-MM-DD: today is used",
            )
            return timezone.localdate()

    def article_tags(self, document):
        raw = document.front.get("tags") or []
        if not isinstance(raw, list):
            raw = [raw]
        names = []
        for item in raw:
            if isinstance(item, (dict, list)) or item is None:
                self.warn(document.path, document.line_of("tags"), f"tag {item!r} is not a name")
                continue
            name = str(item).strip()
            if name and name not in names:
                names.append(name)
        return names

    def tags_for(self, names):
        from blog.models import BlogTag

        tags = []
        for name in names:
            slug = slugify(name, allow_unicode=True) or name
            tag = (
                BlogTag.objects.filter(slug=slug).first()
                or BlogTag.objects.filter(name__iexact=name).first()
            )
            if tag is None:
                tag = BlogTag.objects.create(name=name, slug=slug)
                self.report.objects["tags created"] += 1
            tags.append(tag)
        return tags

    def label_tags(self, tags, english_names, document):
        names = self.article_tags(document)
        if names == english_names or not names:
            return
        if len(names) != len(english_names):
            self.warn(
                document.path,
                document.line_of("tags"),
                "its tags do not match the English ones one to one: not used as labels",
            )
            return
        field = localized("label", document.locale)
        for tag, name in zip(tags, names, strict=True):
            if not getattr(tag, field) and name != tag.name:
                setattr(tag, field, name)
                tag.save()

    def author_for(self, document):
        from blog.models import Author

        name = str(document.front.get("author") or "").strip()
        if not name:
            return None
        author = Author.objects.filter(name_en=name).first()
        if author is None:
            author = Author(name=name)
            author.save()
            self.report.objects["authors created"] += 1
        return author

    def cover_image(self, document):
        src = document.front.get("image")
        if not src:
            return None
        folders = [self.root / "blog" / "assets", self.root / "assets"]
        path = self.find_asset(str(src), folders)
        if path is None:
            self.warn(document.path, document.line_of("image"), f"image {src} is not found")
            return None
        return self.image_from_file(
            path, document.path, document.line_of("image"), raster_only=True
        )

    def article_fields(self, document, seed, english=None):
        from blog.models import BlogPage

        title = self.title_of(document)
        if title is None:
            return None
        folders = [self.root / "blog" / "assets", self.root / "assets"]
        body, stats = self.body(
            document, seed, "article", BlogPage._meta.get_field("body").stream_block, folders
        )
        summary = self.fit(
            document.front.get("description"),
            400,
            document.path,
            document.line_of("description"),
            "description",
        )
        if english is None and not summary:
            summary = summary_from(body, title)
            self.warn(document.path, 1, "no description: the summary is the start of the body")
        fields = {"title": title, "summary": summary, "body": body}
        if document.front.get("imageAlt") not in (None, ""):
            fields["cover_alt"] = self.fit(
                document.front["imageAlt"],
                250,
                document.path,
                document.line_of("imageAlt"),
                "imageAlt",
            )
        if english is not None and document.stem != english.stem:
            fields["slug"] = document.stem
        return fields, stats

    def import_article(self, group, index):
        from blog.models import BlogPage

        english = group.english
        seed = f"blog/{english.stem}"
        if english.malformed:
            fields = self.malformed_page("article", group, seed)
            if fields is not None:
                shared = {"date": timezone.localdate()}
                fields["summary"] = fields["title"]
                self.upsert_page(
                    "article", seed, index, BlogPage, shared, {"en": fields}, False, english.path
                )
            return
        built = self.article_fields(english, seed)
        if built is None:
            return
        fields, stats = built
        fields["slug"] = english.stem
        names = self.article_tags(english)
        tags = self.tags_for(names)
        author = self.author_for(english)
        updated = english.front.get("updatedAt")
        if updated not in (None, ""):
            try:
                datetime.date.fromisoformat(str(updated).strip()[:10])
            except ValueError:
                self.warn(
                    english.path, english.line_of("updatedAt"), f"updatedAt {updated!r} is no date"
                )
                updated = None
        cover = self.cover_image(english)
        shared = {
            "date": self.article_date(english),
            "authors": [author] if author else [],
            "tags": tags,
            "cover_image": cover,
            # Without `imageAlt` the front matter has no words for the cover: decorative until
            # an editor describes it (an image is described or marked decorative, never neither).
            "cover_is_decorative": cover is not None and not fields.get("cover_alt"),
        }
        per_locale, all_stats = {DEFAULT_LANGUAGE: fields}, {DEFAULT_LANGUAGE: stats}
        for locale, document in sorted(group.translations.items()):
            if not self.published_flag(document):
                self.report.note(f"{document.path}: published is false, translation not imported")
                continue
            built = self.article_fields(document, seed, english)
            if built is None:
                continue
            per_locale[locale], all_stats[locale] = built
            self.label_tags(tags, names, document)
            self.translate_author(author, document)
        page, changed = self.upsert_page(
            "article",
            seed,
            index,
            BlogPage,
            shared,
            per_locale,
            self.published_flag(english),
            english.path,
        )
        for locale in changed:
            self.report.content.update(all_stats[locale])
        if page is not None and page.live and DEFAULT_LANGUAGE in changed and updated:
            self.set_modified(page, shared["date"], str(updated).strip()[:10])

    def translate_author(self, author, document):
        name = str(document.front.get("author") or "").strip()
        if author is None or not name or name == author.name_en:
            return
        field = localized("name", document.locale)
        if not getattr(author, field):
            setattr(author, field, name)
            author.save()

    @staticmethod
    def set_modified(page, date, updated):
        """The original's dates: first published on `date`, last modified on `updatedAt`
        (the article's JSON-LD dateModified)."""
        moment = timezone.make_aware(
            datetime.datetime.combine(datetime.date.fromisoformat(updated), datetime.time(12))
        )
        first = timezone.make_aware(datetime.datetime.combine(date, datetime.time(12)))
        Page.objects.filter(pk=page.pk).update(
            last_published_at=max(moment, first), first_published_at=first
        )


def summary_from(body, title, limit=400):
    """The start of the first paragraph (plain text, cut at a word), else the title."""
    for block in body:
        if block["type"] == "paragraph":
            text = " ".join(strip_tags(block["value"].replace("<", " <")).split())
            text = html.unescape(text)
            if text:
                return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return title


def import_repository(path, *, publish=False, dry_run=False, update_existing=False, parts=PARTS):
    """Import the content repository at `path` (only the `parts` named: tracks, programs,
    blog); returns the Report. Raises FatalImportError when the import cannot run at all."""
    importer = Importer(
        path, publish=publish, dry_run=dry_run, update_existing=update_existing, parts=parts
    )
    return importer.run()
