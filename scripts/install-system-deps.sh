#!/usr/bin/env bash
# Debian packages the test suite and benchmarks use beyond npm: Chromium (and CJK fonts) for portal tests, Python's rdflib,
# jsonschema and pandas for client-compatibility tests, wrk for the API benchmark.
# Installs only what is missing; never fails the caller (tests that need a missing tool skip and say so).
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
# Japanese glyphs for portal screenshots
fc-list :lang=ja 2>/dev/null | grep -q . || need+=(fonts-noto-cjk)
/usr/bin/python3 -c "import rdflib" >/dev/null 2>&1 || need+=(python3-rdflib)
/usr/bin/python3 -c "import jsonschema" >/dev/null 2>&1 || need+=(python3-jsonschema)
/usr/bin/python3 -c "import pandas" >/dev/null 2>&1 || need+=(python3-pandas)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: cannot install ${need[*]} (needs root and apt-get); the tests that use them will be skipped" >&2
  exit 0
fi
echo "install-system-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
  || echo "install-system-deps: apt-get install ${need[*]} failed; the tests that use them will be skipped" >&2
exit 0
