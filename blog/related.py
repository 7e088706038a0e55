"""Which articles to suggest under an article.

Ranked by: tags shared with it, each weighted by how rare it is (a tag on 2 of 13 articles
says more than one on 10 of them); then how much the titles and summaries have in common
(words, or character pairs in Chinese and Japanese, which have no spaces); then recency.
Only a bounded set of candidates is ranked: the articles sharing the most tags and the
newest ones, never every article.
"""

import math
import re

from django.db.models import Count, Q

MAX_CANDIDATES = 30
MIN_WORD_LENGTH = 4  # skips "the", "and", "les", "een"… without a stop-word list per language
_WORDS = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]+")


def text_tokens(text):
    """Lower-case words of MIN_WORD_LENGTH letters or more, plus character pairs of any
    Chinese or Japanese run."""
    text = (text or "").lower()
    tokens = {word for word in _WORDS.findall(_CJK.sub(" ", text)) if len(word) >= MIN_WORD_LENGTH}
    for run in _CJK.findall(text):
        tokens.update(run[i : i + 2] for i in range(len(run) - 1))
    return tokens


def text_similarity(first, second):
    """Jaccard similarity of two token sets (0 when either is empty)."""
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def tag_weights(tag_ids, articles):
    """{tag id: weight}: log(1 + N / n) for a tag on n of the N visible articles."""
    from .models import BlogPageTag

    if not tag_ids:
        return {}
    total = articles.count()
    counts = (
        BlogPageTag.objects.filter(tag_id__in=tag_ids, content_object__in=articles)
        .values("tag_id")
        .annotate(articles=Count("content_object", distinct=True))
    )
    return {row["tag_id"]: math.log(1 + total / row["articles"]) for row in counts}


def candidates(article, others, tag_ids, limit):
    """The articles sharing most tags with `article` (at most MAX_CANDIDATES) and the
    newest `limit` ones, as one queryset."""
    from .models import BlogPageTag

    most_shared = (
        BlogPageTag.objects.filter(tag_id__in=tag_ids, content_object__in=others)
        .values("content_object_id")
        .annotate(shared=Count("pk"))
        .order_by("-shared", "-content_object__date", "-content_object_id")
        .values("content_object_id")[:MAX_CANDIDATES]
    )
    newest = others.order_by("-date", "-pk").values("pk")[:limit]
    return others.filter(Q(pk__in=most_shared) | Q(pk__in=newest))


def rank(article, pool, weights, limit):
    """The `limit` best of `pool` (candidates with `tagged_items` prefetched) for `article`."""
    own_text = text_tokens(f"{article.title} {article.summary}")

    def score(other):
        shared = sum(weights.get(item.tag_id, 0.0) for item in other.tagged_items.all())
        similar = text_similarity(own_text, text_tokens(f"{other.title} {other.summary}"))
        return (round(shared, 6), round(similar, 6), other.date, other.pk)

    return sorted(pool, key=score, reverse=True)[:limit]
