#!/usr/bin/env bash
# Time to first answer and to hybrid of the README's first command on a fresh database:
# `savoir index corpora/ferrand --lexical-first` then `savoir serve`, polling /api/search every
# second. Prints first_answer_s (BM25 results served) and hybrid_s ("semantic": "ready").
# Usage: bash bench/first_run.sh [PORT]   (after `bash scripts/dev.sh setup`; run it alone)
set -u
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1
PORT="${1:-5088}"
WORK="$(mktemp -d)"
trap 'kill "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
t0=$(date +%s.%N)
.venv/bin/savoir index corpora/ferrand --db "$WORK/savoir.db" --lexical-first > "$WORK/index.log" 2>&1
.venv/bin/savoir serve --db "$WORK/savoir.db" --port "$PORT" --demo > "$WORK/serve.log" 2>&1 &
SERVER=$!
first=""
for _ in $(seq 1 1800); do
  r=$(curl -s "http://127.0.0.1:$PORT/api/search?q=pompe+cavitation&mode=threads" 2>/dev/null)
  now=$(date +%s.%N)
  if [ -z "$first" ] && echo "$r" | grep -q '"results"'; then
    first=$(echo "$now - $t0" | bc); echo "first_answer_s=$first"
  fi
  if echo "$r" | grep -q '"semantic":"ready"'; then
    echo "hybrid_s=$(echo "$now - $t0" | bc)"; break
  fi
  sleep 1
done
uptime
