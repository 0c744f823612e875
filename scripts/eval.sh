#!/usr/bin/env bash
# Measures the drafting assistant on the shared research-only data sets:
# ROUGE for the extractive summary, NER P/R/F1 for actors. Skips (exit 0)
# when ../shared/eval is absent. Nothing from the data is kept in the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${EVAL_DIR:-../shared/eval}
if [ ! -f "$EVAL/summaries-dev.jsonl" ] || [ ! -f "$EVAL/actors-dev.jsonl" ]; then
	echo "eval: $EVAL not found, skipping"
	exit 0
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
export LANG=${LANG:-en_US.UTF-8}
go run -tags 'sqlite_fts5 migrated_fynedo' ./scripts/suggesteval \
	-summaries "$EVAL/summaries-dev.jsonl" -summary-out "$OUT/summaries.jsonl" \
	-actors "$EVAL/actors-dev.jsonl" -actors-out "$OUT/actors.jsonl"
echo "== Summary (ROUGE F1, no stemming; Lead-3 = 39.9 / 18.3 / 36.6)"
python3 "$EVAL/rouge.py" "$EVAL/summaries-dev.jsonl" "$OUT/summaries.jsonl"
echo "== Actors (NER, set mode; target F1 >= 85)"
python3 "$EVAL/ner_eval.py" "$EVAL/actors-dev.jsonl" "$OUT/actors.jsonl"
