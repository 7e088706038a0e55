"""The careers salary chart: every role's range as a bar on one shared axis per region.

Pure layout (no database, no HTML): `salary_charts(roles)` groups the roles' salary ranges
by region and currency and places each range on a scale from 0 to a round top value, in
percent of the axis, mirrored for right-to-left languages. The template draws the bars as
SVG rectangles (attributes, not inline styles: the public pages' CSP forbids those) beside
the figures as text.
"""

import math
from dataclasses import dataclass, field

from babel.numbers import format_compact_currency

from .formatting import babel_locale, format_amount, format_salary_range

AXIS_STEPS = 4  # ticks at 0, ¼, ½, ¾ and the top of the axis: the CSS grid has 4 columns
NICE_STEP_FACTORS = (1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8)
# An open top is drawn as a fading tail this long (percent of the axis) past the maximum.
OPEN_TAIL = 8.0


@dataclass
class ChartBar:
    role: object
    salary: object
    figures: str
    start: float  # percent of the axis, from the start side (left in LTR, right in RTL)
    width: float
    tail_start: float = 0.0
    tail_width: float = 0.0

    # SVG attributes: always with a "." decimal point (templates would localise floats).
    @property
    def svg_start(self):
        return f"{self.start:.2f}"

    @property
    def svg_width(self):
        return f"{self.width:.2f}"

    @property
    def svg_tail_start(self):
        return f"{self.tail_start:.2f}"

    @property
    def svg_tail_width(self):
        return f"{self.tail_width:.2f}"


@dataclass
class RegionChart:
    region: str
    currency: str
    bars: list = field(default_factory=list)
    ticks: list = field(default_factory=list)  # labels at 0, ¼ … of the axis top


def nice_axis_top(largest):
    """The smallest round number ≥ `largest` that splits into AXIS_STEPS round steps."""
    if largest <= 0:
        return AXIS_STEPS
    raw_step = largest / AXIS_STEPS
    magnitude = 10 ** math.floor(math.log10(raw_step))
    for factor in (*NICE_STEP_FACTORS, 10):
        step = factor * magnitude
        if step >= raw_step:
            return step * AXIS_STEPS
    return 10 * magnitude * AXIS_STEPS  # unreachable: factor 10 always fits


def _reach(salary):
    top = salary.maximum if salary.maximum is not None else salary.minimum
    return top * (1 + OPEN_TAIL / 100) if salary.open_ended else top


def _tick_label(amount, currency, language_code):
    """ "$150K", "150 k $US", "$1.5 लाख"; the full amount where the language has no short
    form for it (German thousands: babel would print "150000 $", without grouping)."""
    short = format_compact_currency(
        amount, currency, locale=babel_locale(language_code), fraction_digits=1
    )
    if "".join(filter(str.isdigit, short)) == str(int(amount)):
        return format_amount(amount, currency, language_code)
    return short


def _place(value, width, rtl):
    """Start of a segment along the SVG's x axis, mirrored in right-to-left languages."""
    return 100 - value - width if rtl else value


def _bar(role, salary, top, language_code, rtl):
    low = salary.minimum / top * 100
    high = (salary.maximum if salary.maximum is not None else salary.minimum) / top * 100
    width = max(high - low, 1.0)  # a single amount still shows as a sliver
    bar = ChartBar(
        role=role,
        salary=salary,
        figures=format_salary_range(
            salary.minimum, salary.maximum, salary.currency, salary.open_ended, language_code
        ),
        start=_place(low, width, rtl),
        width=width,
    )
    if salary.open_ended:
        bar.tail_width = min(OPEN_TAIL, 100 - (low + width))
        bar.tail_start = _place(low + width, bar.tail_width, rtl)
    return bar


def salary_charts(roles, language_code, rtl=False):
    """One RegionChart per (region, currency), in the order regions first appear."""
    groups = {}
    for role in roles:
        for salary in role.salary_ranges.all():
            groups.setdefault((salary.region, salary.currency), []).append((role, salary))
    charts = []
    for (region, currency), entries in groups.items():
        top = nice_axis_top(max(_reach(salary) for _role, salary in entries))
        chart = RegionChart(region=region, currency=currency)
        chart.bars = [_bar(role, salary, top, language_code, rtl) for role, salary in entries]
        chart.ticks = [
            _tick_label(top * step / AXIS_STEPS, currency, language_code)
            for step in range(AXIS_STEPS + 1)
        ]
        charts.append(chart)
    return charts


def salary_regions(roles):
    """The regions (in the active language) in the order they first appear: the table's
    region filter numbers them 1, 2, 3… so a link means the same in every language."""
    regions = []
    for role in roles:
        for salary in role.salary_ranges.all():
            if salary.region not in regions:
                regions.append(salary.region)
    return regions


def selected_region(regions, value):
    """The region `?region=N` picks; the first one for anything else (a bad value is only a
    display preference, never an error)."""
    if value and value.isdigit() and 1 <= int(value) <= len(regions):
        return regions[int(value) - 1]
    return regions[0] if regions else None
