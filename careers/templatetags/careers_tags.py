"""Careers template helpers: salary ranges in the visitor's language, the salary chart,
kind filter links."""

from django import template
from django.http import QueryDict
from django.utils import translation

from ..formatting import format_salary_range
from ..salary_chart import salary_charts, salary_regions, selected_region

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


@register.inclusion_tag("careers/includes/salary_chart.html")
def salary_chart(roles):
    """Every role's salary range as a bar, one shared axis per region (careers/salary_chart.py)."""
    language = translation.get_language()
    return {"charts": salary_charts(roles, language, rtl=translation.get_language_bidi())}


@register.simple_tag(takes_context=True)
def region_filter(context, roles):
    """{"options": [(number, region, is_current)], "current": region} for the comparison
    table's region links (`?region=N`, kept beside `?kind=`)."""
    regions = salary_regions(roles)
    request = context.get("request")
    current = selected_region(regions, request.GET.get("region", "") if request else "")
    options = [(number, region, region == current) for number, region in enumerate(regions, 1)]
    return {"options": options, "current": current}


@register.simple_tag
def region_query(number, kind=None):
    """ "?kind=…&region=N": the region link keeps the (validated) kind filter."""
    query = QueryDict(mutable=True)
    if kind:
        query["kind"] = kind
    query["region"] = str(number)
    return "?" + query.urlencode()
