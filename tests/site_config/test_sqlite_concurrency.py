"""The embedded SQLite default survives several workers writing at once: WAL, a busy
timeout and IMMEDIATE transactions (the settings' SQLITE_OPTIONS), in real processes."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

WORKERS = 4
TRANSACTIONS = 40

# Each worker reads then writes in one transaction: with SQLite's default DEFERRED
# transactions two such workers deadlock and one fails at once with "database is locked"
# (no busy timeout helps); IMMEDIATE takes the write lock first, so they queue instead.
WORKER = """
import os, sys
import django
django.setup()
from django.db import connection, transaction
print("ready", flush=True)
sys.stdin.readline()
for _ in range(int(sys.argv[1])):
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM counter")
            seen = cursor.fetchone()[0]
            cursor.execute("INSERT INTO counter (seen, pid) VALUES (%s, %s)", [seen, os.getpid()])
print("done", flush=True)
"""

# WAL is a property of the database file, switched on by the first connection (`migrate`
# on a real site). Two connections switching it at the same moment deadlock on the lock
# the switch needs, so the test opens the database once, as migrate would, before the
# workers start.
FIRST_CONNECTION = """
import django
django.setup()
from django.db import connection
connection.ensure_connection()
"""


def test_concurrent_writers_all_succeed(tmp_path):
    database = tmp_path / "db.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, seen INT, pid INT)")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "educademy.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    project = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", FIRST_CONNECTION], cwd=project, env=env, check=True)
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(TRANSACTIONS)],
            cwd=project,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(WORKERS)
    ]
    for worker in workers:  # every worker is connected before any starts writing
        assert worker.stdout.readline().strip() == "ready", worker.stderr.read()
    for worker in workers:
        worker.stdin.write("go\n")
        worker.stdin.flush()
    results = [worker.communicate(timeout=120) for worker in workers]
    for worker, (out, err) in zip(workers, results, strict=True):
        assert worker.returncode == 0, err
        assert "database is locked" not in err
        assert out.strip() == "done"

    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        rows = connection.execute("SELECT seen FROM counter ORDER BY id").fetchall()
    # Serialised: each transaction saw exactly the rows committed before it.
    assert [seen for (seen,) in rows] == list(range(WORKERS * TRANSACTIONS))
