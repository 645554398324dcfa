#!/bin/sh
# Reproduce eval/results/*.json (shared data in ../shared/data; vectors cached in ~/.cache/savoir/eval).
# Slow on a busy 2-core machine: MiniLM ~25 texts/s, e5 ~5-12 texts/s when the machine is idle.
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
for model in ${MODELS:-minilm e5}; do
    run "semeval2016-dev-en-$model" beir "$DATA/beir/semeval2016-dev-en" --model "$model"
    run "stackfaq-en-$model" beir "$DATA/beir/stackfaq-en" --model "$model"
    for dump in quantumcomputing-2018 french-meta conlang-meta coffee-posts-only beer-posts-only; do
        run "se-$dump-$model" stackexchange "$DATA/stackexchange/$dump" --model "$model"
    done
done
