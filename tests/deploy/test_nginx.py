"""deploy/nginx.conf, as shipped, in front of gunicorn (deploy/gunicorn.conf.py) with the
production settings: Debian's nginx is started on loopback ports with a throwaway
certificate; only the host name, the ports and the paths are substituted."""

import http.client
import os
import shutil
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
HOST = "educademy.test"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port, process, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"{process.args[0]} exited: {process.stderr.read()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"nothing listens on {port}")


def substitute(text, replacements):
    for old, new in replacements.items():
        assert old in text, f"deploy/nginx.conf no longer contains {old!r}"
        text = text.replace(old, new)
    return text


@pytest.fixture
def stack(tmp_path):
    root = tmp_path
    (root / "staticfiles" / "css").mkdir(parents=True)
    (root / "staticfiles" / "css" / "site.0123abcd.css").write_text("body { margin: 0 }")
    (root / "media" / "images").mkdir(parents=True)
    (root / "media" / "images" / "photo.width-400.png").write_bytes(PNG)
    (root / "media" / "documents").mkdir()
    (root / "media" / "documents" / "private.pdf").write_bytes(b"%PDF-1.4 private")
    for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (root / "tmp" / name).mkdir(parents=True)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-keyout", str(root / "key.pem"), "-out", str(root / "cert.pem")]
        + ["-subj", f"/CN={HOST}"],
        check=True,
        capture_output=True,
    )
    http_port, https_port, app_port = free_port(), free_port(), free_port()
    site = substitute(
        (REPO / "deploy" / "nginx.conf").read_text(),
        {
            "educademy.example.org": HOST,
            "/srv/educademy/": f"{root}/",
            "127.0.0.1:8000": f"127.0.0.1:{app_port}",
            "listen 80;": f"listen 127.0.0.1:{http_port};",
            "listen [::]:80;": "",
            "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
            "listen [::]:443 ssl http2;": "",
            f"/etc/letsencrypt/live/{HOST}/fullchain.pem": str(root / "cert.pem"),
            f"/etc/letsencrypt/live/{HOST}/privkey.pem": str(root / "key.pem"),
        },
    )
    (root / "educademy.conf").write_text(site)
    temp = root / "tmp"
    user = "user root;" if os.geteuid() == 0 else ""
    (root / "main.conf").write_text(
        f"""{user}
daemon off;
worker_processes 1;
pid {root}/nginx.pid;
error_log {root}/error.log;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {root}/access.log;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {root}/educademy.conf;
}}
"""
    )
    syntax = subprocess.run(
        [NGINX, "-t", "-p", str(root), "-c", str(root / "main.conf")],
        capture_output=True,
        text=True,
    )
    assert syntax.returncode == 0, syntax.stderr

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "educademy.settings.production",
        "SECRET_KEY": "nginx-test-" + "x" * 50,
        "PUBLIC_URL": f"https://{HOST}",
        "TRUSTED_PROXY": "true",
        "DATABASE_URL": f"sqlite:///{root}/db.sqlite3",
        "STATIC_ROOT": str(root / "staticfiles"),
        "MEDIA_ROOT": str(root / "media"),
        "GUNICORN_BIND": f"127.0.0.1:{app_port}",
        "GUNICORN_WORKERS": "1",
    }
    gunicorn = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "-c", "deploy/gunicorn.conf.py"]
        + ["educademy.wsgi"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    nginx = subprocess.Popen(
        [NGINX, "-p", str(root), "-c", str(root / "main.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(https_port, nginx)
        wait_for(app_port, gunicorn)
        yield {"http": http_port, "https": https_port, "app": app_port}
    finally:
        for process in (nginx, gunicorn):
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def get(port, path, tls=True):
    if tls:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        connection = http.client.HTTPSConnection("127.0.0.1", port, timeout=30, context=context)
    else:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Host": HOST})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def test_nginx_serves_files_with_long_lifetimes_and_proxies_the_rest(stack):
    response, _body = get(stack["http"], "/en/?x=1", tls=False)
    assert response.status == 301
    assert response.getheader("Location") == f"https://{HOST}/en/?x=1"

    response, body = get(stack["https"], "/static/css/site.0123abcd.css")
    assert response.status == 200 and body == b"body { margin: 0 }"
    assert "max-age=31536000" in response.getheader("Cache-Control")
    assert "immutable" in response.getheader("Cache-Control")

    response, body = get(stack["https"], "/media/images/photo.width-400.png")
    assert response.status == 200 and body == PNG
    assert response.getheader("Content-Type") == "image/png"
    assert "max-age=2592000" in response.getheader("Cache-Control")
    assert response.getheader("X-Content-Type-Options") == "nosniff"

    response, body = get(stack["https"], "/media/documents/private.pdf")
    assert response.status == 404 and b"private" not in body

    # Proxied to gunicorn: the app sees the public host and HTTPS (from the trusted proxy),
    # and answers with nginx's request id.
    response, body = get(stack["https"], "/robots.txt")
    assert response.status == 200, body
    assert f"Sitemap: https://{HOST}/sitemap.xml".encode() in body
    request_id = response.getheader("X-Request-ID")
    assert request_id and len(request_id) == 32
