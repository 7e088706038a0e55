"""UI catalogues: complete, not fuzzy, placeholders intact, in step with the code, compiled."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
TRANSLATED_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%[sd]|\{\w*\}")
SOURCE_DIRS = [
    "educademy",
    "site_config",
    "learning",
    "blog",
    "careers",
    "content_translation",
    "content_import",
    "lab",
    "journey",
    "templates",
]


def catalogue_path(code):
    return (
        ROOT
        / "locale"
        / code.replace("-", "_").replace("_hans", "_Hans")
        / "LC_MESSAGES"
        / "django.po"
    )


def load(code):
    path = catalogue_path(code)
    assert path.exists(), f"missing catalogue {path}"
    return polib.pofile(str(path))


@pytest.fixture(scope="module")
def source_msgids(tmp_path_factory):
    """The msgids that makemessages extracts from the code and templates today."""
    workdir = tmp_path_factory.mktemp("extract")
    for name in SOURCE_DIRS:
        if (ROOT / name).exists():
            shutil.copytree(
                ROOT / name,
                workdir / name,
                ignore=shutil.ignore_patterns("__pycache__", "locale", "migrations"),
            )
    shutil.copy(ROOT / "manage.py", workdir)
    (workdir / "locale").mkdir()
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "--locale",
            "en",
            "--no-location",
            "--no-obsolete",
        ],
        cwd=workdir,
        check=True,
        capture_output=True,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "educademy.settings.test",
            "PYTHONPATH": str(workdir) + ":" + ":".join(sys.path),
        },
    )
    extracted = polib.pofile(str(workdir / "locale/en/LC_MESSAGES/django.po"))
    return {(entry.msgctxt, entry.msgid) for entry in extracted}


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_catalogue_is_complete_and_not_fuzzy(code):
    catalogue = load(code)
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"{code}: untranslated {untranslated[:10]}"
    assert not fuzzy, f"{code}: fuzzy {fuzzy[:10]}"


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_placeholders_match_between_msgid_and_msgstr(code):
    problems = []
    for entry in load(code).translated_entries():
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            found = sorted(PLACEHOLDER.findall(text))
            if entry.msgid_plural:
                expected_plural = sorted(set(PLACEHOLDER.findall(entry.msgid + entry.msgid_plural)))
                if not set(found) <= set(expected_plural):
                    problems.append((entry.msgid, text))
            elif found != expected:
                problems.append((entry.msgid, text))
    assert not problems, f"{code}: placeholders differ: {problems[:5]}"


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_no_english_copied_as_a_translation(code):
    copied = [
        e.msgid
        for e in load(code).translated_entries()
        if e.msgstr == e.msgid and len(e.msgid.split()) > 2
    ]
    assert not copied, f"{code}: English copied as translation: {copied[:10]}"


def _listed(entries):
    """The first (context, msgid) pairs, sorted although a context may be None."""
    return sorted(entries, key=lambda entry: (entry[0] or "", entry[1]))[:10]


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_catalogue_is_in_step_with_the_code(code, source_msgids):
    catalogue = {(e.msgctxt, e.msgid) for e in load(code) if not e.obsolete}
    missing = source_msgids - catalogue
    stale = catalogue - source_msgids
    assert not missing, f"{code}: not in the catalogue (run `make messages`): {_listed(missing)}"
    assert not stale, f"{code}: no longer in the code: {_listed(stale)}"


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_compiled_catalogue_matches_its_source(code):
    source = load(code)
    compiled_path = catalogue_path(code).with_suffix(".mo")
    assert compiled_path.exists(), f"{code}: run `make messages` to compile"
    compiled = {
        (e.msgctxt, e.msgid): (e.msgstr, dict(e.msgstr_plural))
        for e in polib.mofile(str(compiled_path))
        if e.msgid
    }
    expected = {
        (e.msgctxt, e.msgid): (e.msgstr, {int(k): v for k, v in e.msgstr_plural.items()})
        for e in source.translated_entries()
    }
    compiled = {k: (s, {int(i): v for i, v in p.items()}) for k, (s, p) in compiled.items()}
    assert compiled == expected, f"{code}: the .mo file is stale: run `make messages`"
