"""Demo tracks and programs (names and taglines in all 11 languages)."""

from modeltranslation.utils import build_localized_fieldname

from site_config.demo import block, get_or_add_page, home_page, set_translated, translated

from . import demo_data as data
from .models import ProgramPage, ProgramsIndexPage, Track

PROGRAMS_INDEX_TITLE = {
    "en": "Programs",
    "fr": "Programmes",
    "nl": "Programma's",
    "hi": "प्रोग्राम",
    "te": "ప్రోగ్రామ్‌లు",
    "es": "Programas",
    "pt": "Programas",
    "de": "Programme",
    "zh-hans": "课程项目",
    "ja": "プログラム",
    "ar": "البرامج",
}
PROGRAMS_INDEX_SLUG = {
    "fr": "programmes",
    "nl": "programmas",
    "hi": "karyakram",
    "te": "karyakramalu",
    "es": "programas",
    "pt": "programas",
    "de": "programme",
    "zh-hans": "kecheng",
    "ja": "puroguramu",
    "ar": "البرامج",
}
PROGRAMS_INDEX_INTRO = {
    "en": "Three learning paths, five levels each. Pick a path and start at the level that "
    "fits you; every program is free and needs no account.",
    "nl": "Drie leerpaden met elk vijf niveaus. Kies een pad en begin op het niveau dat bij je "
    "past; elk programma is gratis en werkt zonder account.",
    "ar": "ثلاثة مسارات تعلّم، لكل منها خمسة مستويات. اختر مسارك وابدأ من المستوى الذي يناسبك؛ "
    "كل البرامج مجانية ولا تحتاج إلى حساب.",
}


def load_tracks():
    tracks = {}
    for track_data in data.TRACKS:
        track = Track.objects.filter(slug=track_data["slug"]).first()
        if track is None:
            track = Track(
                slug=track_data["slug"], icon=track_data["icon"], order=track_data["order"]
            )
            set_translated(track, "name", track_data["name"])
            set_translated(track, "tagline", track_data["tagline"])
            track.save()
        tracks[track.slug] = track
    return tracks


def _lines(values):
    return {code: "\n".join(items) for code, items in values.items()}


def _faq(values):
    return {
        code: [
            block("question", {"question": question, "answer": f"<p>{answer}</p>"})
            for question, answer in items
        ]
        for code, items in values.items()
    }


def _program_fields(program, track):
    fields = {
        "track": track,
        "level": program["level"],
        "icon": program["icon"],
        "colour": program["colour"],
        "estimated_hours": program["hours"],
    }
    for name in ("title", "tagline", "subtitle", "description", "audience", "prerequisites"):
        fields.update(translated(name, program[name]))
    fields.update(translated("topics", _lines(program["topics"])))
    fields.update(translated("outcomes", _lines(program["outcomes"])))
    for code, blocks in _faq(program["faq"]).items():
        fields[build_localized_fieldname("faq", code)] = blocks
    return fields


def load():
    home = home_page()
    index, _created = get_or_add_page(
        home,
        ProgramsIndexPage,
        "programs",
        **translated("title", PROGRAMS_INDEX_TITLE),
        **translated("slug", PROGRAMS_INDEX_SLUG),
        **translated("intro", PROGRAMS_INDEX_INTRO),
    )
    tracks = load_tracks()
    for program in data.PROGRAMS:
        get_or_add_page(
            index,
            ProgramPage,
            program["slug"],
            **_program_fields(program, tracks[program["track"]]),
        )
