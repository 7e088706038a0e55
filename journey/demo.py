"""Demo content for the journey map and the lessons listing, read from content/journey/*.yaml
(see docs/journey.md). Like every demo loader it creates what is missing and never
overwrites an editor's work; it runs after the learning loader (it links a program)."""

from site_config.content_files import read_yaml
from site_config.demo import add_page, find_page, home_page, set_translated, translated

from .models import JourneyPage, LessonIndexPage


def _new_page(model, data):
    slugs = translated("slug", data["slug"])
    slugs.pop("slug_en")
    page = model(slug=data["slug"]["en"], **slugs)
    set_translated(page, "title", data["title"])
    set_translated(page, "intro", data.get("intro", {}))
    return page


def _program(slug):
    from learning.models import ProgramPage

    return ProgramPage.objects.filter(slug_en=slug).first() if slug else None


def load():
    home = home_page()
    if home is None:
        return
    journey = read_yaml("journey/journey.yaml")
    if not find_page(JourneyPage, journey["slug"]["en"]):
        page = _new_page(JourneyPage, journey)
        page.starting_program = _program(journey.get("starting_program"))
        add_page(home, page)
    lessons = read_yaml("journey/lessons.yaml")
    if not find_page(LessonIndexPage, lessons["slug"]["en"]):
        add_page(home, _new_page(LessonIndexPage, lessons))
