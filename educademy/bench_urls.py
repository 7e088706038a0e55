"""URLs for the benchmark settings: the real site plus the bare view (see
educademy/settings/bench.py). The bare view is the floor a cached page is measured against:
a Django view that returns the captured bytes of a real page and does nothing else."""

import itertools
import os
from functools import cache
from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import path
from django.utils.cache import patch_cache_control

from .urls import handler404, handler500
from .urls import urlpatterns as site_urlpatterns

__all__ = ["handler404", "handler500", "urlpatterns"]


_served = itertools.count(1)


@cache
def captured_response(number):
    """(body, content type) of capture <number>, read once per worker process."""
    folder = Path(settings.BENCH_BARE_DIR)
    body_file = folder / f"{number}.body"
    if not settings.BENCH_BARE_DIR or not body_file.is_file():
        return None
    return body_file.read_bytes(), (folder / f"{number}.type").read_text().strip()


def bare(request, number):
    captured = captured_response(number)
    if captured is None:
        raise Http404("No captured response with this number.")
    body, content_type = captured
    response = HttpResponse(body, content_type=content_type)
    # Never stored by a page cache (the bare view must stay the uncached floor); the
    # counter lets the benchmark check that each bare response really came from this view.
    patch_cache_control(response, private=True)
    response["X-Bench-Served"] = f"{os.getpid()}-{next(_served)}"
    return response


urlpatterns = [path("__bench__/bare/<int:number>", bare), *site_urlpatterns]
