#!/usr/bin/env bash
# Savoir's set-up and main jobs, for a fresh machine (Python 3.11 with venv and pip).
#   bash scripts/dev.sh serve   install, index the bundled corpus, serve http://127.0.0.1:5000 (demo sign-in)
#   bash scripts/dev.sh test    install (with test tools and Chromium), run the test suite
#   bash scripts/dev.sh setup   install only
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${SAVOIR_VENV:-.venv}"
PY="${PYTHON:-python3}"
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1

setup() {
  if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -m venv "$VENV"
  fi
  # torch first, pinned: 2.13.0 is a CPU build on this platform's disk; an unpinned torch
  # pulled in by sentence-transformers would fetch a multi-GB CUDA build.
  if ! "$VENV/bin/python" -c "import torch" 2>/dev/null; then
    "$VENV/bin/pip" install --disable-pip-version-check -q "torch==2.13.0"
  fi
  "$VENV/bin/pip" install --disable-pip-version-check -q -e ".[test]"
}

browser() {
  # Debian's Chromium for the Playwright browser tests (Playwright's own download cannot work offline).
  if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || \
      echo "warning: could not install chromium; browser tests will be skipped" >&2
  fi
}

case "${1:-}" in
  setup) setup ;;
  serve)
    setup
    DB="${SAVOIR_DB:-savoir.db}"
    # keyword index first (seconds); serve answers at once and computes the vectors behind
    "$VENV/bin/savoir" index corpora/ferrand --db "$DB" --lexical-first
    exec "$VENV/bin/savoir" serve --db "$DB" --demo
    ;;
  test)
    setup
    browser
    shift
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  *) echo "usage: bash scripts/dev.sh serve|test|setup" >&2; exit 2 ;;
esac
