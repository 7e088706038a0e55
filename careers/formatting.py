"""Salary figures in the visitor's language, through babel's CLDR data (no hand-written rules)."""

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency

from django.utils import translation

RANGE_SEPARATOR = "\u2013"  # en dash
OPEN_ENDED_MARK = "+"


@lru_cache(maxsize=32)
def babel_locale(language_code):
    """The babel Locale for a Django language code ("zh-hans" → zh_Hans), English if unknown."""
    try:
        return Locale.parse(translation.to_locale(language_code or "en"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


@lru_cache(maxsize=32)
def _whole_currency_pattern(language_code):
    """The locale's standard currency pattern without its decimals ("¤#,##0.00" → "¤#,##0")."""
    pattern = babel_locale(language_code).currency_formats["standard"].pattern
    return re.sub(r"\.0+", "", pattern)


def format_amount(amount, currency, language_code=None):
    language_code = language_code or translation.get_language()
    return format_currency(
        amount,
        currency,
        format=_whole_currency_pattern(language_code),
        locale=babel_locale(language_code),
        currency_digits=False,
    )


def format_salary_range(minimum, maximum, currency, open_ended=False, language_code=None):
    """ "£60,000–£130,000" in English, "£ 60.000–£ 130.000" in Dutch; "+" marks an open top."""
    language_code = language_code or translation.get_language()
    parts = [format_amount(minimum, currency, language_code)]
    if maximum is not None and maximum != minimum:
        parts.append(format_amount(maximum, currency, language_code))
    if open_ended:
        parts[-1] = mark_open_ended(parts[-1])
    return RANGE_SEPARATOR.join(parts)


_LAST_DIGIT = re.compile(r"(\d)(?=\D*$)")


def mark_open_ended(amount):
    """ "+" right after the number, wherever the language puts the currency: "$250,000+",
    "250 000+ $US" in French (not "250 000 $US+"), "250.000+ €" in German."""
    return _LAST_DIGIT.sub(r"\1" + OPEN_ENDED_MARK, amount, count=1)
