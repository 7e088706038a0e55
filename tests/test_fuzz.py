"""Hostile input to every public URL pattern and the admin login: paths, query strings,
headers, cookies, methods, form fields, uploads and PO files. Nothing answers 5xx and no
markup comes back unescaped. The number of inputs is asserted (at least 500) and printed."""

from urllib.parse import quote, urlencode

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtail.documents import get_document_model

from content_translation.importer import import_files
from tests.blog.factories import BlogIndexPageFactory, BlogPageFactory, BlogTagFactory
from tests.careers.factories import CareerRolePageFactory, CareersIndexPageFactory, add_question
from tests.lab.factories import ExperimentPageFactory, LabIndexPageFactory
from tests.learning.factories import (
    LessonPageFactory,
    ProgramPageFactory,
    ProgramsIndexPageFactory,
)
from tests.site_config.factories import FAQPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

MARKUP = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg/onload=alert(1)>",
    "</title><h1>pwned</h1>",
]
PAYLOADS = [
    *MARKUP,
    "javascript:alert(1)",
    "' OR 1=1 --",
    '"; DROP TABLE wagtailcore_page; --',
    "{{ 7*7 }}{% debug %}",
    "${7*7}#{7*7}",
    "../../../../etc/passwd",
    "..%2f..%2f..%2fetc%2fpasswd",
    "\x00",
    "a\x0bb\x1bc\x07",
    "%00%ff%fe",
    "\u202egnp.exe",
    "🧠" * 50,
    "A" * 5000,
    "-1",
    "0",
    "99999999999999999999999999",
    "1e309",
    "NaN",
    "[]",
    '{"a": [1, 2]}',
    "null",
    "\r\nSet-Cookie: injected=1",
    "ＡＩ\u0301\u0301\u0301",
    "日本語のテキスト",
    "مرحبا",
]
METHODS = ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]


@pytest.fixture
def site(home):
    StandardPageFactory(parent=home, title="About", slug="about")
    FAQPageFactory(parent=home, title="FAQ", slug="faq")
    blog = BlogIndexPageFactory(parent=home, title="Blog", slug="blog")
    tag = BlogTagFactory(name="python", slug="python", label_en="Python")
    article = BlogPageFactory(parent=blog, title="First", slug="first")
    article.tagged_items.create(tag=tag)
    careers = CareersIndexPageFactory(parent=home)
    role = CareerRolePageFactory(parent=careers, slug="ml-engineer")
    add_question("goal", "What do you want?", [("build", "Build", "You like building.", {role: 3})])
    programs = ProgramsIndexPageFactory(parent=home)
    program = ProgramPageFactory(parent=programs, slug="ai-seeds")
    LessonPageFactory(parent=program, slug="what-is-ai")
    lab = LabIndexPageFactory(parent=home)
    ExperimentPageFactory(parent=lab, slug="neural-network")
    document = get_document_model().objects.create(
        title="Guide", file=SimpleUploadedFile("guide.txt", b"A guide.")
    )
    return [
        "/",
        "/robots.txt",
        "/sitemap.xml",
        "/sitemap-nl.xml",
        f"/documents/{document.pk}/guide.txt",
        "/en/",
        "/ar/",
        "/ja/about/",
        "/en/faq/",
        "/en/blog/",
        "/nl/blog/first/",
        "/en/blog/tag/python/",
        "/en/blog/feed/rss/",
        "/en/blog/feed/atom/",
        "/en/careers/",
        "/en/careers/chooser/",
        "/en/careers/ml-engineer/",
        "/en/programs/",
        "/en/programs/ai-seeds/",
        "/en/programs/ai-seeds/what-is-ai/",
        "/en/lab/",
        "/en/lab/neural-network/",
        "/admin/login/",
    ]


class Fuzzer:
    def __init__(self):
        self.client = Client(raise_request_exception=False)
        self.count = 0
        self.failures = []

    def check(self, label, response):
        self.count += 1
        if response.status_code >= 500:
            self.failures.append(f"{label}: {response.status_code}")
            return
        if "set-cookie" in str(response.headers).lower() and "injected" in str(response.cookies):
            self.failures.append(f"{label}: header injection")
        content_type = response.get("Content-Type", "")
        if response.streaming or not content_type.startswith(("text/", "application/")):
            return
        body = response.content.decode("utf-8", "replace")
        for markup in MARKUP:
            if markup in body:
                self.failures.append(f"{label}: reflected {markup!r} unescaped")

    def request(self, method, path, label, **extra):
        self.check(label, self.client.generic(method, path, **extra))
        self.client.cookies.clear()


def test_hostile_input_never_breaks_or_reflects(site, tmp_path, capsys):
    fuzz = Fuzzer()
    payloads = len(PAYLOADS)

    for t, target in enumerate(site):
        # Query strings: the parameters the pages read, and unknown ones.
        for i in range(8):
            value = PAYLOADS[(t * 8 + i) % payloads]
            query = urlencode({"q": value, "page": value, "kind": value, "goal": value, value: "1"})
            fuzz.request("GET", f"{target}?{query}", f"GET {target}?{value[:20]!r}")
        # Every other method, with a hostile form body.
        for m, method in enumerate(METHODS):
            value = PAYLOADS[(t + m) % payloads]
            fuzz.request(
                method,
                target,
                f"{method} {target}",
                data=urlencode({"q": value, "csrfmiddlewaretoken": value}),
                content_type="application/x-www-form-urlencoded",
            )

    for p, value in enumerate(PAYLOADS):
        # Paths: appended to pages, as a sub-route, as a language prefix.
        encoded = quote(value.encode("utf-8", "surrogatepass"), safe="")
        for path in (f"/en/{encoded}/", f"/en/blog/tag/{encoded}/", f"/{encoded}/about/"):
            fuzz.request("GET", path, f"GET path {value[:20]!r}")
        # Headers and cookies on a rotating target.
        target = site[p % len(site)]
        # As a WSGI server passes them: the UTF-8 bytes the client sent, read as latin-1
        # (the test client would otherwise pass characters no real request can carry).
        header_value = value.replace("\r", "").replace("\n", "").encode().decode("latin-1")
        for name in (
            "HTTP_ACCEPT_LANGUAGE",
            "HTTP_X_FORWARDED_FOR",
            "HTTP_X_FORWARDED_PROTO",
            "HTTP_X_REQUEST_ID",
            "HTTP_USER_AGENT",
            "HTTP_REFERER",
            "HTTP_HOST",
        ):
            fuzz.request("GET", target, f"{name} {value[:20]!r}", **{name: header_value})
        for cookie in ("django_language", "sessionid", "csrftoken"):
            fuzz.client.cookies[cookie] = header_value
            fuzz.request("GET", target, f"cookie {cookie} {value[:20]!r}")

        # The admin login: hostile usernames, passwords and a stray upload.
        fuzz.request(
            "POST",
            "/admin/login/",
            f"login {value[:20]!r}",
            data=urlencode({"username": value, "password": value, "next": value}),
            content_type="application/x-www-form-urlencoded",
        )
    for name, content in (
        ("shell.php", b"<?php system($_GET['c']); ?>"),
        ("x.svg", b"<svg onload=alert(1)></svg>"),
        ("../../evil.txt", b"\x00" * 100),
    ):
        fuzz.check(
            f"login upload {name}",
            fuzz.client.post(
                "/admin/login/",
                {"username": "a", "password": "b", "file": SimpleUploadedFile(name, content)},
            ),
        )

    # PO files: every one is refused with a report, none raises.
    po_files = [
        b"",
        b"\xef\xbb\xbf",
        b"\xff\xfe\x00\x00",
        b'msgid "unterminated',
        b'msgctxt "x"\nmsgid "a"\n',
        b'msgid ""\nmsgstr ""\n"Language: xx\\n"\n',
        b'msgid ""\nmsgstr "Language: nl\\n"\n\nmsgctxt "a:b:c"\nmsgid "a"\nmsgstr "\x00"\n',
        b'msgid ""\nmsgstr "Language: nl\\n"\n\nmsgctxt "::::"\nmsgid "a"\nmsgstr "b"\n',
        b'msgid ""\nmsgstr "Language: nl\\n"\n\nmsgctxt "<script>"\nmsgid "a"\nmsgstr "b"\n',
        b"\x1b[31m" * 1000,
        b'msgid "' + b"A" * 100_000 + b'"\nmsgstr ""\n',
        'msgid ""\nmsgstr "Language: ar\\n"\n\nmsgid "\u202e"\nmsgstr "\ud800"'.encode(
            "utf-8", "surrogatepass"
        ),
    ]
    for number, content in enumerate(po_files):
        path = tmp_path / f"hostile-{number}.po"
        path.write_bytes(content)
        result = import_files([path])
        fuzz.count += 1
        if result.written or not result.problems:
            fuzz.failures.append(f"PO file {number} was accepted")

    with capsys.disabled():
        print(f"\nfuzz: {fuzz.count} hostile inputs, {len(fuzz.failures)} failures")
    assert fuzz.count >= 500
    assert not fuzz.failures, "\n".join(fuzz.failures[:50])
