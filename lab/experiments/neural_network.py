"""Neural network playground: a small network trained live on 2-D points (see docs/lab.md).

It reads no editor-owned content blocks: the datasets are generated in the browser
(static/lab/neural_network/core.js), and the page's texts live in its own fields.
"""

from django.utils.translation import gettext_lazy as _

from .base import Experiment

SUMMARY = _("Training loss {train_loss}, test loss {test_loss}, test accuracy {test_accuracy}.")

EXPERIMENT = Experiment(
    key="neural_network",
    name=_("Neural network playground"),
    icon="🧠",
    blocks=[],
    strings={
        "play": _("Play"),
        "pause": _("Pause"),
        "playing": _("Training started."),
        "summary": SUMMARY,
        "paused": _("Paused at epoch {epoch}. {summary}"),
        "stepped": _("Trained one more epoch, now at epoch {epoch}. {summary}"),
        "stopped": _(
            "Training paused by itself at epoch {epoch}, to spare your battery. {summary} "
            "Press Play to go on."
        ),
        "network_reset": _("The network starts again at epoch 0 with new random weights."),
        "data_changed": _("New data: {train} training points and {test} test points."),
        "layers_none": _(
            "Network changed: no hidden layer, so the boundary can only be a straight line."
        ),
        "layers_some": _("Network changed: hidden layers of {layers} neurons."),
        "activation_changed": _("Activation changed to {activation}; the network starts again."),
        "layer_count": _("Hidden layers: {count}"),
        "layer_name": _("Layer {n}"),
        "layer_neurons": _("Neurons: {count}"),
        "add_neuron": _("Add a neuron to layer {n}"),
        "remove_neuron": _("Remove a neuron from layer {n}"),
        "class_1": _("blue circle"),
        "class_0": _("orange square"),
        "point_added": _(
            "Point added at x {x}, y {y}: {label}. It now belongs to the training data."
        ),
        "point_invalid": _("Enter x and y as numbers from -6 to 6."),
        "points_full": _("You can add at most {max} points. Remove yours to add others."),
        "points_removed": _("Your points were removed from the training data."),
        "custom_count": _("Points you added: {count}"),
        "best_none": _("none yet"),
        "best_value": _("{accuracy} at epoch {epoch}"),
        "axis_epochs": _("Epochs"),
        "axis_loss": _("Loss"),
        "plane_label": _(
            "Decision boundary at epoch {epoch}: the network puts {test_accuracy} of the "
            "test points in the right class."
        ),
        "chart_label": _(
            "Loss over {epoch} epochs: training loss {train_loss}, test loss {test_loss}."
        ),
    },
)
