import polib

from django.core.management import call_command


def export(tmp_path, language="nl"):
    call_command("export_content_po", language=[language], output_dir=str(tmp_path / "out"))
    return tmp_path / "out" / language.replace("-", "_") / "LC_MESSAGES" / "content.po"


def entries(path):
    return {entry.msgctxt: entry for entry in polib.pofile(str(path))}


def translate(path, target, values):
    """Write a copy of the PO file at `path` to `target` with {msgctxt: msgstr} filled in."""
    catalogue = polib.pofile(str(path))
    for entry in catalogue:
        if entry.msgctxt in values:
            entry.msgstr = values[entry.msgctxt]
    catalogue.save(str(target))
    return target


def keys(path):
    return [
        (entry.msgctxt, entry.msgid, entry.msgstr, entry.fuzzy) for entry in polib.pofile(str(path))
    ]
