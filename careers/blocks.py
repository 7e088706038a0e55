"""StreamField blocks of the careers app."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class RoleWeightBlock(blocks.StructBlock):
    """How strongly one chooser answer points to one role (negative values point away)."""

    role = blocks.PageChooserBlock(page_type="careers.CareerRolePage", label=_("role"))
    weight = blocks.IntegerBlock(
        label=_("weight"),
        min_value=-5,
        max_value=5,
        default=2,
        help_text=_("From -5 (points away from this role) to 5 (points strongly to it)."),
    )

    class Meta:
        icon = "pick"
        label = _("Role weight")
        form_classname = "role-weight-block"


class RoleWeightsBlock(blocks.StreamBlock):
    weight = RoleWeightBlock()

    class Meta:
        icon = "list-ol"
