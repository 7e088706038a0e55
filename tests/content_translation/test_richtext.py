import pytest

from content_translation import richtext


def test_segments_split_per_block_element_with_numbered_placeholders():
    source = (
        '<h2>Intro &amp; more</h2><p>Read <a linktype="page" id="3">the <b>guide</b></a>.</p>'
        '<ul><li>One</li><li>Two</li></ul><embed embedtype="image" id="5" format="left"/>'
    )
    assert richtext.segments(source) == [
        ("h2-1", "Intro & more"),
        ("p-2", 'Read <a id="1">the <b>guide</b></a>.'),
        ("li-3", "One"),
        ("li-4", "Two"),
    ]


def test_rebuild_restores_attributes_and_keeps_untranslated_segments():
    source = '<p>Read <a href="https://example.org/x" id="top">this</a>.</p><p>Keep me.</p>'
    rebuilt = richtext.rebuild(source, {"p-1": 'Lees <a id="1">dit</a>.'})
    assert rebuilt == (
        '<p>Lees <a href="https://example.org/x" id="top">dit</a>.</p><p>Keep me.</p>'
    )


def test_rebuild_of_own_segments_is_lossless():
    source = (
        "<p>a &lt;b and R&amp;D &lt;div&gt;<br/>x</p><ol><li>one<ul><li>two</li></ul></li></ol>"
    )
    segments = dict(richtext.segments(source))
    assert richtext.segments(richtext.rebuild(source, segments)) == list(segments.items())


def test_translators_may_reorder_placeholders():
    source = '<a id="1">one</a> and <a id="2">two</a>'
    richtext.validate_segment('<a id="2">twee</a> en <a id="1">een</a>', source)


@pytest.mark.parametrize(
    ("translation", "problem"),
    [
        ('Lees <a id="2">de <b>gids</b></a>.', 'placeholder <a id="2"> is not in the source'),
        ('Lees <a id="1">de gids.', "<a> is never closed"),
        ('Lees <a id="1">de <b>gids</a></b>.', "closing tag </a> does not match"),
        ("Lees de gids.", 'missing <a id="1"> <b> </b> </a>'),
        ('Lees <a id="1">de gids</a>.', "missing <b> </b>"),
        ('Lees <a id="1">de <b>gids</b></a> <script>x</script>', "<script> is not in the source"),
        ('Lees <a id="1" href="x">de</a>', "may only carry the placeholder id"),
    ],
)
def test_broken_markup_is_rejected_with_a_clear_reason(translation, problem):
    with pytest.raises(richtext.MarkupError, match=problem.replace("(", r"\(")):
        richtext.validate_segment(translation, 'Read <a id="1">the <b>guide</b></a>.')
