from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string

from site_config.chrome_cache import bump_content_version


class Command(BaseCommand):
    help = "Create the demo content that is missing; never overwrite what editors changed."

    def handle(self, *args, **options):
        for path in settings.DEMO_CONTENT_LOADERS:
            with transaction.atomic():
                import_string(path)()
            self.stdout.write(f"  demo content: {path} ✓")
        bump_content_version()  # pages and chrome fragments, in every process
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
