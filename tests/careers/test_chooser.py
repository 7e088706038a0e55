"""The path chooser: ranking logic (with the demo's seed mapping) and the result page."""

import re
import uuid
from dataclasses import dataclass

import pytest

from django.http import QueryDict

from careers import demo
from careers.chooser import ChooserInput, rank_roles, read_answers
from careers.models import CareerRolePage, ChooserAnswer, RoleProgram
from tests.learning.factories import ProgramPageFactory, ProgramsIndexPageFactory

SEED = demo.read_content()
SLUGS = [role["slug"] for role in SEED.roles]


@dataclass(frozen=True)
class FakeRole:
    pk: int
    slug: str


ROLES = [FakeRole(pk=n + 1, slug=slug) for n, slug in enumerate(SLUGS)]
PK = {role.slug: role.pk for role in ROLES}


def seed_answer(question_key, answer_key):
    """An unsaved ChooserAnswer with the demo's weights and English reason."""
    answers = SEED.question(question_key)["answers"]
    data = next(a for a in answers if a["key"] == answer_key)
    weights = [
        {"type": "weight", "value": {"role": PK[slug], "weight": w}, "id": str(uuid.uuid4())}
        for slug, w in data.get("weights", {}).items()
    ]
    return ChooserAnswer(
        key=answer_key, reason=data.get("reason", {}).get("en", ""), weights=weights
    )


def ranking(*answers):
    return rank_roles(ROLES, [seed_answer(q, a) for q, a in answers])


def top(matches):
    best = matches[0].score
    return {match.role.slug for match in matches if match.score == best}


class TestSeedMapping:
    def test_code_yes_points_to_engineering_roles(self):
        assert top(ranking(("code", "yes"))) == {
            "machine-learning-engineer",
            "mlops-engineer",
            "nlp-llm-engineer",
        }

    def test_code_no_points_to_product_prompt_and_policy(self):
        assert top(ranking(("code", "no"))) == {
            "ai-product-manager",
            "prompt-engineer",
            "ai-safety-ethics-researcher",
        }

    def test_research_yes_puts_research_scientist_first_then_safety(self):
        matches = ranking(("research", "yes"))
        assert [m.role.slug for m in matches[:2]] == [
            "ai-research-scientist",
            "ai-safety-ethics-researcher",
        ]

    def test_research_no_points_to_applied_roles(self):
        assert {"machine-learning-engineer", "data-scientist", "mlops-engineer"} <= top(
            ranking(("research", "no"))
        )

    def test_stakeholders_yes(self):
        assert top(ranking(("stakeholders", "yes"))) == {
            "data-scientist",
            "ai-product-manager",
            "prompt-engineer",
        }

    def test_stakeholders_no(self):
        assert top(ranking(("stakeholders", "no"))) == {
            "ai-research-scientist",
            "mlops-engineer",
            "machine-learning-engineer",
        }

    @pytest.mark.parametrize(
        ("background", "expected_first"),
        [
            ("software-engineer", {"machine-learning-engineer", "mlops-engineer"}),
            ("data-analyst", {"data-scientist"}),
            ("product-manager", {"ai-product-manager"}),
            ("writer", {"prompt-engineer"}),
            ("academic", {"ai-research-scientist", "ai-safety-ethics-researcher"}),
        ],
    )
    def test_background_alone(self, background, expected_first):
        matches = ranking(("background", background))
        assert matches[0].role.slug in expected_first
        assert top(matches) == expected_first

    @pytest.mark.parametrize(
        ("answers", "expected_first"),
        [
            (
                {
                    "code": "yes",
                    "research": "no",
                    "stakeholders": "no",
                    "background": "software-engineer",
                },
                {"machine-learning-engineer", "mlops-engineer"},
            ),
            (
                {"code": "no", "research": "yes", "stakeholders": "no", "background": "academic"},
                {"ai-research-scientist", "ai-safety-ethics-researcher"},
            ),
            (
                {
                    "code": "no",
                    "research": "no",
                    "stakeholders": "yes",
                    "background": "product-manager",
                },
                {"ai-product-manager"},
            ),
            (
                {"code": "no", "research": "no", "stakeholders": "yes", "background": "writer"},
                {"prompt-engineer"},
            ),
            (
                {
                    "code": "yes",
                    "research": "no",
                    "stakeholders": "yes",
                    "background": "data-analyst",
                },
                {"data-scientist"},
            ),
        ],
    )
    def test_whole_profiles(self, answers, expected_first):
        assert ranking(*answers.items())[0].role.slug in expected_first

    def test_reasons_come_from_the_answers_that_point_to_the_role(self):
        matches = {m.role.slug: m for m in ranking(("code", "yes"), ("background", "writer"))}
        assert matches["machine-learning-engineer"].reasons == [
            "You enjoy writing code, and this role is built around it."
        ]
        assert matches["prompt-engineer"].reasons == [
            "Your way with words is a real advantage here."
        ]
        assert matches["ai-product-manager"].reasons == []


def test_negative_weights_push_a_role_down_without_a_reason():
    answer = ChooserAnswer(
        reason="Why",
        weights=[
            {"type": "weight", "value": {"role": 1, "weight": -3}, "id": "a"},
            {"type": "weight", "value": {"role": 2, "weight": 1}, "id": "b"},
        ],
    )
    matches = rank_roles(ROLES[:3], [answer])
    assert [m.role.pk for m in matches] == [2, 3, 1]
    assert matches[-1].score == -3 and matches[-1].reasons == []


def test_ties_keep_the_roles_order_and_broken_weights_are_skipped():
    answer = ChooserAnswer(
        weights=[
            {"type": "weight", "value": {"role": 3, "weight": 1}, "id": "a"},
            {"type": "weight", "value": {"role": 2, "weight": 1}, "id": "b"},
            {"type": "weight", "value": {"role": "x", "weight": 9}, "id": "c"},
            {"type": "weight", "value": {"weight": 9}, "id": "d"},
            {"type": "weight", "value": {"role": 999, "weight": 9}, "id": "e"},
        ]
    )
    assert [m.role.pk for m in rank_roles(ROLES[:3], [answer])][:2] == [2, 3]


# --- Reading the query --------------------------------------------------------------


def _questions():
    from careers.chooser import load_questions

    return load_questions()


@pytest.mark.django_db
def test_read_answers_sorts_values_into_problems(demo_careers):
    questions = _questions()
    query = QueryDict("code=yes&research=perhaps&stakeholders=yes&stakeholders=no&x=1")
    result = read_answers(query, questions)
    assert list(result.chosen) == ["code"]
    assert [q.key for q in result.invalid] == ["research"]
    assert [q.key for q in result.repeated] == ["stakeholders"]
    assert [q.key for q in result.missing] == ["background"]
    assert result.submitted and not result.is_complete
    assert result.query_string() == "code=yes"
    assert not ChooserInput().submitted


# --- The result page ----------------------------------------------------------------
FULL = "code=yes&research=no&stakeholders=no&background=software-engineer"


def _main(html):
    return html.split('<main id="main"', 1)[1].split("</main>", 1)[0]


@pytest.mark.django_db
class TestResultPage:
    def test_empty_chooser_shows_the_form_without_complaints(self, client, demo_careers):
        response = client.get("/en/careers/chooser/")
        html = _main(response.content.decode())
        assert response.status_code == 200
        assert "Do you love writing code for its own sake?" in html
        assert 'role="alert"' not in html
        assert "checked" not in html

    def test_full_answers_rank_roles_with_reasons_and_links(self, client, demo_careers, home):
        programs = ProgramsIndexPageFactory(parent=home)
        sketch = ProgramPageFactory(parent=programs, title="AI Sketch", slug="ai-sketch")
        mle = CareerRolePage.objects.get(slug="machine-learning-engineer")
        RoleProgram.objects.create(page=mle, program=sketch)
        response = client.get(f"/en/careers/chooser/?{FULL}")
        html = _main(response.content.decode())
        assert response.status_code == 200
        titles = re.findall(r'<h3 class="card-title">.*?<a href="([^"]+)">', html, re.S)
        assert titles[0] in (
            "/en/careers/machine-learning-engineer/",
            "/en/careers/mlops-engineer/",
        )
        assert "Your software engineering experience carries straight over." in html
        assert 'href="/en/programs/ai-sketch/"' in html
        assert "Best match" in html
        # The answers stay selected in the "change your answers" form.
        assert re.search(r'name="code" value="yes" checked', html)

    def test_result_in_dutch_and_arabic(self, client, demo_careers):
        nl = client.get(f"/nl/careers/chooser/?{FULL}").content.decode()
        assert "Je ervaring als software engineer neem je zo mee." in nl
        assert "Machine learning engineer" in nl
        ar = client.get(f"/ar/careers/chooser/?{FULL}").content.decode()
        assert 'dir="rtl"' in ar
        assert "خبرتك في هندسة البرمجيات تنتقل معك مباشرة." in ar
        assert "مهندس تعلّم الآلة" in ar

    def test_language_links_keep_the_answers(self, client, demo_careers):
        html = client.get(f"/en/careers/chooser/?{FULL}").content.decode()
        query = FULL.replace("&", "&amp;")
        assert f'hreflang="nl" href="http://testserver/nl/careers/chooser/?{query}"' in html

    @pytest.mark.parametrize(
        ("query", "message"),
        [
            ("code=yes", "Not answered yet: Are you drawn to research and open-ended problems?"),
            (
                "code=maybe&research=yes&stakeholders=no&background=academic",
                "We did not recognise the answer to: Do you love writing code for its own sake?",
            ),
            (
                "code=yes&code=no&research=yes&stakeholders=no&background=academic",
                "Choose only one answer to: Do you love writing code for its own sake?",
            ),
            (
                "code=" + "y" * 5000 + "&research=yes&stakeholders=no&background=academic",
                "We did not recognise the answer to: Do you love writing code for its own sake?",
            ),
            (
                "code=%3Cscript%3Ealert(1)%3C/script%3E&research=yes",
                "We did not recognise the answer to: Do you love writing code for its own sake?",
            ),
        ],
    )
    def test_bad_or_partial_answers_give_the_form_again(self, client, demo_careers, query, message):
        response = client.get(f"/en/careers/chooser/?{query}")
        html = _main(response.content.decode())
        assert response.status_code == 200
        assert 'role="alert"' in html
        assert message in html
        assert "<script>alert" not in html and "y" * 100 not in html
        assert "Your matching roles" not in html
        # Valid answers are kept.
        if "research=yes" in query:
            assert re.search(r'name="research" value="yes" checked', html)

    def test_repeated_identical_value_counts_once_and_unknown_params_are_ignored(
        self, client, demo_careers
    ):
        response = client.get(f"/en/careers/chooser/?{FULL}&code=yes&utm_source=x")
        assert "Your matching roles" in response.content.decode()

    def test_post_is_not_allowed(self, client, demo_careers):
        assert client.post("/en/careers/chooser/", {"code": "yes"}).status_code == 405

    def test_chooser_without_questions(self, client, careers_index):
        response = client.get("/en/careers/chooser/?code=yes")
        assert response.status_code == 200
        assert "The chooser has no questions yet." in response.content.decode()
