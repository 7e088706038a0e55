#!/usr/bin/env bash
# Make sure the PostgreSQL server behind $1 answers; start the local cluster if it is down.
set -euo pipefail
url="$1"
if "$(dirname "$0")/../.venv/bin/python" -c "import psycopg2, sys; psycopg2.connect(sys.argv[1]).close()" "$url" 2>/dev/null; then
  exit 0
fi
if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  echo "Starting the local PostgreSQL cluster"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  sleep 2
fi
"$(dirname "$0")/../.venv/bin/python" -c "import psycopg2, sys; psycopg2.connect(sys.argv[1]).close()" "$url" || {
  echo "PostgreSQL is not reachable at $url: set POSTGRES_TEST_URL or start a server." >&2
  exit 1
}
