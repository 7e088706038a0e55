import factory
import wagtail_factories

from lab.models import ExperimentPage, LabIndexPage


class LabIndexPageFactory(wagtail_factories.PageFactory):
    title = "The Lab"
    slug = "lab"
    intro = "Seven experiments that run in your browser."

    class Meta:
        model = LabIndexPage


class ExperimentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Experiment {n}")
    slug = factory.Sequence(lambda n: f"experiment-{n}")
    experiment = "neural_network"
    intro = "Train a small network."
    how_it_works = "<p>It learns from points.</p>"
    what_to_try = "<ul><li>Add noise.</li></ul>"

    class Meta:
        model = ExperimentPage
