"""Careers index and role pages: tree rules, context, rendering in en/nl/ar, JSON-LD, queries."""

import json
import re

import pytest

from django.core.exceptions import ValidationError
from django.test import RequestFactory

from careers.models import CareerRolePage, CareersIndexPage, RoleProgram, SalaryRange
from site_config.models import HomePage
from tests.careers.factories import (
    CareerRolePageFactory,
    SkillFactory,
    add_difference,
    add_question,
    add_salary,
    add_skill,
)
from tests.learning.factories import ProgramPageFactory, ProgramsIndexPageFactory
from tests.query_counts import warm_queries

pytestmark = pytest.mark.django_db


def _main(html):
    return html.split('<main id="main"', 1)[1].split("</main>", 1)[0]


def _json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


class TestTreeRules:
    def test_index_lives_under_home_once_and_holds_roles(self, home):
        assert CareersIndexPage.allowed_parent_page_models() == [HomePage]
        assert CareersIndexPage.allowed_subpage_models() == [CareerRolePage]
        assert CareersIndexPage.can_create_at(home)
        assert CareersIndexPage in HomePage.allowed_subpage_models()

    def test_only_one_index(self, careers_index, home):
        assert not CareersIndexPage.can_create_at(home)

    def test_roles_live_only_under_the_index_and_have_no_children(self):
        assert CareerRolePage.allowed_parent_page_models() == [CareersIndexPage]
        assert CareerRolePage.allowed_subpage_models() == []


# --- Index ---------------------------------------------------------------------------
@pytest.fixture
def roles(careers_index):
    python = SkillFactory(name="Python", slug="python", is_core=True, name_nl="Python")
    ml = SkillFactory(name="Statistics", slug="statistics", category="data")
    engineer = CareerRolePageFactory(
        parent=careers_index,
        title="ML Engineer",
        slug="ml-engineer",
        title_nl="ML-engineer",
        title_ar="مهندس تعلّم الآلة",
        summary="Ships models.",
        summary_nl="Levert modellen op.",
        summary_ar="يطلق النماذج.",
        coding_intensity=3,
    )
    analyst = CareerRolePageFactory(
        parent=careers_index,
        title="Data Scientist",
        slug="data-scientist",
        kind="analyses",
        summary="Answers questions with data.",
        typical_entry_route="Data analysis",
    )
    add_salary(engineer)
    add_salary(
        engineer,
        region="United States",
        currency="USD",
        minimum=120000,
        maximum=250000,
        open_ended=True,
    )
    add_skill(engineer, python)
    add_skill(analyst, python)
    add_skill(analyst, ml)
    return {"engineer": engineer, "analyst": analyst}


def _context(page, path="/en/careers/", **params):
    request = RequestFactory().get(path, params)
    return page.get_context(request)


def test_index_context_lists_roles_kinds_and_core_skills(careers_index, roles):
    context = _context(careers_index)
    assert context["roles"] == [roles["engineer"], roles["analyst"]]
    assert context["shown_roles"] == context["roles"]
    assert [value for value, _label in context["kinds"]] == ["builds", "analyses"]
    assert [skill.slug for skill in context["core_skills"]] == ["python"]
    assert context["kind"] is None and context["kind_is_valid"]
    assert context["chooser_url"] == "/en/careers/chooser/"


def test_index_context_filters_by_a_known_kind(careers_index, roles):
    context = _context(careers_index, kind="analyses")
    assert context["shown_roles"] == [roles["analyst"]]
    assert context["language_urls"]["nl"] == "/nl/careers/?kind=analyses"


@pytest.mark.parametrize(
    "query", ["kind=astrology", "kind=builds&kind=analyses", "kind=" + "x" * 3000]
)
def test_unknown_kind_is_a_404_with_a_clear_message_and_every_role(client, roles, query):
    response = client.get(f"/en/careers/?{query}")
    html = _main(response.content.decode())
    assert response.status_code == 404
    assert "There is no kind of role by that name" in html
    assert "ML Engineer" in html and "Data Scientist" in html
    assert "astrology" not in html and "x" * 100 not in html


def test_kind_filter_works_without_javascript(client, roles):
    html = _main(client.get("/en/careers/?kind=analyses").content.decode())
    cards = re.findall(r'<li class="card role-card"[^>]*>', html)
    assert len(cards) == 2
    assert [("hidden" in card) for card in cards] == [True, False]
    assert 'href="/en/careers/?kind=analyses" data-kind="analyses" aria-current="true"' in html


def test_index_renders_cards_table_skills_and_chooser_in_english(client, roles):
    add_question("code", "Do you love code?", [("yes", "Yes", "", {}), ("no", "No", "", {})])
    response = client.get("/en/careers/")
    html = _main(response.content.decode())
    assert response.status_code == 200
    assert '<a class="card-link" href="/en/careers/ml-engineer/">ML Engineer</a>' in html
    # The comparison table: a caption, scoped headers, one region's salaries, facts per role.
    table = html.split('<div class="table-scroll"', 1)[1].split("</table>", 1)[0]
    assert "<caption" in table and 'scope="col"' in table and 'scope="row"' in table
    assert "yearly salary estimates in United Kingdom" in table
    assert "£60,000–£130,000" in table and "$120,000" not in table
    assert "High" in table and "Data analysis" in table
    assert "Skills that matter on every path" in html
    assert 'action="/en/careers/chooser/"' in html and 'name="code" value="yes"' in html


def test_index_renders_in_dutch_and_arabic(client, roles):
    nl = client.get("/nl/careers/").content.decode()
    assert '<html lang="nl" dir="ltr">' in nl
    assert "ML-engineer" in nl and "Levert modellen op." in nl
    assert "£\xa060.000–£\xa0130.000" in nl
    ar = client.get("/ar/careers/").content.decode()
    assert '<html lang="ar" dir="rtl">' in ar
    assert "مهندس تعلّم الآلة" in ar and "يطلق النماذج." in ar
    assert "\u200f60,000\xa0UK£–\u200f130,000\xa0UK£" in ar


def test_empty_index(client, careers_index):
    html = client.get("/en/careers/").content.decode()
    assert "No roles have been published yet." in html


# --- Role page -----------------------------------------------------------------------
def test_role_context(careers_index, roles, home):
    engineer, analyst = roles["engineer"], roles["analyst"]
    draft = CareerRolePageFactory(parent=careers_index, slug="draft-role", live=False)
    add_difference(engineer, analyst, "Analysts answer questions.")
    add_difference(engineer, draft, "Not published.")
    programs = ProgramsIndexPageFactory(parent=home)
    sketch = ProgramPageFactory(parent=programs, slug="ai-sketch")
    hidden = ProgramPageFactory(parent=programs, slug="hidden", live=False)
    RoleProgram.objects.create(page=engineer, program=sketch)
    RoleProgram.objects.create(page=engineer, program=hidden)
    context = _context(engineer, "/en/careers/ml-engineer/")
    assert [s.region for s in context["salary_ranges"]] == ["United Kingdom", "United States"]
    assert [skill.slug for skill in context["skills"]] == ["python"]
    assert context["skills"][0].other_roles == [analyst]
    assert [d.other_role for d in context["differences"]] == [analyst]
    assert context["programs"] == [sketch]
    assert context["index_page"] == careers_index
    assert context["related_articles"] == []


def test_role_page_renders_structured_sections_in_english(client, roles):
    engineer, analyst = roles["engineer"], roles["analyst"]
    add_difference(engineer, analyst, "Analysts answer questions with data.")
    html = client.get("/en/careers/ml-engineer/").content.decode()
    main = _main(html)
    assert '<h1 class="page-title">ML Engineer</h1>' in main
    assert "£60,000–£130,000" in main and "$120,000–$250,000+" in main
    assert "<li>Train models</li>" in main
    assert "Also used by:" in main and 'href="/en/careers/data-scientist/"' in main
    assert "Analysts answer questions with data." in main
    assert '<meta property="og:description" content="Ships models.">' in html
    assert '<meta property="og:url" content="http://localhost/en/careers/ml-engineer/">' in html
    assert 'href="/en/careers/chooser/"' in main


def test_role_page_in_dutch_falls_back_with_notice_and_arabic_is_rtl(client, roles):
    nl = client.get("/nl/careers/ml-engineer/").content.decode()
    assert "ML-engineer" in nl and "Levert modellen op." in nl
    assert 'class="fallback-notice"' in nl
    assert 'class="prose role-body" lang="en" dir="ltr"' in nl
    ar = client.get("/ar/careers/ml-engineer/").content.decode()
    assert 'dir="rtl"' in ar and "مهندس تعلّم الآلة" in ar
    en = client.get("/en/careers/ml-engineer/").content.decode()
    assert 'class="fallback-notice"' not in en


def test_role_json_ld_is_an_occupation_with_salaries_and_skills(client, roles):
    html = client.get("/en/careers/ml-engineer/").content.decode()
    data, breadcrumb = _json_ld(html)
    assert breadcrumb["@type"] == "BreadcrumbList"
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Occupation"
    assert data["name"] == "ML Engineer"
    assert data["description"] == "Ships models."
    assert data["skills"] == ["Python"]
    assert data["responsibilities"] == ["Train models", "Ship services"]
    uk, us = data["estimatedSalary"]
    assert uk == {
        "@type": "MonetaryAmountDistribution",
        "name": "United Kingdom (2026)",
        "currency": "GBP",
        "duration": "P1Y",
        "percentile10": 60000,
        "percentile90": 130000,
    }
    assert us["currency"] == "USD" and us["percentile90"] == 250000
    assert data["occupationLocation"] == [
        {"@type": "Country", "name": "United Kingdom"},
        {"@type": "Country", "name": "United States"},
    ]
    assert data["url"] == "http://localhost/en/careers/ml-engineer/"
    nl = _json_ld(client.get("/nl/careers/ml-engineer/").content.decode())[0]
    assert nl["name"] == "ML-engineer"


def test_salary_range_validation():
    with pytest.raises(ValidationError) as error:
        SalaryRange(region="UK", currency="GBP", minimum=100, maximum=50, year=2026).full_clean(
            exclude=["page"]
        )
    assert "maximum" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        SalaryRange(region="UK", currency="ZZZ", minimum=1, year=2026).full_clean(exclude=["page"])
    assert "currency" in error.value.message_dict


# --- Queries do not grow with content ------------------------------------------------
def _add_roles(index, count, start, skills, others=()):
    roles = []
    for n in range(start, start + count):
        role = CareerRolePageFactory(
            parent=index, slug=f"role-{n}", kind=["builds", "policy"][n % 2]
        )
        add_salary(role)
        add_salary(role, region="US", currency="USD", minimum=1, maximum=2)
        for skill in skills:
            add_skill(role, skill)
        for other in others:
            add_difference(role, other)
        roles.append(role)
    return roles


def test_index_and_chooser_queries_do_not_grow_with_roles_and_skills(client, careers_index):
    skills = [SkillFactory(is_core=True) for _ in range(2)]
    roles = _add_roles(careers_index, 2, 0, skills)
    add_question("code", "Code?", [("yes", "Yes", "Why", {roles[0]: 2}), ("no", "No", "", {})])
    few_index = len(warm_queries(client, "/en/careers/"))
    few_chooser = len(warm_queries(client, "/en/careers/chooser/?code=yes"))
    more_skills = [SkillFactory(is_core=True) for _ in range(6)]
    more = _add_roles(careers_index, 8, 2, skills + more_skills)
    answers = [("yes", "Yes", "Why", dict.fromkeys(more, 1)), ("no", "No", "", {})]
    add_question("research", "Research?", answers)
    many_index = len(warm_queries(client, "/en/careers/"))
    many_chooser = len(warm_queries(client, "/en/careers/chooser/?code=yes&research=yes"))
    assert few_index == many_index, (few_index, many_index)
    assert few_chooser == many_chooser, (few_chooser, many_chooser)
    print(f"\nqueries: careers index {many_index}, chooser result {many_chooser}")


def test_role_page_queries_do_not_grow_with_skills_salaries_and_links(client, careers_index):
    skills = [SkillFactory() for _ in range(2)]
    (few_role, other) = _add_roles(careers_index, 2, 0, skills)
    add_difference(few_role, other)
    few = len(warm_queries(client, few_role.url))
    many_skills = [SkillFactory() for _ in range(8)]
    others = _add_roles(careers_index, 6, 2, many_skills)
    (many_role,) = _add_roles(careers_index, 1, 10, skills + many_skills, others=others)
    for n in range(3):
        add_salary(many_role, region=f"Region {n}")
    many = len(warm_queries(client, many_role.url))
    assert few == many, (few, many)
    print(f"\nqueries: role page {many}")
