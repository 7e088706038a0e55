"""Demo careers content: skills, the careers index, ten roles and the path chooser.

Idempotent like every loader: it creates what is missing and never overwrites what exists.
"""

from learning.models import ProgramPage
from site_config.demo import (
    block,
    find_page,
    get_or_add_page,
    home_page,
    numbered,
    paragraphs_html,
    per_language,
    set_translated,
    translated,
)

from .demo_content import chooser as chooser_data
from .demo_content import index as index_data
from .demo_content import names, roles, skills
from .models import (
    CareerRolePage,
    CareersIndexPage,
    ChooserAnswer,
    ChooserQuestion,
    RoleDifference,
    RoleProgram,
    RoleSkill,
    RoleTrack,
    SalaryRange,
    Skill,
)

SALARY_YEAR = 2026


def load_skills():
    result = {}
    for order, (slug, category, is_core, name, description) in enumerate(skills.SKILLS):
        skill = Skill.objects.filter(slug=slug).first()
        if skill is None:
            skill = Skill(slug=slug, category=category, is_core=is_core, order=order)
            set_translated(skill, "name", name)
            set_translated(skill, "description", description)
            skill.save()
        result[slug] = skill
    return result


def load_index(home):
    fields = {
        **translated("title", index_data.TITLE),
        **translated("intro", index_data.INTRO),
        **translated("comparison_intro", index_data.COMPARISON_INTRO),
        **translated("core_skills_intro", index_data.CORE_SKILLS_INTRO),
        **translated("chooser_intro", index_data.CHOOSER_INTRO),
    }
    page, _created = get_or_add_page(home, CareersIndexPage, "careers", **fields)
    return page


def _role_fields(role):
    slug = role["slug"]
    fields = {
        "kind": role["kind"],
        "icon": role["icon"],
        "coding_intensity": role["coding"],
        "research_balance": role["research"],
        "stakeholder_contact": role["stakeholders"],
        **translated("title", names.TITLES[slug]),
        **translated("summary", names.SUMMARIES[slug]),
        **translated("typical_entry_route", role["entry"]),
        **translated("what_it_is", per_language(role["what"], paragraphs_html)),
        **translated("day_to_day", per_language(role["tasks"], "\n".join)),
    }
    for key, field in (
        ("who", "who_it_suits"),
        ("break_in", "how_to_break_in"),
        ("outlook", "growth_outlook"),
        ("notes", "notes"),
    ):
        fields.update(
            translated(field, per_language(role[key], lambda text: paragraphs_html([text])))
        )
    return fields


def _salary(values, rough):
    salary = SalaryRange(
        currency=values["currency"],
        minimum=values["min"],
        maximum=values["max"],
        open_ended=values.get("open", False),
        year=SALARY_YEAR,
        is_rough_estimate=rough,
    )
    set_translated(salary, "region", values["region"])
    if values.get("note"):
        set_translated(salary, "note", values["note"])
    return salary


def _track(values):
    track = RoleTrack()
    set_translated(track, "name", values["name"])
    set_translated(track, "description", values["description"])
    return track


def load_roles(index, skill_objects):
    pages = {}
    created = []
    for role in roles.ROLES:
        existing = find_page(CareerRolePage, role["slug"])
        if existing:
            pages[role["slug"]] = existing
            continue
        page = CareerRolePage(slug=role["slug"], **_role_fields(role))
        page.role_skills = numbered(RoleSkill(skill=skill_objects[slug]) for slug in role["skills"])
        page.salary_ranges = numbered(
            _salary(s, role.get("rough", False)) for s in role["salaries"]
        )
        page.tracks = numbered(_track(track) for track in role.get("tracks", []))
        programs = [ProgramPage.objects.filter(slug_en=slug).first() for slug in role["programs"]]
        # The first related program is "where to start": the order matters.
        page.related_programs = numbered(RoleProgram(program=p) for p in programs if p)
        page.tags.add(*role["tags"])
        index.add_child(instance=page)
        pages[role["slug"]] = page
        created.append((page, role))
    # Differences link roles to each other, so they are added once every role exists.
    for page, role in created:
        differences = []
        for other_slug, sentence in role["differences"]:
            difference = RoleDifference(other_role=pages[other_slug])
            set_translated(difference, "sentence", sentence)
            differences.append(difference)
        page.differences = numbered(differences)
        page.save_revision().publish()
    return pages


def _weights(weights, role_pages):
    return [
        block("weight", {"role": role_pages[slug].pk, "weight": weight})
        for slug, weight in weights.items()
        if slug in role_pages
    ]


def load_chooser(role_pages):
    for order, question_data in enumerate(chooser_data.QUESTIONS):
        if ChooserQuestion.objects.filter(key=question_data["key"]).exists():
            continue
        question = ChooserQuestion(key=question_data["key"], sort_order=order)
        set_translated(question, "text", question_data["text"])
        answers = []
        for answer_data in question_data["answers"]:
            answer = ChooserAnswer(
                key=answer_data["key"], weights=_weights(answer_data["weights"], role_pages)
            )
            set_translated(answer, "label", answer_data["label"])
            set_translated(answer, "reason", answer_data["reason"])
            answers.append(answer)
        question.answers = numbered(answers)
        question.save()


def load():
    home = home_page()
    index = load_index(home)
    role_pages = load_roles(index, load_skills())
    load_chooser(role_pages)
