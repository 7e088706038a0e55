"""Salary ranges in each language's number and currency format (babel's real output)."""

import pytest

from django.utils import translation

from careers.formatting import babel_locale, format_salary_range
from careers.models import SalaryRange
from careers.templatetags.careers_tags import salary_range

NBSP = "\xa0"
NNBSP = "\u202f"
RLM = "\u200f"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "£60,000–£130,000"),
        ("nl", f"£{NBSP}60.000–£{NBSP}130.000"),
        ("fr", f"60{NNBSP}000{NBSP}£GB–130{NNBSP}000{NBSP}£GB"),
        ("de", f"60.000{NBSP}£–130.000{NBSP}£"),
        ("es", f"60.000{NBSP}GBP–130.000{NBSP}GBP"),
        ("pt", f"£{NBSP}60.000–£{NBSP}130.000"),
        ("hi", "£60,000–£1,30,000"),
        ("zh-hans", "£60,000–£130,000"),
        ("ja", "£60,000–£130,000"),
        ("ar", f"{RLM}60,000{NBSP}UK£–{RLM}130,000{NBSP}UK£"),
    ],
)
def test_pound_range_per_language(language, expected):
    assert format_salary_range(60000, 130000, "GBP", language_code=language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "$120,000–$250,000+"),
        ("nl", f"US${NBSP}120.000–US${NBSP}250.000+"),
        ("hi", "$1,20,000–$2,50,000+"),
        ("ar", f"{RLM}120,000{NBSP}US$–{RLM}250,000+{NBSP}US$"),
        # The mark sits on the number, before a currency that follows it.
        ("fr", f"120{NNBSP}000{NBSP}$US–250{NNBSP}000+{NBSP}$US"),
        ("de", f"120.000{NBSP}$–250.000+{NBSP}$"),
    ],
)
def test_open_ended_dollar_range(language, expected):
    assert format_salary_range(120000, 250000, "USD", True, language_code=language) == expected


def test_euro_range_in_english_and_french():
    assert format_salary_range(70000, 160000, "EUR", language_code="en") == "€70,000–€160,000"
    assert (
        format_salary_range(70000, 160000, "EUR", language_code="fr")
        == f"70{NNBSP}000{NBSP}€–160{NNBSP}000{NBSP}€"
    )


def test_single_amount_when_there_is_no_maximum():
    assert format_salary_range(50000, None, "GBP", True, language_code="en") == "£50,000+"
    assert format_salary_range(50000, 50000, "GBP", language_code="en") == "£50,000"


def test_django_codes_map_to_babel_locales():
    assert str(babel_locale("zh-hans")) == "zh_Hans"
    assert str(babel_locale("pt")) == "pt"
    assert str(babel_locale("xx-nowhere")) == "en"


def test_filter_and_model_use_the_active_language():
    salary = SalaryRange(region="UK", currency="GBP", minimum=60000, maximum=130000)
    assert salary_range(salary) == "£60,000–£130,000"
    with translation.override("nl"):
        assert salary_range(salary) == f"£{NBSP}60.000–£{NBSP}130.000"
        assert salary.formatted == f"£{NBSP}60.000–£{NBSP}130.000"
