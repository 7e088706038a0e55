"""Structured data against Google's rich-result requirements (issue 13, point 10): articles
with a publisher and breadcrumbs, roles with their locations and breadcrumbs, programs as
free online courses. The required and recommended properties are those of Google Search
Central's Article, Occupation (estimated salary), Course info and Breadcrumb documentation."""

import json
import re

import pytest

from tests.blog.factories import AuthorFactory, BlogIndexPageFactory, BlogPageFactory
from tests.careers.factories import CareerRolePageFactory, CareersIndexPageFactory, add_salary
from tests.learning.factories import ProgramPageFactory, ProgramsIndexPageFactory

pytestmark = pytest.mark.django_db


def structured_data(client, url):
    html = client.get(url).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return {data["@type"]: data for data in map(json.loads, blocks)}


def assert_breadcrumb(data, names):
    items = data["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(names) + 1))
    assert [item["name"] for item in items] == names
    assert all(item["item"].startswith("http://localhost/") for item in items)


@pytest.mark.parametrize(("language", "title"), [("en", "Reading list"), ("nl", "Leeslijst")])
def test_an_article_has_its_publisher_and_a_breadcrumb(client, home, language, title):
    blog = BlogIndexPageFactory(parent=home, title="Blog", slug="blog")
    author = AuthorFactory(name="AI Educademy team", is_organization=True)
    BlogPageFactory(
        parent=blog, title="Reading list", slug="reading-list", title_nl=title, authors=[author]
    )
    data = structured_data(client, f"/{language}/blog/reading-list/")
    article = data["BlogPosting"]
    for required in ("headline", "datePublished", "dateModified", "author", "publisher"):
        assert article[required], required
    assert article["author"][0]["name"]
    publisher = article["publisher"]
    assert publisher["@type"] == "Organization" and publisher["name"] == "AI Educademy"
    assert publisher["logo"]["url"].startswith("http://localhost/static/")
    assert publisher["url"].startswith("http://localhost/")
    assert_breadcrumb(data["BreadcrumbList"], ["Blog", title])


def test_a_role_lists_where_its_salaries_apply(client, home):
    index = CareersIndexPageFactory(parent=home)
    role = CareerRolePageFactory(parent=index, title="Data Engineer", slug="data-engineer")
    add_salary(role)
    add_salary(role, region="Berlin, Toronto, Singapore", currency="EUR")
    data = structured_data(client, "/en/careers/data-engineer/")
    occupation = data["Occupation"]
    for required in ("name", "estimatedSalary", "occupationLocation"):
        assert occupation[required], required
    for salary in occupation["estimatedSalary"]:
        assert {"name", "currency", "duration", "percentile10", "percentile90"} <= set(salary)
    assert occupation["occupationLocation"] == [
        {"@type": "Country", "name": "United Kingdom"},
        {"@type": "City", "name": "Berlin"},
        {"@type": "City", "name": "Toronto"},
        {"@type": "City", "name": "Singapore"},
    ]
    assert_breadcrumb(data["BreadcrumbList"], [index.title, "Data Engineer"])


def test_a_program_is_a_free_online_course(client, home):
    programs = ProgramsIndexPageFactory(parent=home)
    ProgramPageFactory(parent=programs, title="AI Seeds", slug="ai-seeds", estimated_hours=6)
    course = structured_data(client, "/en/programs/ai-seeds/")["Course"]
    for required in ("name", "description", "provider", "offers", "hasCourseInstance"):
        assert course[required], required
    assert course["provider"]["@type"] == "Organization" and course["provider"]["name"]
    assert course["offers"] == [
        {"@type": "Offer", "category": "Free", "price": 0, "priceCurrency": "EUR"}
    ]
    (instance,) = course["hasCourseInstance"]
    assert instance == {"@type": "CourseInstance", "courseMode": "Online", "courseWorkload": "PT6H"}
