"""The sample repository (copied, so tests may edit it) and a way to run import_mdx."""

import html
import io
import re
import shutil
from pathlib import Path

import pytest

from django.core.management import call_command

SAMPLE = Path(__file__).parent / "sample"


@pytest.fixture
def sample(tmp_path):
    target = tmp_path / "content"
    shutil.copytree(SAMPLE, target)
    return target


@pytest.fixture
def run_import():
    """run_import(path, *flags) -> the command's output."""

    def run(path, *flags):
        out = io.StringIO()
        call_command("import_mdx", str(path), *flags, stdout=out)
        return out.getvalue()

    return run


def visible_text(markup):
    """What a reader sees: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def counts(output, kind, locale):
    """{"created": 2, …} from the report line of `kind` and `locale`."""
    match = re.search(rf"^  {kind} +{re.escape(locale)} +(.*)$", output, re.M)
    if not match:
        return {}
    words = match.group(1).split()
    return {action: int(number) for action, number in zip(words[::2], words[1::2], strict=True)}
