"""Demo careers content, read from content/careers/ (see docs/careers.md): skills, the
careers index, its roles and the path chooser.

index.yaml holds the index page and the order of the roles, roles/<slug>.yaml one role with
its salaries, skills (by slug) and differences; skills.yaml, regions.yaml and chooser.yaml
hold the records the roles refer to. Idempotent like every loader: it creates what is
missing (by English slug or key) and never overwrites what exists.
"""

from dataclasses import dataclass

from learning.models import ProgramPage
from site_config.content_files import ContentFileError, content_path, read_yaml
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

INDEX_TEXT_FIELDS = ("title", "intro", "comparison_intro", "core_skills_intro", "chooser_intro")
ROLE_PLAIN_FIELDS = ("kind", "icon", "coding_intensity", "research_balance", "stakeholder_contact")
ROLE_TEXT_FIELDS = ("title", "summary", "typical_entry_route")
# Rich text: one paragraph, or a list of paragraphs, per language.
ROLE_PROSE_FIELDS = ("what_it_is", "who_it_suits", "how_to_break_in", "growth_outlook", "notes")


@dataclass(frozen=True)
class CareersContent:
    """The records of content/careers/, the roles in the index's order."""

    index: dict
    skills: list
    regions: dict
    roles: list
    questions: list

    def question(self, key):
        return next(question for question in self.questions if question["key"] == key)


def read_content():
    index = read_yaml("careers/index.yaml")
    _check_role_files(index["roles"])
    return CareersContent(
        index=index,
        skills=read_yaml("careers/skills.yaml")["skills"],
        regions=read_yaml("careers/regions.yaml")["regions"],
        roles=[
            {"slug": slug, **read_yaml(f"careers/roles/{slug}.yaml")} for slug in index["roles"]
        ],
        questions=read_yaml("careers/chooser.yaml")["questions"],
    )


def _check_role_files(listed):
    """A role file the index does not list would be silently skipped: refuse it."""
    files = {path.stem for path in content_path("careers/roles").glob("*.yaml")}
    unlisted = sorted(files - set(listed))
    if unlisted:
        raise ContentFileError(
            f"content/careers/index.yaml: roles/{unlisted[0]}.yaml is not listed in `roles`"
        )


def load_skills(records):
    result = {}
    for order, record in enumerate(records):
        skill = Skill.objects.filter(slug=record["slug"]).first()
        if skill is None:
            skill = Skill(
                slug=record["slug"],
                category=record["category"],
                is_core=record.get("core", False),
                order=order,
            )
            set_translated(skill, "name", record["name"])
            set_translated(skill, "description", record.get("description", {}))
            skill.save()
        result[record["slug"]] = skill
    return result


def load_index(home, index):
    fields = {}
    for field in INDEX_TEXT_FIELDS:
        fields.update(translated(field, index.get(field, {})))
    page, _created = get_or_add_page(home, CareersIndexPage, index["slug"], **fields)
    return page


def _prose_html(value):
    return paragraphs_html([value] if isinstance(value, str) else value)


def _role_fields(role):
    fields = {field: role[field] for field in ROLE_PLAIN_FIELDS}
    for field in ROLE_TEXT_FIELDS:
        fields.update(translated(field, role.get(field, {})))
    for field in ROLE_PROSE_FIELDS:
        fields.update(translated(field, per_language(role.get(field, {}), _prose_html)))
    fields.update(translated("day_to_day", per_language(role.get("day_to_day", {}), "\n".join)))
    return fields


def _salary(values, regions):
    salary = SalaryRange(
        currency=values["currency"],
        minimum=values["minimum"],
        maximum=values["maximum"],
        open_ended=values.get("open_ended", False),
        year=values["year"],
        is_rough_estimate=values.get("rough_estimate", False),
    )
    set_translated(salary, "region", regions[values["region"]])
    set_translated(salary, "note", values.get("note", {}))
    return salary


def _track(values):
    track = RoleTrack()
    set_translated(track, "name", values["name"])
    set_translated(track, "description", values.get("description", {}))
    return track


def _new_role(role, skill_objects, regions):
    page = CareerRolePage(slug=role["slug"], **_role_fields(role))
    page.role_skills = numbered(RoleSkill(skill=skill_objects[slug]) for slug in role["skills"])
    page.salary_ranges = numbered(_salary(s, regions) for s in role.get("salaries", []))
    page.tracks = numbered(_track(track) for track in role.get("tracks", []))
    programs = [ProgramPage.objects.filter(slug_en=slug).first() for slug in role["programs"]]
    # The first related program is "where to start": the order matters.
    page.related_programs = numbered(RoleProgram(program=p) for p in programs if p)
    page.tags.add(*role.get("tags", []))
    return page


def _add_differences(page, role, pages):
    differences = []
    for values in role.get("differences", []):
        difference = RoleDifference(other_role=pages[values["role"]])
        set_translated(difference, "sentence", values["sentence"])
        differences.append(difference)
    page.differences = numbered(differences)


def load_roles(index, content, skill_objects):
    pages = {}
    created = []
    for role in content.roles:
        existing = find_page(CareerRolePage, role["slug"])
        if existing:
            pages[role["slug"]] = existing
            continue
        page = _new_role(role, skill_objects, content.regions)
        index.add_child(instance=page)
        pages[role["slug"]] = page
        created.append((page, role))
    # Differences link roles to each other, so they are added once every role exists.
    for page, role in created:
        _add_differences(page, role, pages)
        page.save_revision().publish()
    return pages


def _weights(weights, role_pages):
    return [
        block("weight", {"role": role_pages[slug].pk, "weight": weight})
        for slug, weight in weights.items()
        if slug in role_pages
    ]


def load_chooser(questions, role_pages):
    for order, question_data in enumerate(questions):
        if ChooserQuestion.objects.filter(key=question_data["key"]).exists():
            continue
        question = ChooserQuestion(key=question_data["key"], sort_order=order)
        set_translated(question, "text", question_data["text"])
        answers = []
        for answer_data in question_data["answers"]:
            answer = ChooserAnswer(
                key=answer_data["key"],
                weights=_weights(answer_data.get("weights", {}), role_pages),
            )
            set_translated(answer, "label", answer_data["label"])
            set_translated(answer, "reason", answer_data.get("reason", {}))
            answers.append(answer)
        question.answers = numbered(answers)
        question.save()


def load():
    content = read_content()
    index = load_index(home_page(), content.index)
    role_pages = load_roles(index, content, load_skills(content.skills))
    load_chooser(content.questions, role_pages)
