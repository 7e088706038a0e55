import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create a local admin user for development (refuses to run with DEBUG off)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_admin is for local development only (DEBUG is off).")
        username = os.environ.get("DEV_ADMIN_USERNAME", "admin")
        password = os.environ.get("DEV_ADMIN_PASSWORD", "educademy-dev")
        user_model = get_user_model()
        if not user_model.objects.filter(username=username).exists():
            user_model.objects.create_superuser(username, "admin@example.com", password)
            self.stdout.write(f"Created the local admin user '{username}'.")
        address = f"http://{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: {address}/admin/  user: {username}  password: {password}"
                " (unless you changed it)"
            )
        )
