from modeltranslation.translator import translator
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.fields import StreamField
from wagtail.models import Page

from content_translation.registry import model_specs
from content_translation.segments import field_segments, match_segments, rebuild_value
from site_config.models import HomePage


def home_body_field():
    return HomePage._meta.get_field("body")


VALUES_BLOCK = {
    "type": "values",
    "value": {
        "anchor": "values",
        "heading": "Our values",
        # Old-format ListBlock items (no ids) fall back to their position.
        "values": [{"icon": "🌱", "title": "Free", "text": "For everyone."}],
    },
    "id": "b1",
}


def test_stream_walk_translates_text_blocks_only():
    segments = field_segments("stream", home_body_field(), [VALUES_BLOCK])
    assert [(s.key, s.text) for s in segments] == [
        ("b1/heading", "Our values"),
        ("b1/values/0/title", "Free"),
        ("b1/values/0/text", "For everyone."),
    ]
    assert segments[0].max_length == 160


def test_rebuild_keeps_structure_and_non_text_values():
    rebuilt = rebuild_value(
        "stream", home_body_field(), [VALUES_BLOCK], {"b1/values/0/title": "Gratis"}
    )
    assert rebuilt[0]["id"] == "b1"
    assert rebuilt[0]["value"]["anchor"] == "values"
    assert rebuilt[0]["value"]["values"][0] == {
        "icon": "🌱",
        "title": "Gratis",
        "text": "For everyone.",
    }
    assert VALUES_BLOCK["value"]["values"][0]["title"] == "Free"  # the English is untouched


def test_translation_entered_in_the_admin_matches_by_block_shape():
    dutch = [
        dict(VALUES_BLOCK, id="other-id", value=dict(VALUES_BLOCK["value"], heading="Waarden"))
    ]
    english = field_segments("stream", home_body_field(), [VALUES_BLOCK])
    matched = match_segments("stream", home_body_field(), english, dutch)
    assert matched["b1/heading"] == "Waarden"


def test_table_cells_and_translatable_meta_override():
    class Quiet(blocks.CharBlock):
        class Meta:
            translatable = False

    field = StreamField(
        [
            ("table", TableBlock()),
            ("note", blocks.StructBlock([("code", blocks.TextBlock()), ("remark", Quiet())])),
            ("choice", blocks.ChoiceBlock(choices=[("a", "A")])),
        ]
    )
    raw = [
        {"type": "table", "value": {"data": [["Model", None], ["GPT", "2020"]]}, "id": "t"},
        {"type": "note", "value": {"code": "print(1)", "remark": "x"}, "id": "n"},
        {"type": "choice", "value": "a", "id": "c"},
    ]
    segments = field_segments("stream", field, raw)
    assert [(s.key, s.text) for s in segments] == [
        ("t/r0c0", "Model"),
        ("t/r1c0", "GPT"),
        ("t/r1c1", "2020"),
    ]


def test_every_registered_model_is_covered():
    covered = {spec.label for spec in model_specs()}
    for model in translator.get_registered_models(abstract=False):
        if model is not Page:
            assert model._meta.label_lower in covered
