"""Reading a content repository laid out like the original site's, without touching the database.

    tracks.json
    programs/<program>/program.json
    programs/<program>/lessons/<locale>/<lesson>.mdx
    programs/<program>/assets/*.svg
    blog/<locale>/<post>.mdx

Every problem is reported through `report.warn(path, line, message)`; nothing raises.
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from django.conf import settings
from django.utils.text import slugify

SOURCE_EXTENSIONS = (".mdx", ".md")
LOCALE_ALIASES = {"zh": "zh-hans", "zh-cn": "zh-hans", "zh_hans": "zh-hans", "zh-hans": "zh-hans"}
DEFAULT_LANGUAGE = "en"


def our_locale(code):
    """Our language code for the repository's locale code (`zh` → `zh-hans`), or None."""
    code = code.strip().lower()
    code = LOCALE_ALIASES.get(code, code)
    return code if code in {language for language, _name in settings.LANGUAGES} else None


@dataclass
class Document:
    path: str  # relative to the repository, with forward slashes
    locale: str  # our language code
    stem: str  # the file name without extension
    front: dict
    body: str
    body_line: int  # line of the file where the body starts
    key_lines: dict = field(default_factory=dict)  # front-matter key -> line
    malformed: bool = False  # the front matter is broken: body is the whole file

    def line_of(self, key):
        return self.key_lines.get(key, 1)


@dataclass
class Group:
    """One page: the English document and its translations by language."""

    english: Document
    translations: dict = field(default_factory=dict)  # locale -> Document

    @property
    def documents(self):
        return {DEFAULT_LANGUAGE: self.english, **self.translations}


def relative(root, path):
    return path.relative_to(root).as_posix()


def read_text(root, path, report):
    report.files_read += 1
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        report.warn(relative(root, path), 1, f"not UTF-8 text ({error.reason}): not imported")
    except OSError as error:
        report.warn(relative(root, path), 1, f"cannot be read ({error.strerror}): not imported")
    return None


def read_document(root, path, locale, report):
    """The Document in `path`, or None when it cannot be imported (reported)."""
    rel = relative(root, path)
    text = read_text(root, path, report)
    if text is None:
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    front, body_line, key_lines = {}, 1, {}
    stem = path.name.rsplit(".", 1)[0]
    slug = slugify(stem, allow_unicode=True)

    def malformed(line, problem):
        if locale != DEFAULT_LANGUAGE:
            report.warn(rel, line, f"{problem}: not imported")
            return None
        report.warn(rel, line, f"{problem}: a new page is a draft showing the file as text")
        return Document(rel, locale, slug, {}, text, 1, malformed=True)

    if lines and lines[0].strip() == "---":
        closing = next(
            (index for index, line in enumerate(lines[1:], 1) if line.strip() in ("---", "...")),
            None,
        )
        if closing is None:
            return malformed(1, "front matter is never closed (no second ---)")
        try:
            front = yaml.safe_load("\n".join(lines[1:closing])) or {}
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 2 if mark is not None else 1
            problem = getattr(error, "problem", None) or "it does not parse"
            return malformed(line, f"front matter is not valid YAML ({problem})")
        if not isinstance(front, dict):
            return malformed(2, "front matter is not a set of keys")
        for index, line in enumerate(lines[1:closing], start=2):
            match = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
            if match:
                key_lines.setdefault(match.group(1), index)
        body_line = closing + 2
        body = "\n".join(lines[closing + 1 :])
    else:
        body = text
    if not body.strip() and not front:
        report.warn(rel, 1, "the file is empty: not imported")
        return None
    if slug != stem:
        report.warn(rel, 1, f"file name {stem!r} is not a valid slug: {slug!r} is used")
    return Document(rel, locale, slug, front, body, body_line, key_lines)


def read_locale_folders(root, folder, report):
    """{our locale: [Document]} from `folder`/<locale>/*.mdx."""
    found = {}
    if not folder.is_dir():
        return found
    for locale_dir in sorted(folder.iterdir()):
        if locale_dir.name == "assets" or locale_dir.name.startswith("."):
            continue
        if not locale_dir.is_dir():
            if locale_dir.suffix in SOURCE_EXTENSIONS:
                report.warn(
                    relative(root, locale_dir), 1, "not inside a locale folder: not imported"
                )
            continue
        locale = our_locale(locale_dir.name)
        if locale is None:
            report.warn(
                relative(root, locale_dir), 1, f"unknown locale {locale_dir.name!r}: not imported"
            )
            continue
        for path in sorted(locale_dir.iterdir()):
            if path.suffix not in SOURCE_EXTENSIONS or not path.is_file():
                report.warn(relative(root, path), 1, "not an .mdx or .md file: not imported")
                continue
            document = read_document(root, path, locale, report)
            if document is not None:
                found.setdefault(locale, []).append(document)
    return found


def _translation_key(document):
    value = document.front.get("translationOf") or document.front.get("translation_of")
    return slugify(str(value), allow_unicode=True) if value else None


def group_documents(by_locale, report, pair_by=None):
    """[Group] of English documents with their translations.

    A translation belongs to the English file of the same name, or to the one its
    `translationOf` names; failing both, to the one English document with the same
    `pair_by` front-matter value (a lesson's `order`), if exactly one has it.
    A translation without English is reported, never imported on its own.
    """
    english = {document.stem: Group(document) for document in by_locale.get(DEFAULT_LANGUAGE, [])}
    for locale, documents in by_locale.items():
        if locale == DEFAULT_LANGUAGE:
            continue
        for document in documents:
            group, how = english.get(document.stem), ""
            key = _translation_key(document)
            if group is None and key:
                group = english.get(key)
                if group is None:
                    report.warn(
                        document.path,
                        document.line_of("translationOf"),
                        f"translationOf {key!r}: there is no English file of that name",
                    )
                    continue
            if group is None and pair_by and document.front.get(pair_by) is not None:
                value = str(document.front[pair_by])
                matches = [
                    candidate
                    for candidate in english.values()
                    if str(candidate.english.front.get(pair_by)) == value
                ]
                if len(matches) == 1:
                    group, how = matches[0], f" (paired by {pair_by})"
            if group is None:
                report.warn(
                    document.path,
                    1,
                    "translation without an English file of the same name: not imported",
                )
                continue
            if locale in group.translations:
                report.warn(
                    document.path,
                    1,
                    f"a second {locale} translation of {group.english.path}: not imported",
                )
                continue
            if how:
                report.note(f"{document.path}: translation of {group.english.path}{how}")
            group.translations[locale] = document
    return list(english.values())


def read_json(root, path, report):
    """(data, text) of a JSON file, or (None, text) when it does not parse (reported)."""
    text = read_text(root, path, report)
    if text is None:
        return None, ""
    try:
        return json.loads(text), text
    except json.JSONDecodeError as error:
        report.warn(relative(root, path), error.lineno, f"not valid JSON ({error.msg})")
        return None, text


def json_line(text, needle, start=0):
    """The line of `text` where `needle` first appears at or after character `start`."""
    position = text.find(needle, start)
    return text.count("\n", 0, position) + 1 if position != -1 else 1


def localized_values(value):
    """{our locale: value} from a string (English) or a {locale: value} object."""
    if isinstance(value, dict):
        values = {}
        for code, text in value.items():
            locale = our_locale(str(code))
            if locale is not None and text not in (None, ""):
                values[locale] = text
        return values
    if value in (None, ""):
        return {}
    return {DEFAULT_LANGUAGE: value}


@dataclass
class Program:
    folder: Path
    path: str  # of program.json
    data: dict
    text: str
    lessons: list  # [Group]
    assets: Path


def read_programs(root, report):
    programs = []
    folder = root / "programs"
    if not folder.is_dir():
        return programs
    for program_dir in sorted(folder.iterdir()):
        if not program_dir.is_dir():
            continue
        manifest = program_dir / "program.json"
        if not manifest.is_file():
            report.warn(relative(root, program_dir), 1, "no program.json: not imported")
            continue
        data, text = read_json(root, manifest, report)
        lessons = group_documents(
            read_locale_folders(root, program_dir / "lessons", report), report, pair_by="order"
        )
        if not isinstance(data, dict):
            if data is not None:
                report.warn(relative(root, manifest), 1, "program.json is not an object")
            for group in lessons:
                report.warn(group.english.path, 1, "its program.json is unusable: not imported")
            continue
        programs.append(
            Program(
                program_dir,
                relative(root, manifest),
                data,
                text,
                lessons,
                program_dir / "assets",
            )
        )
    return programs


def read_blog(root, report):
    return group_documents(read_locale_folders(root, root / "blog", report), report)
