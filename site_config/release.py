"""Which release of the code is running, so a deploy never serves pages cached by the last one.

`RELEASE_ID` (e.g. the git commit, set by the deploy) names it; without it, a hash of the
code, templates, static files and catalogues does: the same files give the same id on every
machine and in every process.
"""

import hashlib
import os
from functools import cache
from pathlib import Path

from django.conf import settings

FINGERPRINTED = {".py", ".html", ".css", ".js", ".json", ".mo", ".svg", ".yaml"}
SKIPPED_DIRS = {".venv", "node_modules", "var", "media", "staticfiles", ".git", "tests"}


def _source_files(root):
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(d for d in subdirectories if d not in SKIPPED_DIRS)
        for name in sorted(files):
            if os.path.splitext(name)[1] in FINGERPRINTED:
                yield Path(directory, name)


@cache
def release_id():
    if settings.RELEASE_ID:
        return settings.RELEASE_ID
    digest = hashlib.sha256()
    root = settings.BASE_DIR
    for path in _source_files(root):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
