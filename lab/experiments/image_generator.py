"""Image generator: a tiny diffusion model turns noise into a handwritten digit, step by step.

The model (static/lab/image_generator/weights.json) was trained by
lab/training/train_digit_diffusion.py on scikit-learn's bundled 8x8 digits; the sampler is
static/lab/image_generator/core.js. No editor-owned blocks: the page texts say it all.
"""

from django.utils.translation import gettext_lazy as _

from .base import Experiment

EXPERIMENT = Experiment(
    key="image_generator",
    name=_("Image generator"),
    icon="🎨",
    files=("weights.json",),
    strings={
        "loading": _("Loading the model…"),
        "load_failed": _("The model could not be loaded. Reload the page to try again."),
        "ready": _("The model is ready. Pick a digit and press Generate."),
        "step": _("Step {step} of {total}"),
        "noise_left": _("Noise left: {percent}"),
        "canvas_empty": _("An empty canvas: no digit generated yet."),
        "canvas_progress": _(
            "Noise on its way to becoming a {digit}: step {step} of {total}, noise left {percent}."
        ),
        "canvas_done": _(
            "A generated {digit} after {total} steps (randomness {randomness}, seed {seed})."
        ),
        "started": _("Generating a {digit} in {total} steps."),
        "done": _("Done: a {digit} generated in {total} steps."),
        "timing": _("Computed in {ms} ms in your browser."),
        "gallery_item": _(
            "A generated {digit}: {total} steps, randomness {randomness}, seed {seed}"
        ),
        "gallery_caption": _("{digit} · seed {seed}"),
    },
)
