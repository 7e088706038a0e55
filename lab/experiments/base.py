"""What every Lab experiment declares: one `Experiment` per module in this package."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

# Shown by every experiment's JavaScript (static/lab/common.js), whatever it runs.
COMMON_STRINGS = {
    "lab.reset_done": _("Your progress in this experiment has been reset."),
    "lab.storage_unavailable": _(
        "This browser does not let the page store anything, so your progress will not be kept."
    ),
}


@dataclass(frozen=True)
class Experiment:
    """One in-browser experiment.

    key: the folder of its ES modules (static/lab/<key>/) and its template's name.
    blocks: (name, block) pairs of the editor-owned content it reads from the page.
    strings: {key: lazy translation} shown by its JavaScript at run time.
    files: paths under static/lab/<key>/ that its JavaScript fetches (lexicons, weights).
    page_data: optional (page, blocks) -> dict, to shape the data block differently.
    """

    key: str
    name: str
    icon: str
    blocks: list = field(default_factory=list)
    strings: dict = field(default_factory=dict)
    files: tuple = ()
    page_data: object = None

    @property
    def block_names(self):
        return {name for name, _block in self.blocks}

    @property
    def template(self):
        return f"lab/experiments/{self.key}.html"

    @property
    def script(self):
        return f"lab/{self.key}/app.js"

    @property
    def stylesheet(self):
        return f"lab/{self.key}/style.css"

    def runtime_strings(self):
        return {key: str(text) for key, text in {**COMMON_STRINGS, **self.strings}.items()}

    def data(self, page, blocks):
        """The JSON the page hands to the experiment's JavaScript."""
        if self.page_data is not None:
            return self.page_data(page, blocks)
        return {"blocks": [serialise_block(block) for block in blocks]}


def serialise_block(block):
    return {
        "type": block.block_type,
        "id": block.id,
        "value": block.block.get_api_representation(block.value),
    }
