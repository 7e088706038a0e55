"""Benchmark (scripts/bench.py): production settings plus a bare view at /__bench__/bare/<n>
that serves bytes captured from a real page, so both go through the same gunicorn, settings
and middleware. Never used by a real deployment."""

from .production import *  # noqa: F403

ROOT_URLCONF = "educademy.bench_urls"
# Directory of the captured responses (<n>.body, <n>.type), written by scripts/bench.py.
BENCH_BARE_DIR = os.environ.get("BENCH_BARE_DIR", "")  # noqa: F405
