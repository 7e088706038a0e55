"""Every orderable the careers demo loads has an explicit order, in the order of the data:
saving one of them in the admin cannot reorder the others."""

from careers import demo
from careers.models import (
    ChooserAnswer,
    ChooserQuestion,
    RoleDifference,
    RoleProgram,
    RoleSkill,
    RoleTrack,
    SalaryRange,
)


def test_demo_orderables_are_numbered_in_the_order_of_the_data(demo_roles):
    for model in (RoleSkill, SalaryRange, RoleTrack, RoleDifference, RoleProgram, ChooserAnswer):
        assert not model.objects.filter(sort_order__isnull=True).exists(), model.__name__
    content = demo.read_content()
    for role in content.roles:
        page = demo_roles[role["slug"]]
        skills = list(
            page.role_skills.order_by("sort_order").values_list("skill__slug", "sort_order")
        )
        assert skills == [(slug, n) for n, slug in enumerate(role["skills"])]
        orders = list(page.salary_ranges.values_list("sort_order", flat=True))
        assert sorted(orders) == list(range(len(role["salaries"])))
    for question_data in content.questions:
        question = ChooserQuestion.objects.get(key=question_data["key"])
        keys = list(question.answers.order_by("sort_order").values_list("key", flat=True))
        assert keys == [answer["key"] for answer in question_data["answers"]]


def test_republishing_a_role_keeps_its_orders(demo_roles):
    page = next(iter(demo_roles.values()))
    before = list(page.role_skills.values_list("skill__slug", flat=True))
    page.role_skills.first().skill.save()  # an editor renames a shared skill
    page.title = "Renamed"
    page.save_revision().publish()
    page.refresh_from_db()
    assert list(page.role_skills.values_list("skill__slug", flat=True)) == before
