#!/usr/bin/env python
"""Benchmark: serve the site with gunicorn on 127.0.0.1 and print, per page type,
requests/s, latency percentiles and SQL queries per (warm) request.

Usage: make bench   (or: .venv/bin/python scripts/bench.py [--requests 300] [--concurrency 4])
Reads the local database (db.sqlite3 with the demo content, or DATABASE_URL). Traffic goes to
127.0.0.1 only, with a bounded number of requests.
"""

import argparse
import http.client
import os
import secrets
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bench_env():
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "educademy.settings.production",
            "SECRET_KEY": env.get("SECRET_KEY") or secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": env.get("DATABASE_URL") or f"sqlite:///{ROOT / 'db.sqlite3'}",
            "SECURE_SSL_REDIRECT": "false",
            "STATIC_ROOT": "/tmp/educademy-bench-static",
            "LOG_LEVEL": "WARNING",
        }
    )
    return env


def sample_urls():
    """One URL per page type (the first live page of each), plus the home page per language."""
    import django

    django.setup()
    from django.utils import translation

    from wagtail.models import Page

    urls = [("home (en)", "/en/"), ("home (nl)", "/nl/"), ("home (ar)", "/ar/")]
    seen = {"homepage"}
    for page in Page.objects.live().public().filter(depth__gt=2).order_by("path").specific():
        kind = type(page).__name__.lower()
        # Each Lab experiment ships its own browser code and data: one row each.
        label = f"lab: {page.experiment}" if kind == "experimentpage" else None
        if (label or kind) in seen:
            continue
        seen.add(label or kind)
        with translation.override("en"):
            urls.append((label or type(page)._meta.verbose_name, page.url))
    return urls


def count_queries(urls):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for label, url in urls:
        client.get(url)  # warm the caches
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            status = client.get(url).status_code
        counts[label] = (status, len(context.captured_queries))
    return counts


def hammer(port, url, requests, concurrency):
    def one(_):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        start = time.perf_counter()
        conn.request("GET", url.encode("utf-8").decode("latin-1") if url.isascii() else _quote(url))
        response = conn.getresponse()
        response.read()
        conn.close()
        return time.perf_counter() - start, response.status

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(one, range(requests)))
    elapsed = time.perf_counter() - started
    latencies = sorted(r[0] for r in results)
    errors = sum(1 for r in results if r[1] != 200)
    return {
        "rps": requests / elapsed,
        "p50": statistics.median(latencies) * 1000,
        "p95": latencies[int(len(latencies) * 0.95) - 1] * 1000,
        "errors": errors,
    }


def _quote(url):
    from urllib.parse import quote

    return quote(url, safe="/?=&")


def wait_for(port, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    env = bench_env()
    os.environ.update(env)
    python = sys.executable
    subprocess.run(
        [python, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    urls = sample_urls()
    queries = count_queries(urls)

    port = free_port()
    server = subprocess.Popen(
        [
            str(Path(python).parent / "gunicorn"),
            "educademy.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--threads",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_for(port)
        print(
            f"gunicorn: {args.workers} workers × 2 threads; {args.requests} requests per page, "
            f"{args.concurrency} concurrent clients; database: {env['DATABASE_URL'].split(':')[0]}"
        )
        print(
            f"{'page':<28} {'status':>6} {'queries':>7} {'req/s':>8} "
            f"{'p50 ms':>8} {'p95 ms':>8} {'errors':>6}"
        )
        for label, url in urls:
            hammer(port, url, 10, 2)  # warm this worker's caches
            result = hammer(port, url, args.requests, args.concurrency)
            status, count = queries[label]
            print(
                f"{label[:28]:<28} {status:>6} {count:>7} {result['rps']:>8.1f} "
                f"{result['p50']:>8.1f} {result['p95']:>8.1f} {result['errors']:>6}"
            )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
