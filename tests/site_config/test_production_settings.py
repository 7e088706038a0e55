"""Production settings read the environment: one public URL, the proxy trusted only when
the operator says so, e-mail, Sentry (off by default), database health checks."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

DUMP = """
import json
import django
django.setup()
import sentry_sdk
from django.conf import settings
names = ["ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS", "WAGTAILADMIN_BASE_URL", "PUBLIC_URL",
         "SECURE_PROXY_SSL_HEADER", "TRUSTED_PROXY", "EMAIL_BACKEND", "EMAIL_HOST",
         "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD", "EMAIL_USE_TLS",
         "WAGTAIL_PASSWORD_RESET_ENABLED", "WAGTAIL_GRAVATAR_PROVIDER_URL"]
values = {name: getattr(settings, name, None) for name in names}
values["CONN_HEALTH_CHECKS"] = settings.DATABASES["default"]["CONN_HEALTH_CHECKS"]
values["sentry"] = sentry_sdk.get_client().is_active()
print(json.dumps(values))
"""


def production(**env):
    base = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SECRET_KEY", "ALLOWED_HOSTS", "PUBLIC_URL", "EMAIL", "SENTRY"))
        and key not in {"TRUSTED_PROXY", "DATABASE_URL"}
    }
    base.update(
        DJANGO_SETTINGS_MODULE="educademy.settings.production",
        SECRET_KEY="s" * 50,
        DATABASE_URL="sqlite:////tmp/educademy-settings-check.sqlite3",
        **env,
    )
    result = subprocess.run(
        [sys.executable, "-c", DUMP], cwd=REPO, env=base, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_defaults_trust_no_proxy_send_no_mail_and_report_nowhere():
    values = production(PUBLIC_URL="https://educademy.example.org/")
    assert values["ALLOWED_HOSTS"] == ["educademy.example.org"]
    assert values["CSRF_TRUSTED_ORIGINS"] == ["https://educademy.example.org"]
    assert values["WAGTAILADMIN_BASE_URL"] == "https://educademy.example.org"
    # A client's "X-Forwarded-Proto: https" must not skip the redirect to HTTPS.
    assert values["SECURE_PROXY_SSL_HEADER"] is None and values["TRUSTED_PROXY"] is False
    # No e-mail settings: nothing pretends to send mail, no password reset is offered.
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.dummy.EmailBackend"
    assert values["WAGTAIL_PASSWORD_RESET_ENABLED"] is False
    assert values["WAGTAIL_GRAVATAR_PROVIDER_URL"] is None
    assert values["CONN_HEALTH_CHECKS"] is True
    assert values["sentry"] is False


def test_proxy_mail_and_sentry_come_from_the_environment():
    values = production(
        ALLOWED_HOSTS="educademy.example.org,www.educademy.example.org",
        TRUSTED_PROXY="true",
        EMAIL_URL="smtp://mailer:p%40ss@smtp.example.org:587",
        SENTRY_DSN="https://public@127.0.0.1:9/1",
    )
    assert values["ALLOWED_HOSTS"] == ["educademy.example.org", "www.educademy.example.org"]
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (values["EMAIL_HOST"], values["EMAIL_PORT"]) == ("smtp.example.org", 587)
    assert (values["EMAIL_HOST_USER"], values["EMAIL_HOST_PASSWORD"]) == ("mailer", "p@ss")
    assert values["EMAIL_USE_TLS"] is True
    assert values["WAGTAIL_PASSWORD_RESET_ENABLED"] is True
    assert values["sentry"] is True


def test_a_public_url_or_allowed_hosts_is_required():
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"ALLOWED_HOSTS", "PUBLIC_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="educademy.settings.production",
        SECRET_KEY="s" * 50,
        DATABASE_URL="sqlite:////tmp/educademy-settings-check.sqlite3",
    )
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "Set PUBLIC_URL" in result.stderr
