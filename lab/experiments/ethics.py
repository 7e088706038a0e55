"""Ethics simulator: decisions about AI systems and their consequences, and a fairness explorer.

The scenarios are the editors' (`scenario` blocks); the fairness explorer's applicants are
synthetic and generated in the browser (static/lab/ethics/core.js).
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .base import Experiment

IMPACT_CHOICES = [
    ("helped", _("Helped")),
    ("harmed", _("Harmed")),
    ("mixed", _("Mixed")),
]


class ConsequenceBlock(blocks.StructBlock):
    who = blocks.CharBlock(
        label=_("who is affected"), max_length=120, help_text=_("For example: the applicants.")
    )
    what = blocks.TextBlock(label=_("what happens to them"))
    impact = blocks.ChoiceBlock(choices=IMPACT_CHOICES, default="mixed", label=_("impact"))

    class Meta:
        icon = "user"
        label = _("Consequence")


class DecisionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("decision"), max_length=200)
    consequences = blocks.ListBlock(ConsequenceBlock(), min_num=1, label=_("consequences"))
    reflection = blocks.TextBlock(
        required=False,
        label=_("what to think about"),
        help_text=_("Optional: a question or thought shown after this decision."),
    )

    class Meta:
        icon = "tick"
        label = _("Decision")


class ScenarioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    situation = blocks.TextBlock(
        label=_("situation"), help_text=_("The AI system and the situation, in a few sentences.")
    )
    question = blocks.CharBlock(label=_("question"), max_length=250)
    choices = blocks.ListBlock(DecisionBlock(), min_num=2, label=_("decisions to choose from"))

    class Meta:
        icon = "help"
        label = _("Scenario")


EXPERIMENT = Experiment(
    key="ethics",
    name=_("Ethics simulator"),
    icon="⚖️",
    blocks=[("scenario", ScenarioBlock())],
    strings={
        # Scenarios
        "progress": _("Scenario {n} of {total}"),
        "impact.helped": _("Helped"),
        "impact.harmed": _("Harmed"),
        "impact.mixed": _("Mixed"),
        "chosen": _("Your decision: {choice}"),
        "consequences_announce": _(
            "Your decision: {choice}. Helped: {helped}, harmed: {harmed}, mixed: {mixed}."
        ),
        "summary_totals": _(
            "Over all your decisions, people helped: {helped}; harmed: {harmed}; mixed: {mixed}."
        ),
        "summary_announce": _("All scenarios done. Here is the summary of your decisions."),
        "summary_row": _("Helped: {helped}, harmed: {harmed}, mixed: {mixed}"),
        "scenario_announce": _("Scenario {n} of {total}: {title}"),
        # Fairness explorer
        "group.A": _("Group A"),
        "group.B": _("Group B"),
        "not_defined": _("not defined"),
        "points": _("{value} percentage points"),
        "holds": _("holds"),
        "does_not_hold": _("does not hold"),
        "chart_label": _(
            "{group}: {qualified} qualified and {unqualified} not qualified applicants by score; "
            "threshold {threshold}, {accepted} accepted."
        ),
        "chart_threshold": _("Threshold {value}"),
        "status": _(
            "Thresholds A {a}, B {b}. Accepted: A {selection_a}, B {selection_b}. "
            "Accuracy {accuracy}."
        ),
        "same_threshold": _("Both groups now have the same threshold: {value}."),
        "parity_breaks_opportunity": _(
            "Demographic parity now holds: both groups are accepted at nearly the same rate "
            "(gap {parity}). But qualified people in group B now have a different chance of "
            "being accepted than in group A (equal opportunity gap {opportunity}). Meeting one "
            "definition broke the other."
        ),
        "opportunity_breaks_parity": _(
            "Equal opportunity now holds: qualified people in both groups have nearly the same "
            "chance of being accepted (gap {opportunity}). But the groups are now accepted at "
            "different rates (demographic parity gap {parity}). Meeting one definition broke "
            "the other."
        ),
        "both_hold": _(
            "Both definitions hold at these thresholds (parity gap {parity}, equal opportunity "
            "gap {opportunity})."
        ),
        "neither_holds": _(
            "Whole-number thresholds cannot close this gap completely from here (parity gap "
            "{parity}, equal opportunity gap {opportunity})."
        ),
    },
)
