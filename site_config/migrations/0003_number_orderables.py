"""Number every orderable whose sort_order is NULL (the demo loaders left them so): with
NULLs, saving one item in the admin reorders the others. Items keep the order they show
in now (numbered ones first, in their order, then NULLs in creation order)."""

from django.db import migrations


def number(model, parent_field):
    parents = (
        model.objects.filter(sort_order__isnull=True)
        .values_list(parent_field, flat=True)
        .distinct()
    )
    for parent in list(parents):
        items = list(model.objects.filter(**{parent_field: parent}))
        items.sort(key=lambda item: (item.sort_order is None, item.sort_order or 0, item.pk))
        for position, item in enumerate(items):
            item.sort_order = position
        model.objects.bulk_update(items, ["sort_order"])


def forwards(apps, schema_editor):
    number(apps.get_model("site_config", "SocialLink"), "settings_id")
    number(apps.get_model("site_config", "MenuItem"), "menu_id")


class Migration(migrations.Migration):
    dependencies = [("site_config", "0002_home_latest_articles_block")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
