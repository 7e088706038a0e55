"""Careers template helpers: salary ranges in the visitor's language, kind filter links."""

from django import template
from django.http import QueryDict

from ..formatting import format_salary_range

register = template.Library()


@register.filter
def salary_range(salary):
    """A SalaryRange as "£60,000–£130,000" in the active language's format."""
    return format_salary_range(salary.minimum, salary.maximum, salary.currency, salary.open_ended)


@register.simple_tag
def kind_query(kind):
    """ "?kind=builds" (escaped by the template), or "" for every role."""
    if not kind:
        return ""
    query = QueryDict(mutable=True)
    query["kind"] = kind
    return "?" + query.urlencode()
