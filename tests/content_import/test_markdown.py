"""Markdown and MDX details, seen on the imported pages in English and Japanese."""

import json

import pytest

pytestmark = pytest.mark.django_db

ENGLISH = """---
title: Small Print
description: Edge cases.
order: 1
---

Small Print
===========

Setext headings
---------------

A [safe link **with bold**](https://example.org/a_(b)) and a
[bad one](javascript:alert(1)) and <https://example.org/auto>.
Escaped \\*stars\\* stay, `code <b>` is code, snake_case_words stay.
Line one\\
line two.

***

<Callout type="danger" title="Mind the gap">
A **careful** note with `code`.
</Callout>

<Callout type="sparkly">Unknown kinds become information.</Callout>

```sh
echo "shell alias"
```

<Quiz
  question="Multi-line attributes?"
  options={['single', "double", `back`]}
  answer={2}
  explanation="Template literals too."
/>

<FunFact>{/* a JSX comment */}Comments vanish.</FunFact>
"""

JAPANESE = """---
title: 細かい話
description: 境界のケース。
order: 1
---

# 細かい話

**太字**と*斜体*と[リンク](https://example.org/ja)。

<ThinkAboutIt hint="ヒントです。">
考えてみよう：*機械*はどう学ぶ？
</ThinkAboutIt>

<Quiz question="正しいのは？" options="はい|いいえ" answer="0" explanation="**はい**です。" />
"""


@pytest.fixture
def small_repo(tmp_path):
    root = tmp_path / "repo"
    program = root / "programs" / "edge"
    (program / "lessons" / "en").mkdir(parents=True)
    (program / "lessons" / "ja").mkdir(parents=True)
    (root / "tracks.json").write_text(
        json.dumps({"tracks": [{"slug": "edge", "title": {"en": "Edge", "ja": "端"}}]}),
        encoding="utf-8",
    )
    (program / "program.json").write_text(
        json.dumps({"slug": "edge", "title": "Edge", "track": "edge", "color": "#3355ff"}),
        encoding="utf-8",
    )
    (program / "lessons" / "en" / "small-print.mdx").write_text(ENGLISH, encoding="utf-8")
    (program / "lessons" / "ja" / "small-print.mdx").write_text(JAPANESE, encoding="utf-8")
    return root


def test_markdown_edge_cases_in_english_and_japanese(home, small_repo, run_import, client):
    output = run_import(small_repo)
    english = client.get("/en/programs/edge/small-print/").content.decode()
    assert '<h2 class="block-heading">Setext headings</h2>' in english
    assert (
        english.count("Small Print") >= 1 and '<h2 class="block-heading">Small Print' not in english
    )
    assert '<a href="https://example.org/a_(b)">safe link <b>with bold</b></a>' in english
    assert "javascript:" not in english and "bad one" in english
    assert '<a href="https://example.org/auto">https://example.org/auto</a>' in english
    assert "*stars*" in english and "<code>code &lt;b&gt;</code>" in english
    assert "snake_case_words" in english and "Line one<br/>line two." in english
    assert "callout-warning" in english and "Mind the gap" in english
    assert "<b>careful</b>" in english and "<code>code</code>" in english
    assert "Unknown kinds become information." in english and "callout-info" in english
    assert "shell alias" in english
    assert "Template literals too." in english and "back" in english
    assert "Comments vanish." in english and "JSX comment" not in english
    assert "small-print.mdx:13: link target 'javascript:alert(1)' is not allowed" in output
    assert "small-print.mdx:25: <Callout> type 'sparkly' is unknown: shown as info" in output
    assert "program.json:1: colour #3355ff is not in the palette" in output

    japanese = client.get("/ja/programs/edge/small-print/").content.decode()
    assert japanese.count("細かい話") >= 1
    assert '<h2 class="block-heading">細かい話' not in japanese
    assert '<b>太字</b>と<i>斜体</i>と<a href="https://example.org/ja">リンク</a>' in japanese
    assert "考えてみよう：機械はどう学ぶ？" in japanese and "ヒントです。" in japanese
    assert "正しいのは？" in japanese and "<b>はい</b>です。" in japanese
