#!/usr/bin/env python
"""Copy Twemoji SVGs for the given emoji (or every emoji found in content/, the templates and
the Python modules that still hold icons) from the @twemoji/svg npm package into
static/emoji/, then list the shipped SVGs that no source uses any more.

Usage: scripts/vendor_emoji.py [EMOJI ...]
Needs npm (it runs `npm pack @twemoji/svg@15.0.0` in a temporary directory).
"""

import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from site_config.emoji import twemoji_name  # noqa: E402

PACKAGE = "@twemoji/svg@15.0.0"
TARGET = ROOT / "static" / "emoji"
EMOJI_PATTERN = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\u2139]\ufe0f?"
    "(?:\u200d[\U0001f000-\U0001faff\u2600-\u27bf]\ufe0f?)*"
)
SOURCES = [
    "content/**/*.yaml",
    "content/**/*.json",
    "content/**/*.mdx",
    "templates/**/*.html",
    # Python that still holds icons: field defaults, block examples, the Lab's experiments.
    "site_config/models.py",
    "learning/blocks.py",
    "lab/experiments/*.py",
]


def emoji_in_sources():
    found = set()
    for path in (path for pattern in SOURCES for path in ROOT.glob(pattern)):
        found.update(EMOJI_PATTERN.findall(path.read_text(errors="ignore")))
    return found


def report_unused(used_names):
    unused = sorted(path.stem for path in TARGET.glob("*.svg") if path.stem not in used_names)
    if unused:
        print("shipped but used by no source: " + ", ".join(unused))


def main(requested):
    used = {twemoji_name(emoji) for emoji in emoji_in_sources()}
    wanted = {twemoji_name(emoji) for emoji in requested} if requested else used
    with tempfile.TemporaryDirectory() as workdir:
        subprocess.run(["npm", "pack", PACKAGE], cwd=workdir, check=True, capture_output=True)
        archive = next(Path(workdir).glob("*.tgz"))
        with tarfile.open(archive) as tar:
            members = {Path(m.name).stem: m for m in tar.getmembers() if m.name.endswith(".svg")}
            for name in sorted(wanted):
                if name not in members:
                    print(f"no Twemoji SVG for {name}")
                    continue
                (TARGET / f"{name}.svg").write_bytes(tar.extractfile(members[name]).read())
    print(f"{len(list(TARGET.glob('*.svg')))} SVGs in {TARGET.relative_to(ROOT)}")
    report_unused(used)


if __name__ == "__main__":
    main(sys.argv[1:])
