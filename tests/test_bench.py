"""The benchmark's pure helpers (scripts/bench.py) and its bare view; no timing here."""

import importlib.util
from pathlib import Path

import pytest

from educademy import bench_urls

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "bench.py"
_spec = importlib.util.spec_from_file_location("bench_script", SCRIPT)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

# A real /proc/<pid>/stat line whose command name holds a space and a parenthesis.
STAT_LINE = (
    "4242 (gunicorn: wo) rker) S 4200 4200 4200 0 -1 4194624 12000 0 0 0 "
    "731 129 0 0 20 0 3 0 123456 300000000 20000 18446744073709551615 1 1 0 0 0 0 0 "
    "16781312 17927 0 0 0 17 1 0 0 0 0 0\n"
)


def test_cpu_ticks_are_user_plus_system_time_after_the_command_name():
    assert bench.cpu_ticks(STAT_LINE) == 731 + 129


def test_parent_pid_is_read_after_the_command_name():
    assert bench.parent_pid(STAT_LINE) == 4200


def test_percentiles_use_the_nearest_rank():
    values = [5.0, 1.0, 4.0, 2.0, 3.0]
    assert bench.percentile(values, 0.5) == 3.0
    assert bench.percentile(values, 0.99) == 5.0
    assert bench.percentile(list(range(1, 201)), 0.99) == 198
    assert bench.percentile([], 0.5) is None


def test_ratio_is_none_without_a_reference():
    assert bench.ratio(3.0, 2.0) == 1.5
    assert bench.ratio(3.0, 0) is None
    assert bench.ratio(None, 2.0) is None
    assert bench.number(None) == "—"
    assert bench.number(1.234, 2, "×") == "1.23×"


def test_table_aligns_every_column_to_its_widest_cell():
    table = bench.format_table(
        [("page", "<"), ("ms", ">")], [["home (en)", "1.5"], ["article", "12.25"]]
    )
    assert table.splitlines() == [
        "page          ms",
        "----------------",
        "home (en)    1.5",
        "article    12.25",
    ]


def test_sitemap_locations_read_an_index_and_a_url_set():
    index = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<sitemap><loc>http://127.0.0.1/sitemap-blog.xml?p=2</loc></sitemap>"
        b"</sitemapindex>"
    )
    urlset = (
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        b' xmlns:xhtml="http://www.w3.org/1999/xhtml">'
        b"<url><loc>http://127.0.0.1/en/blog/</loc>"
        b'<xhtml:link rel="alternate" hreflang="nl" href="http://127.0.0.1/nl/blog/"/></url>'
        b"</urlset>"
    )
    assert bench.sitemap_locations(index) == ("index", ["http://127.0.0.1/sitemap-blog.xml?p=2"])
    assert bench.sitemap_locations(urlset) == ("urlset", ["http://127.0.0.1/en/blog/"])
    assert bench.url_path("http://127.0.0.1/sitemap-blog.xml?p=2") == "/sitemap-blog.xml?p=2"


def test_only_sqlite_urls_name_a_database_file():
    assert bench.sqlite_path("sqlite:////tmp/bench.sqlite3") == Path("/tmp/bench.sqlite3")
    assert bench.sqlite_path("sqlite:///db.sqlite3") == Path("db.sqlite3")
    assert bench.sqlite_path("postgres://postgres@127.0.0.1:5432/educademy") is None


def run(cpu_ms, p50=10.0):
    return bench.Run(cpu_ms=cpu_ms, rps=100.0, p50=p50, p99=20.0, errors=0, requests=50)


def test_normal_table_shows_each_page_against_its_bare_view():
    urls = [{"label": "article", "path": "/en/blog/a/", "growth": True}]
    probe = {"queries": {"/en/blog/a/": 21}}
    warm = {"/en/blog/a/": {"status": 200, "size": 2048, "warm": run(1.2), "bare": run(1.0)}}
    table = bench.normal_table(
        urls, probe, {"queries": {"/en/blog/a/": 1}}, {"/en/blog/a/": run(50)}, warm
    )
    row = table.splitlines()[2].split()
    assert row[:5] == ["article", "200", "2.0", "21", "1"]
    assert row[-3:] == ["1.20×", "50.0×", "0"]
    assert "cached hits within 1.25× of the bare view: 1 of 1" in table


def test_growth_table_compares_cold_figures_and_queries():
    before = {"articles": 12, "queries": {"/en/blog/": 16, "/sitemap.xml": 14}}
    after = {
        "articles": 1012,
        "queries": {"/en/blog/": 16, "/sitemap.xml": 15},
        "urls": [
            {"label": "blog index", "path": "/en/blog/", "growth": True},
            {"label": "sitemap", "path": "/sitemap.xml", "growth": True},
        ],
    }
    table = bench.growth_table(
        before,
        after,
        {"/en/blog/": run(20), "/sitemap.xml": run(400)},
        {"/en/blog/": run(22), "/sitemap.xml": run(1000)},
    )
    lines = table.splitlines()
    assert lines[0].split()[:5] == ["page", "(cold)", "q", "12", "q"]
    assert lines[2].split()[-4] == "1.10×"
    assert lines[3].split()[-4] == "2.50×"
    assert "within 1.2× from 12 to 1012 articles: 1 of 2; queries unchanged: 1 of 2" in table


def test_growth_summary_compares_only_rows_measured_at_both_sizes():
    before = {"articles": 12, "queries": {"/sitemap-en.xml": 3}}
    after = {
        "articles": 1012,
        "queries": {"/sitemap-en.xml": 3, "/sitemap-en.xml?p=2": 3},
        "urls": [
            {"label": "sitemap en", "path": "/sitemap-en.xml", "growth": True},
            {"label": "sitemap en 2", "path": "/sitemap-en.xml?p=2", "growth": True},
        ],
    }
    table = bench.growth_table(
        before,
        after,
        {"/sitemap-en.xml": run(10)},
        {"/sitemap-en.xml": run(11), "/sitemap-en.xml?p=2": run(10)},
    )
    assert table.splitlines()[3].split()[3] == "—"
    assert "1 of 1; queries unchanged: 1 of 1" in table


def test_growth_articles_have_headings_and_paragraphs():
    from content_import.blocks import article_blocks

    types = [block["type"] for block in article_blocks(bench.growth_body(7))]
    assert types.count("heading") == 3
    assert "paragraph" in types


@pytest.fixture
def captured(db, settings, tmp_path):
    settings.BENCH_BARE_DIR = str(tmp_path)
    (tmp_path / "0.body").write_bytes(b'<?xml version="1.0"?><urlset/>')
    (tmp_path / "0.type").write_text("application/xml\n")
    bench_urls.captured_response.cache_clear()
    yield
    bench_urls.captured_response.cache_clear()


@pytest.mark.urls("educademy.bench_urls")
def test_bare_view_serves_the_captured_bytes_uncached(client, captured):
    first = client.get("/__bench__/bare/0")
    second = client.get("/__bench__/bare/0")
    assert first.status_code == 200
    assert first.content == b'<?xml version="1.0"?><urlset/>'
    assert first["Content-Type"] == "application/xml"
    assert "private" in first["Cache-Control"]
    assert first["X-Bench-Served"] != second["X-Bench-Served"]


@pytest.mark.urls("educademy.bench_urls")
def test_bare_view_answers_404_for_a_number_never_captured(client, captured):
    # LocaleMiddleware first tries the path under /en/, where no page has it either.
    assert client.get("/__bench__/bare/9", follow=True).status_code == 404


def sitemap_queries(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/sitemap-en.xml")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/sitemap-en.xml")
    assert response.status_code == 200
    return len(queries.captured_queries)


def test_sitemap_renders_every_request_when_the_page_cache_is_off(client, home, settings):
    # The benchmark's cold rows (PAGE_CACHE_SECONDS=0) must measure renders.
    cached = sitemap_queries(client)
    settings.PAGE_CACHE_SECONDS = 0
    assert sitemap_queries(client) > cached


def test_growth_compares_sitemap_files_of_other_sizes_per_url():
    before = {
        "articles": 12,
        "queries": {"/sitemap-en.xml": 1},
        "sitemap": {"sizes": {"/sitemap-en.xml": 50}},
    }
    after = {
        "articles": 1012,
        "queries": {"/sitemap-en.xml": 1},
        "sitemap": {"sizes": {"/sitemap-en.xml": 100}},
        "urls": [{"label": "sitemap-en", "path": "/sitemap-en.xml", "growth": True}],
    }
    table = bench.growth_table(
        before, after, {"/sitemap-en.xml": run(10)}, {"/sitemap-en.xml": run(22)}
    )
    row = table.splitlines()[2].split()
    assert row[5:7] == ["1.10×/URL", "50→100"]  # 22 ms for 100 URLs against 10 ms for 50
    assert "within 1.2× from 12 to 1012 articles: 1 of 1" in table


def test_rounds_of_a_row_combine_as_the_median_of_each_figure():
    rounds = [bench.Run(12.0, 300.0, 9.0, 30.0, 0, 100), bench.Run(30.0, 100.0, 25.0, 90.0, 1, 40)]
    rounds.append(bench.Run(14.0, 280.0, 10.0, 35.0, 0, 90))

    combined = bench.median_run(rounds)

    assert (combined.cpu_ms, combined.rps, combined.p50, combined.p99) == (14.0, 280.0, 10.0, 35.0)
    assert (combined.errors, combined.requests) == (1, 230)


def test_the_proxy_rate_is_read_from_wrks_report():
    report = "Running 5s test @ http://127.0.0.1:6081/en/blog/a/\n  2 threads and 64 connections\n"
    report += "  260012 requests in 5.00s, 2.61GB read\nRequests/sec:  52002.40\nTransfer/sec:"

    assert bench.wrk_requests_per_second(report) == 52002.40
    assert bench.wrk_requests_per_second("unable to connect to 127.0.0.1:6081") is None
    assert "52,002 requests/s with gzip, 17,600 without" in bench.proxy_line(
        {True: 52002.40, False: 17600.0}
    )
