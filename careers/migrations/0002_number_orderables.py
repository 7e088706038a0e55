"""Number every orderable whose sort_order is NULL (the demo loaders left them so): with
NULLs, saving one item in the admin reorders the others. Items keep the order they show
in now (numbered ones first, in their order, then NULLs in creation order)."""

from django.db import migrations

ORDERABLES = [
    ("RoleSkill", "page_id"),
    ("SalaryRange", "page_id"),
    ("RoleTrack", "page_id"),
    ("RoleDifference", "page_id"),
    ("RoleProgram", "page_id"),
    ("ChooserAnswer", "question_id"),
]


def forwards(apps, schema_editor):
    for model_name, parent_field in ORDERABLES:
        model = apps.get_model("careers", model_name)
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


class Migration(migrations.Migration):
    dependencies = [("careers", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
