"""Demo learning content, read from files under content/ (see docs/demo-content.md).

The tracks, the fifteen programs and their lessons are a content repository
(content/tracks.json, content/programs/), written into the site by the MDX importer
(content_import, docs/importing.md); the programs index page that holds them comes from
content/learning/programs-index.yaml. Like every demo loader it creates what is missing and
never overwrites an editor's work: the importer writes a field again only when its file
changed, and leaves alone the pages it did not create.
"""

import logging

from content_import.importer import import_repository
from site_config.content_files import content_path, read_yaml
from site_config.demo import add_page, find_page, home_page, set_translated, translated_slugs

from .models import ProgramsIndexPage

IMPORTED_PARTS = ("tracks", "programs")
logger = logging.getLogger(__name__)


def load_programs_index():
    data = read_yaml("learning/programs-index.yaml")
    existing = find_page(ProgramsIndexPage, data["slug"]["en"])
    if existing:
        return existing
    index = ProgramsIndexPage(slug=data["slug"]["en"], **translated_slugs(data["slug"]))
    set_translated(index, "title", data["title"])
    set_translated(index, "intro", data.get("intro") or {})
    return add_page(home_page(), index)


def import_learning_content():
    """Tracks, programs and lessons from content/, published; the importer's Report. Its
    warnings are logged: on a fresh database the demo's files give none (tested), on an
    older one they name the pages it left alone."""
    report = import_repository(content_path(""), publish=True, parts=IMPORTED_PARTS)
    for line in report.warning_lines():
        logger.warning("learning demo: %s", line)
    return report


def load():
    load_programs_index()
    import_learning_content()
