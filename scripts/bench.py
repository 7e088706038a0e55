#!/usr/bin/env python
"""Benchmark: serve the site with gunicorn on 127.0.0.1 and print, per page type, the
server CPU per request with the page cache on (warm) and bypassed (cold), beside a bare
Django view serving the same bytes.

Usage: make bench         (or: .venv/bin/python scripts/bench.py [--requests 1000] [--seconds 2])
       make bench-growth  (or: .venv/bin/python scripts/bench.py --grow 1000)

CPU is the gunicorn workers' own time (utime + stime from /proc/<pid>/stat, summed over the
workers before and after a run, divided by the requests), not client latency. Cold runs
start gunicorn with PAGE_CACHE_SECONDS=0. Queries per request come from Django's test client
with CaptureQueriesContext (third request of a URL). The bare view is /__bench__/bare/<n>
(educademy/settings/bench.py), served by the same gunicorn command.

Growth mode copies the SQLite database to two temporary files, adds N published articles to
one of them and serves each copy from its own gunicorn; the cold figures of the blog index, an
article, a tag page and the sitemap are measured on both, alternating between the two
--rounds times per row (medians), so the machine's drift falls on both sides alike. The
local database is only read. Traffic goes to 127.0.0.1 only; every run is
bounded by --requests and --seconds.
"""

import argparse
import http.client
import json
import math
import os
import re
import secrets
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ElementTree
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from unittest import mock
from urllib.parse import quote, unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
CACHED_TARGET = 1.25  # cached hit / bare view
GROWTH_TARGET = 1.2  # cold CPU with N articles / with the demo articles
BARE_PREFIX = "/__bench__/bare/"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
PROXY_TARGET = 10_000  # cached article behind Varnish, requests/s
PROXY_LOAD = ("-t2", "-c64", "-d5s")  # wrk: threads, connections, duration
SIBLING_SLUG_CHECK = "wagtail_modeltranslation.patch_wagtailadmin._validate_slugs"


# --- Pure helpers (tests/test_bench.py) ---------------------------------------------------


def cpu_ticks(stat_line):
    """utime + stime, in clock ticks, from one /proc/<pid>/stat line. The command name
    (field 2) is in parentheses and may itself hold spaces and parentheses, so fields are
    counted after the last ')': there the state is field 3, utime 14 and stime 15."""
    after_name = stat_line.rsplit(")", 1)[1].split()
    return int(after_name[11]) + int(after_name[12])


def parent_pid(stat_line):
    return int(stat_line.rsplit(")", 1)[1].split()[1])


def percentile(values, fraction):
    """Nearest-rank percentile: the smallest value with at least `fraction` of the values
    at or below it (0.5 → median of an odd count, 0.99 → the worst of fewer than 100)."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def ratio(value, reference):
    if value is None or not reference:
        return None
    return value / reference


def number(value, digits=1, suffix=""):
    return "—" if value is None else f"{value:.{digits}f}{suffix}"


def thousands(value):
    return "—" if value is None else f"{value:,.0f}"


def format_table(columns, rows):
    """Plain-text table: `columns` are (title, "<" or ">") pairs, rows are lists of strings."""
    widths = [
        max(len(title), *(len(row[i]) for row in rows)) if rows else len(title)
        for i, (title, _align) in enumerate(columns)
    ]

    def line(cells):
        return "  ".join(
            f"{cell:{align}{width}}"
            for cell, (_t, align), width in zip(cells, columns, widths, strict=True)
        ).rstrip()

    header = line([title for title, _align in columns])
    return "\n".join([header, "-" * len(header), *(line(row) for row in rows)])


def url_path(url):
    """The path and query of a URL, as a request line sends it."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def sitemap_locations(xml_bytes):
    """("index", section URLs) for a sitemap index, ("urlset", page URLs) for a sitemap."""
    root = ElementTree.fromstring(xml_bytes)
    kind = "index" if root.tag == f"{SITEMAP_NS}sitemapindex" else "urlset"
    child = "sitemap" if kind == "index" else "url"
    locations = [
        element.findtext(f"{SITEMAP_NS}loc", "").strip()
        for element in root.findall(f"{SITEMAP_NS}{child}")
    ]
    return kind, locations


# --- Talking to gunicorn ---------------------------------------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def read_stat(pid):
    return Path(f"/proc/{pid}/stat").read_text()


def worker_pids(master_pid):
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if parent_pid(read_stat(entry.name)) == master_pid:
                    pids.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue  # the process ended while we looked
    return sorted(pids)


def cpu_seconds(pids):
    return sum(cpu_ticks(read_stat(pid)) for pid in pids) / CLOCK_TICKS


@dataclass
class Server:
    port: int
    workers: list


@contextmanager
def gunicorn(env, workers, threads):
    port = free_port()
    command = [
        str(Path(sys.executable).parent / "gunicorn"),
        "educademy.wsgi",
        *("--bind", f"127.0.0.1:{port}", "--workers", str(workers)),
        *("--threads", str(threads), "--log-level", "warning"),
    ]
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        yield Server(port, wait_for_workers(process, port, workers))
    finally:
        process.terminate()
        process.wait(timeout=20)


def wait_for_port(process, port, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{process.args[0]} exited at start")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{process.args[0]} did not start")


def wait_for_workers(process, port, count, timeout=60):
    wait_for_port(process, port, timeout)
    deadline = time.time() + timeout
    while time.time() < deadline:
        pids = worker_pids(process.pid)
        if len(pids) == count:
            return pids
        time.sleep(0.2)
    raise SystemExit("gunicorn did not start its workers")


def request_target(path):
    return path if path.isascii() else quote(path, safe="/?=&%")


def fetch(port, path, gzip=False):
    """(status, headers, body, seconds) of one GET on a new connection."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Accept-Encoding": "gzip"} if gzip else {}
    start = time.perf_counter()
    try:
        conn.request("GET", request_target(path), headers=headers)
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    return response.status, dict(response.getheaders()), body, time.perf_counter() - start


def wrk_requests_per_second(output):
    """The Requests/sec figure of wrk's report (None when it printed none)."""
    found = re.search(r"^Requests/sec:\s*([\d.]+)", output, re.MULTILINE)
    return float(found.group(1)) if found else None


@dataclass
class Run:
    cpu_ms: float
    rps: float
    p50: float
    p99: float
    errors: int
    requests: int


def measure(server, path, args):
    """Worker CPU per request, requests/s and latency for up to --requests GETs of `path`
    (stopping after --seconds, once every client has sent two)."""
    issued = 0
    lock = threading.Lock()
    minimum = 2 * args.concurrency
    deadline = time.perf_counter() + args.seconds

    def client(_):
        nonlocal issued
        results = []
        while True:
            with lock:
                done = issued >= args.requests or (
                    issued >= minimum and time.perf_counter() > deadline
                )
                if done:
                    return results
                issued += 1
            status, _headers, _body, seconds = fetch(server.port, path, args.gzip)
            results.append((seconds, status))

    before = cpu_seconds(server.workers)
    started = time.perf_counter()
    with ThreadPoolExecutor(args.concurrency) as pool:
        results = [r for batch in pool.map(client, range(args.concurrency)) for r in batch]
    elapsed = time.perf_counter() - started
    cpu = cpu_seconds(server.workers) - before
    latencies = [seconds * 1000 for seconds, _status in results]
    return Run(
        cpu_ms=cpu * 1000 / len(results),
        rps=len(results) / elapsed,
        p50=percentile(latencies, 0.5),
        p99=percentile(latencies, 0.99),
        errors=sum(1 for _seconds, status in results if status != 200),
        requests=len(results),
    )


def prime(server, path, args, count=None):
    for _ in range(count or 2 * len(server.workers)):
        fetch(server.port, path, args.gzip)


def median_run(runs):
    """One Run for several rounds of the same URL: the median of each figure (errors and
    requests summed)."""
    middle = [
        statistics.median(getattr(run, name) for run in runs)
        for name in ("cpu_ms", "rps", "p50", "p99")
    ]
    return Run(
        *middle,
        errors=sum(run.errors for run in runs),
        requests=sum(run.requests for run in runs),
    )


# --- Inside Django (run in a subprocess with the bench environment) -----------------------


def sample_urls():
    """One URL per page type (the first live page of each), the home page in three
    languages, a tag page and the feeds. `growth` marks the ones growth mode measures."""
    from django.utils import translation

    from wagtail.models import Page

    from blog.models import BlogIndexPage

    urls = [url_entry(f"home ({code})", f"/{code}/") for code in ("en", "nl", "ar")]
    seen = {"homepage"}
    pages = Page.objects.live().public().filter(depth__gt=2).order_by("path").specific()
    for page in pages:
        kind = type(page).__name__.lower()
        # Each Lab experiment ships its own browser code and data: one row each.
        label = f"lab: {page.experiment}" if kind == "experimentpage" else None
        if (label or kind) in seen:
            continue
        seen.add(label or kind)
        with translation.override("en"):
            growth = kind in {"blogindexpage", "blogpage"}
            urls.append(url_entry(label or str(type(page)._meta.verbose_name), page.url, growth))
            if isinstance(page, BlogIndexPage):
                urls.extend(blog_index_extras(page))
    return urls


def blog_index_extras(index):
    extras = []
    topics = index.topics()
    if topics:
        extras.append(url_entry(f"tag page ({topics[0].slug})", index.tag_url(topics[0]), True))
    for kind, url in index.feed_urls().items():
        extras.append(url_entry(f"feed ({kind})", url))
    return extras


def url_entry(label, path, growth=False):
    return {"label": label, "path": path, "growth": growth}


def sitemap_urls(client):
    """The sitemap index and each section it lists (or the one sitemap, when not an index)."""
    response = client.get("/sitemap.xml")
    kind, locations = sitemap_locations(response.content)
    if kind == "urlset":
        return [url_entry("sitemap", "/sitemap.xml", True)]
    sections = [url_entry(f"sitemap {url_path(loc)}", url_path(loc), True) for loc in locations]
    return [url_entry("sitemap index", "/sitemap.xml", True), *sections]


def expected_page_paths():
    """Every live public page's path in every language, as the site links it."""
    from django.conf import settings
    from django.utils import translation

    from wagtail.models import Page

    pages = list(Page.objects.live().public().filter(depth__gt=1).defer_streamfields().specific())
    paths = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for page in pages:
                parts = page.get_url_parts()
                if parts:
                    paths.add(unquote(parts[2]))
    return paths


def sitemap_check(client, sitemaps):
    """Every expected URL found in the sections, and how many URLs each file lists."""
    found, sizes = set(), {}
    for entry in sitemaps:
        kind, locations = sitemap_locations(client.get(entry["path"]).content)
        if kind == "urlset":
            found.update(unquote(url_path(loc)) for loc in locations)
            sizes[entry["path"]] = len(locations)
    expected = expected_page_paths()
    missing = sorted(expected - found)
    return {
        "expected": len(expected),
        "found": len(expected & found),
        "missing": missing[:3],
        "sizes": sizes,
    }


def count_queries(urls):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for entry in urls:
        client.get(entry["path"])  # warm the caches (and the page cache, when on)
        client.get(entry["path"])
        with CaptureQueriesContext(connection) as context:
            client.get(entry["path"])
        counts[entry["path"]] = len(context.captured_queries)
    return counts


def probe(out_file, urls_file):
    """Write the URLs to measure, their query counts and the sitemap check as JSON."""
    import django

    django.setup()
    from django.test import Client

    from blog.models import BlogPage

    client = Client(HTTP_HOST="127.0.0.1")
    if urls_file:
        urls = [e for e in json.loads(Path(urls_file).read_text()) if "sitemap" not in e["label"]]
    else:
        urls = sample_urls()
    sitemaps = sitemap_urls(client)
    urls += sitemaps
    result = {
        "urls": urls,
        "queries": count_queries(urls),
        "sitemap": sitemap_check(client, sitemaps),
        "articles": BlogPage.objects.live().count(),
    }
    Path(out_file).write_text(json.dumps(result))


def populate(count):
    """Publish `count` articles (tags, headings, paragraphs, dates before the demo's) in the
    database DATABASE_URL points at, through Wagtail's tree API."""
    import datetime

    import django

    django.setup()
    from django.db import transaction

    from blog.models import Author, BlogIndexPage, BlogPage, BlogTag
    from content_import.blocks import article_blocks

    index = BlogIndexPage.objects.first()
    tags = list(BlogTag.objects.order_by("pk"))
    author = Author.objects.first()
    newest = datetime.date(2025, 12, 31)
    for start in range(0, count, 100):
        # The slugs are unique by construction (Wagtail's own check still runs); the extra
        # check of wagtail-modeltranslation reads every sibling's full row in every language
        # on each save, which would make adding N articles take O(N²).
        with transaction.atomic(), mock.patch(SIBLING_SLUG_CHECK, return_value={}):
            for n in range(start, min(start + 100, count)):
                page = BlogPage(
                    title=f"Bench article {n}: notes on models and data",
                    slug=f"bench-article-{n}",
                    summary=f"Benchmark article {n}, added by scripts/bench.py --grow.",
                    date=newest - datetime.timedelta(days=n),
                    body=article_blocks(growth_body(n)),
                )
                if author:
                    page.authors = [author]
                page.tags.add(*(tags[(n + k) % len(tags)] for k in range(3) if tags))
                index.add_child(instance=page)
                page.save_revision().publish()


def growth_body(n):
    paragraph = (
        f"Article {n} explains how a model learns from **data**, why evaluation matters "
        "and what to try next. " * 4
    )
    return "\n\n".join(
        [
            "## Why it matters",
            paragraph,
            paragraph,
            "### A closer look",
            paragraph,
            "## What to do next",
            paragraph,
        ]
    )


# --- Orchestration ---------------------------------------------------------------------------


def bench_env(database_url, cache_dir):
    env = dict(os.environ)
    env.pop("PAGE_CACHE_SECONDS", None)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "educademy.settings.bench",
            "SECRET_KEY": env.get("SECRET_KEY") or secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": database_url,
            "SECURE_SSL_REDIRECT": "false",
            "STATIC_ROOT": "/tmp/educademy-bench-static",
            "LOG_LEVEL": "WARNING",
            "CACHE_DIR": str(cache_dir),
            "CACHE_KEY_PREFIX": f"bench-{secrets.token_hex(4)}",
        }
    )
    return env


def cold(env):
    return {**env, "PAGE_CACHE_SECONDS": "0"}


def run_probe(env, workdir, name, urls=None):
    out = Path(workdir) / f"{name}.json"
    command = [sys.executable, __file__, "--probe", str(out)]
    if urls is not None:
        urls_file = Path(workdir) / f"{name}-urls.json"
        urls_file.write_text(json.dumps(urls))
        command += ["--urls", str(urls_file)]
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return json.loads(out.read_text())


def collectstatic(env):
    command = [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"]
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def measure_cold(env, urls, args):
    runs = {}
    with gunicorn(cold(env), args.workers, args.threads) as server:
        for entry in urls:
            prime(server, entry["path"], args)
            runs[entry["path"]] = measure(server, entry["path"], args)
    return runs


def measure_warm_and_bare(env, urls, args):
    """Warm page runs and bare-view runs, with the status, size and bytes of each page."""
    runs = {}
    with gunicorn(env, args.workers, args.threads) as server:
        for number, entry in enumerate(urls):
            status, headers, body, _seconds = fetch(server.port, entry["path"])
            capture(Path(env["BENCH_BARE_DIR"]), number, body, headers)
            prime(server, entry["path"], args)
            page = measure(server, entry["path"], args)
            bare_path = f"{BARE_PREFIX}{number}"
            check_bare(server, bare_path, body, args)
            bare = measure(server, bare_path, args)
            runs[entry["path"]] = {"status": status, "size": len(body), "warm": page, "bare": bare}
    return runs


def capture(folder, number, body, headers):
    (folder / f"{number}.body").write_bytes(body)
    content_type = headers.get("Content-Type", "text/html; charset=utf-8")
    (folder / f"{number}.type").write_text(content_type)


def check_bare(server, path, body, args):
    """The bare view answers with the page's bytes, rendered per request (not cached)."""
    served = set()
    for _ in range(2 * len(server.workers) + 2):
        status, headers, bare_body, _seconds = fetch(server.port, path)
        if status != 200 or bare_body != body:
            raise SystemExit(f"The bare view {path} does not serve the captured bytes.")
        served.add(headers.get("X-Bench-Served"))
    if len(served) < 2 * len(server.workers) + 2:
        print(f"warning: {path} was served from a cache; its figures are not the floor")


def sqlite_path(database_url):
    """The file of a sqlite:///relative or sqlite:////absolute URL; None for other databases."""
    if database_url.startswith("sqlite:///"):
        return Path(database_url.removeprefix("sqlite:///"))
    return None


def normal_mode(args, workdir):
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{ROOT / 'db.sqlite3'}"
    env = bench_env(database_url, Path(workdir) / "cache")
    env["BENCH_BARE_DIR"] = str(Path(workdir) / "bare")
    Path(env["BENCH_BARE_DIR"]).mkdir()
    collectstatic(env)
    cold_probe = run_probe(cold(env), workdir, "cold")
    urls = cold_probe["urls"]
    warm_probe = run_probe(env, workdir, "warm", urls)
    cold_runs = measure_cold(env, urls, args)
    warm_runs = measure_warm_and_bare(env, urls, args)
    print(setup_line(args, database_url, cold_probe["articles"]))
    print(normal_table(urls, cold_probe, warm_probe, cold_runs, warm_runs))
    print(sitemap_line(cold_probe))
    article = next(entry["path"] for entry in urls if entry["label"] == "article")
    print(proxy_line(measure_behind_proxy(env, article, args, workdir)))


def measure_behind_proxy(env, path, args, workdir):
    """Requests/s (with and without gzip) of `path` served by deploy/varnish/default.vcl in
    front of the warm app, by wrk; None when varnishd or wrk is not installed."""
    if not (shutil.which("wrk") and Path(VARNISHD).exists()):
        return None
    with gunicorn(env, args.workers, args.threads) as server, varnish(server.port, workdir) as port:
        fetch(port, path)
        if fetch(port, path)[1].get("X-Cache") != "HIT":
            raise SystemExit(f"Varnish did not keep {path}: its figures would be the app's.")
        return {gzip: wrk(port, path, gzip) for gzip in (True, False)}


@contextmanager
def varnish(backend_port, workdir):
    """varnishd, unprivileged on a free loopback port, with the shipped VCL (only the
    backend port substituted); yields its port."""
    vcl = (ROOT / "deploy" / "varnish" / "default.vcl").read_text()
    vcl_file = Path(workdir) / "default.vcl"
    vcl_file.write_text(vcl.replace('.port = "8000";', f'.port = "{backend_port}";'))
    port = free_port()
    command = [VARNISHD, "-F", "-j", "none", "-n", str(Path(workdir) / "varnish")]
    command += ["-a", f"127.0.0.1:{port}", "-f", str(vcl_file), "-s", "malloc,64m"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(process, port)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def wrk(port, path, gzip):
    headers = ["-H", "Accept-Encoding: gzip"] if gzip else []
    url = f"http://127.0.0.1:{port}{request_target(path)}"
    result = subprocess.run(
        ["wrk", *PROXY_LOAD, *headers, url], capture_output=True, text=True, check=True
    )
    return wrk_requests_per_second(result.stdout)


def proxy_line(rates):
    if rates is None:
        return "behind Varnish: not measured (needs varnishd and wrk: make bench installs both)"
    return (
        f"behind Varnish (deploy/varnish/default.vcl, wrk {' '.join(PROXY_LOAD)}), the cached"
        f" article: {thousands(rates[True])} requests/s with gzip, {thousands(rates[False])}"
        f" without (target ≥ {thousands(PROXY_TARGET)})"
    )


def normal_table(urls, cold_probe, warm_probe, cold_runs, warm_runs):
    columns = [("page", "<"), ("status", ">"), ("KB", ">"), ("q cold", ">"), ("q warm", ">")]
    columns += [(f"warm {name}", ">") for name in ("ms", "rps", "p50", "p99")]
    columns += [(f"cold {name}", ">") for name in ("ms", "rps", "p50", "p99")]
    columns += [("bare ms", ">"), ("warm/bare", ">"), ("cold/bare", ">"), ("errors", ">")]
    rows, ratios = [], []
    for entry in urls:
        path = entry["path"]
        warm, bare, cold_run = warm_runs[path]["warm"], warm_runs[path]["bare"], cold_runs[path]
        warm_ratio = ratio(warm.cpu_ms, bare.cpu_ms)
        ratios.append((warm_ratio, entry["label"]))
        rows.append(
            [
                entry["label"],
                str(warm_runs[path]["status"]),
                number(warm_runs[path]["size"] / 1024),
                str(cold_probe["queries"][path]),
                str(warm_probe["queries"][path]),
                *run_cells(warm),
                *run_cells(cold_run),
                number(bare.cpu_ms, 2),
                number(warm_ratio, 2, "×"),
                number(ratio(cold_run.cpu_ms, bare.cpu_ms), 1, "×"),
                str(warm.errors + cold_run.errors + bare.errors),
            ]
        )
    within = [label for value, label in ratios if value is not None and value <= CACHED_TARGET]
    worst_ratio, worst_label = max((r for r in ratios if r[0] is not None), default=(None, "—"))
    summary = (
        f"cached hits within {CACHED_TARGET}× of the bare view: {len(within)} of {len(ratios)}"
        f" (worst: {worst_label}, {number(worst_ratio, 2, '×')})"
    )
    return "\n".join([format_table(columns, rows), summary])


def run_cells(run):
    return [number(run.cpu_ms, 2), number(run.rps, 0), number(run.p50), number(run.p99)]


def setup_line(args, database_url, articles):
    return (
        f"gunicorn {args.workers} workers × {args.threads} threads; up to {args.requests} requests"
        f" (≤ {args.seconds:g} s) per row, {args.concurrency} concurrent clients"
        f"{', gzip' if args.gzip else ''}; database: {database_url.split(':')[0]},"
        f" {articles} live articles\n"
        f"ms = gunicorn workers' CPU per request (utime+stime, {1000 / CLOCK_TICKS:g} ms ticks);"
        " rps, p50, p99 (ms) seen by the client; q = SQL queries per request"
        " (cold: PAGE_CACHE_SECONDS=0)"
    )


def sitemap_line(probe_result):
    check = probe_result["sitemap"]
    missing = check["expected"] - check["found"]
    line = (
        f"sitemap: {check['found']} of {check['expected']} live page URLs (every language)"
        f" found in its sections, {missing} missing"
    )
    if check["missing"]:
        line += " (e.g. " + ", ".join(check["missing"]) + ")"
    return line


def copy_database(source, target):
    """A consistent copy (WAL included) through SQLite's backup API; the source is only read."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def growth_mode(args, workdir):
    source = sqlite_path(os.environ.get("DATABASE_URL") or f"sqlite:///{ROOT / 'db.sqlite3'}")
    if source is None:
        raise SystemExit("Growth mode copies a SQLite database: unset DATABASE_URL.")
    small, large = (growth_copy(source, workdir, name) for name in ("small", "large"))
    collectstatic(small)
    before_probe = run_probe(cold(small), workdir, "before")
    urls = [entry for entry in before_probe["urls"] if entry["growth"]]
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, __file__, "--populate", str(args.grow)], cwd=ROOT, env=large, check=True
    )
    added_in = time.perf_counter() - started
    after_probe = run_probe(cold(large), workdir, "after", urls)
    small_paths = {entry["path"] for entry in before_probe["urls"]}
    before_runs, after_runs = measure_cold_side_by_side(
        small, large, after_probe["urls"], small_paths, args
    )
    print(setup_line(args, "sqlite (two temporary copies)", after_probe["articles"]))
    print(
        f"added {args.grow} published articles in {added_in:.0f} s; each row alternates the"
        f" two databases {args.rounds} times (median of the rounds)"
    )
    print(growth_table(before_probe, after_probe, before_runs, after_runs))
    print(f"{before_probe['articles']} articles: {sitemap_line(before_probe)}")
    print(f"{after_probe['articles']} articles: {sitemap_line(after_probe)}")


def growth_copy(source, workdir, name):
    """The bench environment of a copy of `source`, with a cache of its own."""
    copy = Path(workdir) / f"{name}.sqlite3"
    copy_database(source, copy)
    return bench_env(f"sqlite:///{copy}", Path(workdir) / f"cache-{name}")


def measure_cold_side_by_side(small, large, urls, small_paths, args):
    """Cold runs of each URL on both databases, alternating small and large --rounds times,
    so that the machine's drift over minutes falls on both sides alike. A URL the small one
    does not have (not in `small_paths`: a sitemap file ?p=2…) has nothing to compare with
    and is measured once, on the large one."""
    runs = ({}, {})
    with (
        gunicorn(cold(small), args.workers, args.threads) as before,
        gunicorn(cold(large), args.workers, args.threads) as after,
    ):
        for entry in urls:
            path = entry["path"]
            sides = [(0, before), (1, after)] if path in small_paths else [(1, after)]
            rounds = {side: [] for side, _server in sides}
            for _side, server in sides:
                prime(server, path, args)
            for _round in range(args.rounds if len(sides) == 2 else 1):
                for side, server in sides:
                    rounds[side].append(measure(server, path, args))
            for side, side_runs in rounds.items():
                runs[side][path] = median_run(side_runs)
    return runs


def file_sizes(probe_result, path):
    """How many URLs the sitemap file `path` listed in that probe (None: not a file)."""
    return probe_result.get("sitemap", {}).get("sizes", {}).get(path)


def growth_table(before_probe, after_probe, before_runs, after_runs):
    small, large = before_probe["articles"], after_probe["articles"]
    columns = [("page (cold)", "<"), (f"q {small}", ">"), (f"q {large}", ">")]
    columns += [(f"ms {small}", ">"), (f"ms {large}", ">"), ("ratio", ">"), ("URLs", ">")]
    columns += [(f"p50 {small}", ">"), (f"p50 {large}", ">"), ("errors", ">")]
    rows, ratios, same_queries, compared = [], [], 0, 0
    for entry in after_probe["urls"]:
        path = entry["path"]
        before, after = before_runs.get(path), after_runs[path]
        queries_before = before_probe["queries"].get(path)
        queries_after = after_probe["queries"][path]
        compared += before is not None
        same_queries += before is not None and queries_before == queries_after
        growth = ratio(after.cpu_ms, before.cpu_ms if before else None)
        urls_before, urls_after = file_sizes(before_probe, path), file_sizes(after_probe, path)
        per_url = growth is not None and urls_before and urls_after and urls_before != urls_after
        if per_url:
            # A sitemap file lists up to SITEMAP_URLS_PER_FILE URLs: the demo's first file is
            # partly filled, so files are compared per URL they list.
            growth *= urls_before / urls_after
        ratios.append(growth)
        rows.append(
            [
                entry["label"],
                "—" if queries_before is None else str(queries_before),
                str(queries_after),
                number(before.cpu_ms if before else None, 2),
                number(after.cpu_ms, 2),
                number(growth, 2, "×") + ("/URL" if per_url else ""),
                f"{urls_before or '—'}→{urls_after}" if urls_after else "",
                number(before.p50 if before else None),
                number(after.p50),
                str(after.errors + (before.errors if before else 0)),
            ]
        )
    within = sum(1 for value in ratios if value is not None and value <= GROWTH_TARGET)
    summary = (
        f"cold CPU within {GROWTH_TARGET}× from {small} to {large} articles: {within} of"
        f" {compared}; queries unchanged: {same_queries} of {compared}"
        f" (rows measured at both sizes)"
    )
    return "\n".join([format_table(columns, rows), summary])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1000, help="most requests per row")
    parser.add_argument("--seconds", type=float, default=2, help="most seconds per row")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--gzip", action="store_true", help="send Accept-Encoding: gzip")
    parser.add_argument("--grow", type=int, default=0, help="growth mode: articles to add")
    parser.add_argument("--rounds", type=int, default=3, help="growth mode: rounds per row")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--urls", help=argparse.SUPPRESS)
    parser.add_argument("--populate", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        return probe(args.probe, args.urls)
    if args.populate:
        return populate(args.populate)
    with tempfile.TemporaryDirectory(prefix="educademy-bench-") as workdir:
        if args.grow:
            growth_mode(args, workdir)
        else:
            normal_mode(args, workdir)


if __name__ == "__main__":
    main()
