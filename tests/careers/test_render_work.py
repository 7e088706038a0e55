"""A role page links the other roles sharing each skill from their titles and URLs only,
in a number of queries that does not grow with the roles."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.careers.factories import CareerRolePageFactory, SkillFactory, add_skill
from tests.query_counts import warm_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def python_skill(db):
    return SkillFactory(name="Python", slug="python")


def role(careers_index, slug, skill, **fields):
    page = CareerRolePageFactory(parent=careers_index, slug=slug, **fields)
    add_skill(page, skill)
    return page


def test_other_roles_sharing_a_skill_are_linked_in_the_active_language(
    client, careers_index, python_skill
):
    role(careers_index, "ml-engineer", python_skill, title="ML engineer")
    role(
        careers_index,
        "data-scientist",
        python_skill,
        title="Data scientist",
        title_nl="Datawetenschapper",
        slug_nl="datawetenschapper",
    )
    english = client.get("/en/careers/ml-engineer/").content.decode()
    assert '<a href="/en/careers/data-scientist/">Data scientist</a>' in english
    dutch = client.get("/nl/careers/ml-engineer/").content.decode()
    assert '<a href="/nl/careers/datawetenschapper/">Datawetenschapper</a>' in dutch
    french = client.get("/fr/careers/ml-engineer/").content.decode()
    assert '<a href="/fr/careers/data-scientist/">Data scientist</a>' in french


def test_the_other_roles_are_loaded_without_their_wide_rows(client, careers_index, python_skill):
    role(careers_index, "ml-engineer", python_skill)
    role(careers_index, "other", python_skill, title="Other role")
    client.get("/en/careers/ml-engineer/")
    with CaptureQueriesContext(connection) as queries:
        assert "Other role" in client.get("/en/careers/ml-engineer/").content.decode()
    skill_links = [q["sql"] for q in queries if 'FROM "careers_roleskill"' in q["sql"]]
    assert skill_links
    assert not any("what_it_is" in sql or "title_ja" in sql for sql in skill_links)


def test_role_page_queries_do_not_grow_with_roles(client, careers_index, python_skill):
    role(careers_index, "main", python_skill)
    for n in range(4):
        role(careers_index, f"few-{n}", python_skill)
    few = warm_queries(client, "/en/careers/main/")
    for n in range(25):
        role(careers_index, f"many-{n}", python_skill)
    assert len(warm_queries(client, "/en/careers/main/")) == len(few)
