"""Indexes on the per-language slug columns of Wagtail's page table, which routing queries.

wagtail-modeltranslation adds those columns after the migrations (its `migrate` runs
`sync_page_translation_fields`), without an index; this runs the same sync first so a fresh
database has the columns here too, then indexes them.
"""

import contextlib
import io

from django.db import migrations


def add_indexes(apps, schema_editor):
    from wagtail_modeltranslation.management.commands.sync_page_translation_fields import (
        Command as SyncPageTranslationFields,
    )

    from site_config.routing import translated_slug_columns, translated_slug_index_statements

    with schema_editor.connection.cursor() as cursor:
        table = schema_editor.connection.introspection.get_table_description(
            cursor, "wagtailcore_page"
        )
    if set(translated_slug_columns()) - {column.name for column in table}:
        with contextlib.redirect_stdout(io.StringIO()):  # it prints what it does
            SyncPageTranslationFields().handle(interactive=False)
    with schema_editor.connection.cursor() as cursor:
        for statement in translated_slug_index_statements():
            cursor.execute(statement)


def drop_indexes(apps, schema_editor):
    from site_config.routing import translated_slug_index_names

    with schema_editor.connection.cursor() as cursor:
        for name in translated_slug_index_names():
            cursor.execute(f"DROP INDEX IF EXISTS {schema_editor.connection.ops.quote_name(name)}")


class Migration(migrations.Migration):
    dependencies = [
        ("site_config", "0004_menu_item_lab_kind"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(add_indexes, drop_indexes)]
