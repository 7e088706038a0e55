#!/usr/bin/env bash
# Debian packages the test suite needs: chromium for the browser tests, gettext for the
# catalogue checks, nginx and openssl for the reverse-proxy test, varnish for the caching
# proxy test (tests/deploy). Installs only what is missing (root or sudo required the first
# time). With --bench, also wrk, the load generator of `make bench`'s proxy row.
set -euo pipefail
missing=()
[ "${1:-}" != "--bench" ] || command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
[ -x /usr/sbin/varnishd ] || command -v varnishd >/dev/null 2>&1 || missing+=(varnish)
# grep reads the whole list (no -q): with pipefail, fc-list killed by SIGPIPE after an early
# match would count as "missing".
fc-list 2>/dev/null | grep -i "Noto Sans Arabic" >/dev/null || missing+=(fonts-noto-core)
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing Debian packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
