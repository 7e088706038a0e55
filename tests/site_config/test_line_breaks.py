"""Headings break lines only between words: whole hyphenated words everywhere, and in
Japanese between BudouX's phrases (issue 13, point 3)."""

import pytest

from django.template import Context, Template
from django.utils import translation

from site_config.line_breaks import heading_html


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ja", "AIを、一歩ずつわかりやすく", "AIを、<wbr>一歩ずつ<wbr>わかりやすく"),
        ("zh-hans", "一步一步学习人工智能", "一步一步学习人工智能"),
        ("hi", "एक-एक साफ़ क़दम", '<span class="nowrap">एक-एक</span> साफ़ क़दम'),
        ("en", "Learn AI, one step at a time", "Learn AI, one step at a time"),
        # Escaped before anything is added, in every language.
        ("ja", "<b>一歩</b>", "&lt;b&gt;<wbr>一歩<wbr>&lt;/b&gt;"),
        ("en", 'A "quote" & <i>', "A &quot;quote&quot; &amp; &lt;i&gt;"),
    ],
)
def test_heading_break_points(language, text, expected):
    assert heading_html(text, language) == expected


def test_the_filter_follows_the_active_language():
    template = Template("{% load site_tags %}{{ title|keep_words }}")
    with translation.override("ja"):
        assert template.render(Context({"title": "一歩ずつ学ぶ"})).count("<wbr>") >= 1
    with translation.override("fr"):
        assert template.render(Context({"title": "Pas à pas"})) == "Pas à pas"
