"""Hostile PO files: a byte order mark is fine; control characters are reported with
file:line and nothing is imported (never a traceback, on SQLite or PostgreSQL)."""

import pytest

from django.core.management import CommandError, call_command

from content_translation.importer import import_files
from site_config.models import StandardPage

from .helpers import export, translate
from .test_import import ctx, dutch


def _import(path):
    call_command("import_content_po", str(path), publish=True)


def test_a_utf8_byte_order_mark_is_accepted(content, tmp_path):
    po = translate(export(tmp_path), tmp_path / "nl.po", dutch(content["page"]))
    bom = tmp_path / "bom.po"
    bom.write_bytes(b"\xef\xbb\xbf" + po.read_bytes())
    _import(bom)
    assert StandardPage.objects.get(pk=content["page"].pk).title_nl == "Over ons"


@pytest.mark.parametrize(
    ("char", "name"),
    [("\x00", "U+0000 (NULL)"), ("\x1b", "U+001B (ESCAPE)"), ("\x07", "U+0007 (BELL)")],
)
def test_control_characters_are_reported_with_file_and_line(content, tmp_path, capsys, char, name):
    page = content["page"]
    values = dutch(page)
    values[ctx(page, "intro")] = f"Wie{char}we zijn."
    po = translate(export(tmp_path), tmp_path / "nl.po", values)
    lines = po.read_text(encoding="utf-8").split("\n")
    line = next(number for number, text in enumerate(lines, 1) if f"Wie{char}we" in text)

    with pytest.raises(CommandError, match="nothing was imported"):
        _import(po)
    err = capsys.readouterr().err
    assert f"{po}:{line}:" in err
    assert name in err
    assert "Traceback" not in err
    page.refresh_from_db()
    assert page.title_nl in ("", None)  # the valid entries of the file were not written either


def test_escaped_control_characters_are_reported_too(content, tmp_path):
    page = content["page"]
    po = translate(export(tmp_path), tmp_path / "nl.po", dutch(page))
    text = po.read_text(encoding="utf-8").replace('msgstr "Wie we zijn."', 'msgstr "Wie\\vwe"')
    po.write_text(text, encoding="utf-8")
    result = import_files([po])
    assert not result.written
    [problem] = result.problems
    assert "U+000B" in problem.message and problem.line
    assert str(problem).startswith(f"{po}:{problem.line}:")
