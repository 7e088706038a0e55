"""The salary chart (issue 13, point 5): every role's range as a bar on one axis per region,
the figures as text beside it, mirrored in Arabic; the table shows one region at a time."""

import re
from types import SimpleNamespace

import pytest

from careers.salary_chart import nice_axis_top, salary_charts
from tests.careers.factories import CareerRolePageFactory, add_salary

NBSP, NNBSP = "\xa0", "\u202f"


class Ranges(list):
    def all(self):
        return self


def role(title, *salaries):
    return SimpleNamespace(title=title, salary_ranges=Ranges(salaries))


def salary(minimum, maximum, region="United Kingdom", currency="GBP", open_ended=False):
    return SimpleNamespace(
        minimum=minimum, maximum=maximum, region=region, currency=currency, open_ended=open_ended
    )


@pytest.mark.parametrize(
    ("largest", "top"),
    [(130_000, 160_000), (200_000, 200_000), (95_000, 100_000), (410_000, 600_000), (7, 8)],
)
def test_the_axis_ends_on_a_round_number_in_four_round_steps(largest, top):
    assert nice_axis_top(largest) == top


def test_one_chart_per_region_with_bars_on_its_shared_axis():
    roles = [
        role("Engineer", salary(60_000, 130_000), salary(120_000, 250_000, "US", "USD", True)),
        role("Analyst", salary(40_000, 80_000)),
    ]
    uk, us = salary_charts(roles, "en")
    assert (uk.region, uk.currency, us.region) == ("United Kingdom", "GBP", "US")
    assert uk.ticks == ["£0", "£40K", "£80K", "£120K", "£160K"]
    engineer, analyst = uk.bars
    assert (engineer.svg_start, engineer.svg_width) == ("37.50", "43.75")  # 60k–130k of 160k
    assert (analyst.svg_start, analyst.svg_width) == ("25.00", "25.00")
    assert engineer.figures == "£60,000–£130,000" and engineer.tail_width == 0
    (open_top,) = us.bars
    assert open_top.figures == "$120,000–$250,000+"
    assert open_top.tail_width > 0 and open_top.tail_start == open_top.start + open_top.width


def test_right_to_left_mirrors_the_bars_but_not_the_figures():
    roles = [role("Engineer", salary(60_000, 130_000))]
    (ltr,) = salary_charts(roles, "en")
    (rtl,) = salary_charts(roles, "ar", rtl=True)
    assert rtl.bars[0].start == pytest.approx(100 - ltr.bars[0].start - ltr.bars[0].width)
    assert rtl.bars[0].figures == "\u200f60,000\xa0UK£–\u200f130,000\xa0UK£"


def test_tick_labels_follow_the_language():
    roles = [role("Engineer", salary(60_000, 130_000, "US", "USD"))]
    assert salary_charts(roles, "fr")[0].ticks[2] == f"80{NBSP}k{NBSP}$US"
    assert salary_charts(roles, "hi")[0].ticks[4] == f"$1.6{NBSP}लाख"
    # German has no short form for thousands: the full amount, grouped.
    assert salary_charts(roles, "de")[0].ticks[1] == f"40.000{NBSP}$"


@pytest.fixture
def two_regions(careers_index):
    engineer = CareerRolePageFactory(parent=careers_index, title="ML Engineer", slug="ml")
    add_salary(engineer, region_fr="Royaume-Uni")
    add_salary(engineer, region="United States", currency="USD", minimum=120000,
               maximum=250000, open_ended=True)  # fmt: skip
    analyst = CareerRolePageFactory(parent=careers_index, title="Data Scientist", slug="ds")
    add_salary(analyst, minimum=50000, maximum=100000, region_fr="Royaume-Uni")
    return engineer, analyst


def chart_section(html):
    return html.split('id="salaries-heading"', 1)[1].split("</section>", 1)[0]


@pytest.mark.parametrize(
    ("language", "caption", "figures"),
    [
        ("en", "Yearly salary estimates: United Kingdom", "£50,000–£100,000"),
        ("fr", "Estimations de salaire annuel : Royaume-Uni", f"50{NNBSP}000{NBSP}£GB"),
    ],
)
def test_the_chart_shows_every_range_as_text_in_the_visitors_language(
    client, two_regions, language, caption, figures
):
    section = chart_section(client.get(f"/{language}/careers/").content.decode())
    assert section.count('<figure class="salary-chart"') == 2
    assert caption in section and figures in section
    # Bars are drawn by SVG attributes, with a "." decimal point in every language.
    bars = re.findall(
        r'<rect class="salary-chart-bar" x="([\d.]+)" y="3" width="([\d.]+)"', section
    )
    assert len(bars) == 3
    assert 'class="salary-chart-tail"' in section  # the open-ended US range
    assert 'style="' not in section


def test_open_ended_mark_follows_the_number_in_french(client, two_regions):
    section = chart_section(client.get("/fr/careers/").content.decode())
    assert f"250{NNBSP}000+{NBSP}$US" in section and "$US+" not in section


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("", "£60,000–£130,000", "$120,000"),
        ("?region=2", "$120,000–$250,000+", "£60,000"),
        ("?region=9", "£60,000–£130,000", "$120,000"),  # out of range: the first region
        ("?region=%3Cb%3E", "£60,000–£130,000", "<b>"),
    ],
)
def test_the_table_shows_one_region_chosen_by_links(client, two_regions, query, shown, hidden):
    response = client.get(f"/en/careers/{query}")
    assert response.status_code == 200
    html = response.content.decode()
    table = html.split('<div class="table-scroll"', 1)[1].split("</table>", 1)[0]
    assert shown in table and hidden not in table
    assert 'href="/en/careers/?region=2#comparison-heading"' in html


def test_region_links_keep_the_kind_filter(client, two_regions):
    html = client.get("/en/careers/?kind=builds").content.decode()
    assert 'href="/en/careers/?kind=builds&amp;region=2#comparison-heading"' in html
