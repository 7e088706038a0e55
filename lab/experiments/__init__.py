"""The registry of the Lab's experiments, in their default order."""

from importlib import import_module

KEYS = (
    "neural_network",
    "ai_or_human",
    "prompt_lab",
    "image_generator",
    "sentiment",
    "chatbot",
    "ethics",
)

EXPERIMENTS = {key: import_module(f"{__name__}.{key}").EXPERIMENT for key in KEYS}


def get_experiment(key):
    return EXPERIMENTS.get(key)


def choices():
    return [(key, experiment.name) for key, experiment in EXPERIMENTS.items()]


def all_blocks():
    """Every experiment's content blocks, for the one StreamBlock of ExperimentPage.content."""
    return [named for experiment in EXPERIMENTS.values() for named in experiment.blocks]
