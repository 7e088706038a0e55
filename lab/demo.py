"""Demo content for the Lab, read from content/lab/*.yaml (see docs/lab.md).

index.yaml holds the Lab page and the order of the experiments; <key>.yaml holds one
experiment page: its texts per language and its `content` stream per language.
Like every demo loader it creates what is missing and never overwrites an editor's work.
"""

from site_config.content_files import content_path, read_yaml
from site_config.demo import (
    add_page,
    block,
    find_page,
    home_page,
    set_translated,
    translated_slugs,
)

from .experiments import get_experiment
from .models import ExperimentPage, LabIndexPage

PAGE_TEXT_FIELDS = ("title", "intro", "how_it_works", "what_to_try")


def read_content(name):
    """content/lab/<name>, parsed."""
    return read_yaml(f"lab/{name}")


def load_index(home, data):
    existing = find_page(LabIndexPage, data["slug"]["en"])
    if existing:
        return existing
    lab = LabIndexPage(slug=data["slug"]["en"], **translated_slugs(data["slug"]))
    set_translated(lab, "title", data["title"])
    set_translated(lab, "intro", data.get("intro", {}))
    return add_page(home, lab)


def experiment_page(key, data):
    if get_experiment(key) is None:
        raise ValueError(f"content/lab/{key}.yaml: no experiment '{key}' in lab.experiments")
    page = ExperimentPage(
        experiment=key,
        icon=data.get("icon", ""),
        slug=data["slug"]["en"],
        **translated_slugs(data["slug"]),
    )
    for field in PAGE_TEXT_FIELDS:
        set_translated(page, field, data.get(field, {}))
    for code, stream in (data.get("content") or {}).items():
        blocks = [block(item["type"], item["value"]) for item in stream or []]
        set_translated(page, "content", {code: blocks})
    return page


def _learning_page(name):
    """A program ("ai-seeds") or one of its lessons ("ai-seeds/what-is-ai"), by English slug."""
    from learning.models import LessonPage, ProgramPage

    program_slug, _, lesson_slug = name.partition("/")
    program = ProgramPage.objects.filter(slug_en=program_slug).first()
    if program is None or not lesson_slug:
        return program
    return LessonPage.objects.child_of(program).filter(slug_en=lesson_slug).first()


def link_related(related, created):
    """Point programs and lessons at the experiments created in this run (never overwriting
    a link an editor chose)."""
    for name, key in (related or {}).items():
        experiment = created.get(key)
        page = _learning_page(name) if experiment else None
        if page is None or page.related_experiment_id:
            continue
        page.related_experiment = experiment
        page.save_revision().publish()


def load():
    home = home_page()
    if home is None:
        return
    index = read_content("index.yaml")
    lab = load_index(home, index)
    created = {}
    for key in index["experiments"]:
        if not content_path(f"lab/{key}.yaml").exists():
            continue
        data = read_content(f"{key}.yaml")
        if not find_page(ExperimentPage, data["slug"]["en"]):
            created[key] = add_page(lab, experiment_page(key, data))
    link_related(index.get("related"), created)
