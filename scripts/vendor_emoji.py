#!/usr/bin/env python
"""Copy Twemoji SVGs for the given emoji (or every emoji found in content/ and the demo
data) from the @twemoji/svg npm package into static/emoji/.

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
    "content/**/*",
    "*/demo.py",
    "*/demo_data.py",
    "*/demo_content/*.py",
    "templates/**/*.html",
]


def emoji_in_sources():
    found = set()
    for pattern in SOURCES:
        for path in ROOT.glob(pattern):
            if path.is_file():
                found.update(EMOJI_PATTERN.findall(path.read_text(errors="ignore")))
    return found


def main(requested):
    wanted = {twemoji_name(emoji) for emoji in (requested or emoji_in_sources())}
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


if __name__ == "__main__":
    main(sys.argv[1:])
