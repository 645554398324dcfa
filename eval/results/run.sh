#!/bin/sh
# Reproduce eval/results/*.json (shared data in ../shared/data; vectors cached in ~/.cache/savoir/eval).
# The same commands as each JSON's "command" field. About 1 minute per set once the vectors are
# cached; the first run embeds every set (MiniLM ~25 texts/s, e5 ~5-15 texts/s on 2 cores).
set -u
cd "$(dirname "$0")/../.."
DATA=${SAVOIR_SHARED_DATA:-../shared/data}
OUT=eval/results
run() {  # run NAME ARGS...
    name=$1; shift
    .venv/bin/savoir eval "$@" --sweep --json --out "$OUT/$name.json" > /dev/null 2> "$OUT/$name.log" \
        || echo "failed: $name (see $OUT/$name.log)" >&2
}
run corpus-ferrand-minilm corpus --model minilm
run corpus-ferrand-auto corpus --model auto
for set in semeval2016-dev-en stackfaq-en; do
    run "$set-minilm" beir "$DATA/beir/$set" --model minilm
done
run se-quantumcomputing-2018-minilm stackexchange "$DATA/stackexchange/quantumcomputing-2018" --model minilm
for dump in beer-posts-only coffee-posts-only conlang-meta french-meta; do
    run "se-$dump-auto" stackexchange "$DATA/stackexchange/$dump" --model auto
done
