#!/bin/sh
# Measure HTML extraction against ../shared/eval/readability-dev (research-only
# data, never copied into the repo). Skips cleanly when the data is absent.
set -eu
cd "$(dirname "$0")/.."
EVAL=${EVAL_DIR:-../shared/eval}
if [ ! -d "$EVAL/readability-dev" ] || [ ! -f "$EVAL/score_extraction.py" ]; then
	echo "eval_extract: $EVAL/readability-dev not found; skipping"
	exit 0
fi
out=$(mktemp "${TMPDIR:-/tmp}/evalextract.XXXXXX.jsonl")
trap 'rm -f "$out"' EXIT
LANG=en_US.UTF-8 go run -tags 'sqlite_fts5 migrated_fynedo' ./scripts/evalextract "$EVAL/readability-dev" >"$out"
python3 "$EVAL/score_extraction.py" "$EVAL/readability-dev" "$out" "$@"
