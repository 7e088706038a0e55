"""gunicorn settings for AI Educademy: `gunicorn -c deploy/gunicorn.conf.py educademy.wsgi`.

Every value can be overridden from the environment (GUNICORN_BIND, GUNICORN_WORKERS…).
Bound to loopback: nginx (deploy/nginx.conf) is the only way in. On several app servers,
bind to the private address the proxy reaches instead, e.g. GUNICORN_BIND=10.0.0.11:8000.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# Recycle workers now and then: a slow leak never grows without bound.
max_requests = 2000
max_requests_jitter = 200
# The app logs JSON to stderr; gunicorn's own access log is nginx's job.
accesslog = None
errorlog = "-"
# gunicorn itself honours X-Forwarded-* only from these addresses (the proxy).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
