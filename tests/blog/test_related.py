"""Related articles (issue 13, point 11): rare shared tags count more than common ones, then
titles and summaries in common, then recency; the demo's articles do not all suggest the
same three."""

from collections import Counter

import pytest

from blog import demo
from blog.models import published_articles
from blog.related import text_similarity, text_tokens
from tests.blog.factories import BlogTagFactory

pytestmark = pytest.mark.django_db


def test_a_rare_shared_tag_outranks_a_common_one(make_article):
    common, rare = BlogTagFactory(), BlogTagFactory()
    article = make_article("Me", tags=[common, rare], summary="-")
    shares_common = make_article("Shares one", days_ago=1, tags=[common], summary="-")
    shares_rare = make_article("Shares two", days_ago=20, tags=[rare], summary="-")
    for days in range(3, 7):  # the common tag is on most articles
        make_article(f"Other {days}", days_ago=days, tags=[common], summary="-")
    assert article.related_articles()[:2] == [shares_rare, shares_common]


def test_words_in_common_break_a_tie_between_equally_tagged_articles(make_article, python_tag):
    article = make_article("Python for data analysis", tags=[python_tag], summary="-")
    unrelated = make_article("Python and jobs", days_ago=0, tags=[python_tag], summary="-")
    similar = make_article("Data analysis with pandas", days_ago=30, tags=[python_tag], summary="-")
    assert article.related_articles()[:2] == [similar, unrelated]


def test_text_tokens_skip_short_words_and_split_japanese_into_pairs():
    assert text_tokens("The AI and the data") == {"data"}
    assert text_tokens("機械学習") == {"機械", "械学", "学習"}
    assert text_similarity(text_tokens("機械学習入門"), text_tokens("機械学習の基本")) > 0.3
    assert text_similarity(set(), {"data"}) == 0


def test_the_demo_articles_do_not_all_suggest_the_same_three(home):
    demo.load()
    triples = Counter(
        tuple(other.pk for other in article.related_articles()) for article in published_articles()
    )
    assert sum(triples.values()) >= 10
    assert triples.most_common(1)[0][1] <= 2, triples
