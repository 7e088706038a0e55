import uuid

import factory
import wagtail_factories

from careers.models import (
    CareerRolePage,
    CareersIndexPage,
    ChooserAnswer,
    ChooserQuestion,
    RoleDifference,
    RoleSkill,
    SalaryRange,
    Skill,
)


class SkillFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Skill {n}")
    slug = factory.Sequence(lambda n: f"skill-{n}")
    category = "programming"
    order = factory.Sequence(lambda n: n)

    class Meta:
        model = Skill


class CareersIndexPageFactory(wagtail_factories.PageFactory):
    title = "AI careers"
    slug = "careers"
    intro = "Ten ways to work in AI."

    class Meta:
        model = CareersIndexPage


class CareerRolePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Role {n}")
    slug = factory.Sequence(lambda n: f"role-{n}")
    kind = "builds"
    icon = "🛠️"
    summary = "Builds things with models."
    what_it_is = "<p>A role that builds things.</p>"
    day_to_day = "Train models\nShip services"
    who_it_suits = "<p>Builders.</p>"
    typical_entry_route = "Software engineering"

    class Meta:
        model = CareerRolePage


def add_salary(role, **kwargs):
    values = {
        "region": "United Kingdom",
        "currency": "GBP",
        "minimum": 60000,
        "maximum": 130000,
        "year": 2026,
        **kwargs,
    }
    return SalaryRange.objects.create(page=role, **values)


def add_skill(role, skill):
    return RoleSkill.objects.create(page=role, skill=skill)


def add_difference(role, other, sentence="They differ."):
    return RoleDifference.objects.create(page=role, other_role=other, sentence=sentence)


def weights(mapping):
    """StreamField raw data for {role page: weight}."""
    return [
        {"type": "weight", "value": {"role": role.pk, "weight": weight}, "id": str(uuid.uuid4())}
        for role, weight in mapping.items()
    ]


def add_question(key, text, answers, sort_order=0):
    """answers: [(key, label, reason, {role: weight}), …]"""
    question = ChooserQuestion.objects.create(key=key, text=text, sort_order=sort_order)
    for order, (answer_key, label, reason, mapping) in enumerate(answers):
        ChooserAnswer.objects.create(
            question=question,
            key=answer_key,
            label=label,
            reason=reason,
            weights=weights(mapping),
            sort_order=order,
        )
    return question
