"""The demo careers content: complete, translated where promised, and idempotent."""

import re

import pytest

from django.utils import translation

from careers import demo
from careers.models import CareerRolePage, ChooserAnswer, ChooserQuestion, Skill
from site_config.content_files import ContentFileError
from site_config.i18n import has_own_value, language_codes

pytestmark = pytest.mark.django_db

DETAILED = [
    "machine-learning-engineer",
    "data-scientist",
    "ai-research-scientist",
    "mlops-engineer",
    "ai-product-manager",
    "prompt-engineer",
    "ai-safety-ethics-researcher",
]


def test_ten_roles_named_and_summarised_in_every_language(demo_careers, demo_roles):
    assert len(demo_roles) == 10
    assert demo_careers.slug_en == "careers"
    for role in demo_roles.values():
        for code in language_codes():
            assert has_own_value(role, "title", code), (role.slug, code)
            assert has_own_value(role, "summary", code), (role.slug, code)


def test_seven_detailed_roles_are_complete_in_english_and_dutch(demo_roles):
    for slug in DETAILED:
        role = demo_roles[slug]
        for field in (
            "what_it_is",
            "day_to_day",
            "who_it_suits",
            "how_to_break_in",
            "growth_outlook",
        ):
            assert has_own_value(role, field, "en") and has_own_value(role, field, "nl"), (
                slug,
                field,
            )
        assert (
            role.salary_ranges.exists() and role.role_skills.exists() and role.differences.exists()
        )
        assert all(d.sentence_nl for d in role.differences.all())
        assert not any(s.is_rough_estimate for s in role.salary_ranges.all())


def test_seed_salary_figures(demo_roles):
    with translation.override("en"):
        figures = [
            (s.region, s.formatted, s.year)
            for s in demo_roles["machine-learning-engineer"].salary_ranges.all()
        ]
    assert figures == [
        ("United Kingdom", "£60,000–£130,000", 2026),
        ("United States", "$120,000–$250,000+", 2026),
        ("Berlin, Toronto, Singapore", "€70,000–€160,000", 2026),
    ]
    safety = demo_roles["ai-safety-ethics-researcher"]
    assert [t.name for t in safety.tracks.all()] == ["Technical safety", "Policy and ethics"]


def test_the_three_other_roles_mark_salaries_as_rough_estimates(demo_roles):
    for slug in ("data-engineer", "computer-vision-engineer", "nlp-llm-engineer"):
        salaries = list(demo_roles[slug].salary_ranges.all())
        assert salaries and all(s.is_rough_estimate for s in salaries)


def test_chooser_questions_and_answers_in_every_language(demo_careers):
    assert list(ChooserQuestion.objects.values_list("key", flat=True)) == [
        "code",
        "research",
        "stakeholders",
        "background",
    ]
    for question in ChooserQuestion.objects.all():
        assert all(has_own_value(question, "text", code) for code in language_codes())
    for answer in ChooserAnswer.objects.all():
        assert all(has_own_value(answer, "label", code) for code in language_codes())
        if answer.key != "other":
            assert all(has_own_value(answer, "reason", code) for code in language_codes())
            assert answer.role_weights()


def test_skills_have_categories_and_english_dutch_arabic_names(demo_careers):
    core = set(Skill.objects.filter(is_core=True).values_list("slug", flat=True))
    assert core == {
        "python",
        "sql",
        "ml-fundamentals",
        "cloud-basics",
        "communication",
        "continuous-learning",
    }
    for skill in Skill.objects.all():
        assert skill.category
        assert all(has_own_value(skill, "name", code) for code in ("en", "nl", "ar"))


def test_loading_twice_keeps_editors_changes(demo_careers, demo_roles):
    role = demo_roles["data-scientist"]
    role.summary_en = "Edited by an editor."
    role.save()
    demo.load()
    assert CareerRolePage.objects.count() == 10
    assert ChooserQuestion.objects.count() == 4
    assert CareerRolePage.objects.get(pk=role.pk).summary_en == "Edited by an editor."


def test_every_record_of_content_careers_is_loaded(demo_careers, demo_roles):
    content = demo.read_content()
    assert demo_careers.title_en == content.index["title"]["en"]
    assert list(demo_roles) == [role["slug"] for role in content.roles]  # in the index's order
    for role in content.roles:
        page = demo_roles[role["slug"]]
        assert page.title_en == role["title"]["en"]
        assert [s.maximum for s in page.salary_ranges.all()] == [
            s["maximum"] for s in role["salaries"]
        ]
    assert Skill.objects.count() == len(content.skills)
    assert ChooserAnswer.objects.count() == sum(len(q["answers"]) for q in content.questions)


def _content_tree(base, listed, files):
    careers = base / "content" / "careers"
    roles = careers / "roles"
    roles.mkdir(parents=True)
    (careers / "index.yaml").write_text(f"slug: careers\nroles: {listed}\n")
    for name, text in (
        ("skills", "skills: []"),
        ("regions", "regions: {}"),
        ("chooser", "questions: []"),
    ):
        (careers / f"{name}.yaml").write_text(text)
    for name in files:
        (roles / f"{name}.yaml").write_text("kind: builds\n")


@pytest.mark.parametrize(
    ("listed", "files", "message"),
    [
        (["a"], ["a", "b"], "content/careers/index.yaml: roles/b.yaml is not listed in `roles`"),
        (["a", "c"], ["a"], "content/careers/roles/c.yaml: No such file or directory"),
    ],
)
def test_role_files_and_the_index_list_must_agree(settings, tmp_path, listed, files, message):
    _content_tree(tmp_path, listed, files)
    settings.BASE_DIR = tmp_path
    with pytest.raises(ContentFileError, match=re.escape(message)):
        demo.read_content()
