"""Demo tracks, programs (names and taglines in all 11 languages) and lessons."""

from django.utils.html import escape

from modeltranslation.utils import build_localized_fieldname

from site_config.demo import (
    add_page,
    block,
    get_or_add_page,
    home_page,
    set_translated,
    translated,
)

from . import demo_data as data
from .demo_content import LESSONS, RELATED_TAGS
from .models import LessonPage, ProgramPage, ProgramsIndexPage, Track

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
        "related_tags": RELATED_TAGS.get(program["slug"], ""),
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
        page, _created = get_or_add_page(
            index,
            ProgramPage,
            program["slug"],
            **_program_fields(program, tracks[program["track"]]),
        )
        load_lessons(page, LESSONS.get(program["slug"], []))


# --- Lessons ---------------------------------------------------------------------------
def _rich_text(items):
    """HTML for a run of ("p", html) and ("ul", [html…]) items (demo prose is trusted)."""
    html = []
    for kind, content in items:
        if kind == "ul":
            html.append("<ul>" + "".join(f"<li>{item}</li>" for item in content) + "</ul>")
        else:
            html.append(f"<p>{content}</p>")
    return "".join(html)


def lesson_body(items):
    """StreamField raw data from the compact tuples of demo_content (see its docstring)."""
    body, run = [], []

    def flush():
        if run:
            body.append(block("paragraph", _rich_text(run)))
            run.clear()

    for item in items:
        kind, *args = item
        if kind in ("p", "ul"):
            run.append((kind, args[0]))
            continue
        flush()
        if kind in ("h2", "h3"):
            body.append(block("heading", {"text": args[0], "level": kind}))
        elif kind == "callout":
            callout_kind, title, text = args
            body.append(
                block("callout", {"kind": callout_kind, "title": title, "text": f"<p>{text}</p>"})
            )
        elif kind == "think":
            prompt, hint = args
            body.append(block("think_about_it", {"prompt": prompt, "hint": hint}))
        elif kind == "fact":
            body.append(block("fun_fact", {"text": args[0]}))
        elif kind == "code":
            language, code, caption = args
            body.append(block("code", {"language": language, "code": code, "caption": caption}))
        elif kind == "illustration":
            symbols, alt_text, caption = args
            body.append(
                block(
                    "illustration",
                    {"symbols": symbols, "alt_text": alt_text, "caption": caption},
                )
            )
        elif kind == "quiz":
            question, options, answer, explanation = args
            body.append(
                block(
                    "quiz",
                    {
                        "question": question,
                        "options": list(options),
                        "answer": answer,
                        "explanation": f"<p>{escape(explanation)}</p>",
                    },
                )
            )
        else:
            raise ValueError(f"Unknown demo lesson item: {kind}")
    flush()
    return body


def _lesson_fields(lesson):
    fields = {
        "order": lesson["order"],
        "difficulty": lesson["difficulty"],
        "duration_minutes": lesson["minutes"],
        "icon": lesson["icon"],
    }
    fields.update(translated("title", lesson["title"]))
    fields.update(translated("description", lesson["description"]))
    for code, items in lesson["body"].items():
        fields[build_localized_fieldname("body", code)] = lesson_body(items)
    return fields


def load_lessons(program, lessons):
    """Add the lessons `program` is missing (matched by English slug among its children)."""
    for lesson in lessons:
        if LessonPage.objects.child_of(program).filter(slug_en=lesson["slug"]).exists():
            continue
        add_page(program, LessonPage(slug=lesson["slug"], **_lesson_fields(lesson)))
