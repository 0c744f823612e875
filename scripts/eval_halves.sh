#!/usr/bin/env bash
# Scores the drafting assistant on both halves of every dev file in
# ../shared/eval: half A (even line numbers, 0-based) is the one rules are
# tuned on, half B (odd) the one they are confirmed on. Skips (exit 0) when
# the data is absent. Nothing from the data is written inside the repo.
#
#   scripts/eval_halves.sh [ner|summary|multi|all] [A|B|both]
#
# BIN (default bin/briefdesk, built first) is the binary multi_eval drives.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${EVAL_DIR:-../shared/eval}
what=${1:-all}
halves=${2:-both}
[ "$halves" = both ] && halves="A B"
if [ ! -f "$EVAL/actors-dev.jsonl" ]; then
	echo "eval_halves: $EVAL not found, skipping"
	exit 0
fi
OUT=${EVAL_OUT:-$(mktemp -d)}
mkdir -p "$OUT"
export LANG=${LANG:-en_US.UTF-8}
split() { # file -> $OUT/name.A.jsonl, $OUT/name.B.jsonl
	local name
	name=$(basename "$1" .jsonl)
	awk -v a="$OUT/$name.A.jsonl" -v b="$OUT/$name.B.jsonl" '{ if ((NR-1) % 2 == 0) print > a; else print > b }' "$1"
}
for f in actors-dev actors-world-dev summaries-dev multi-dev; do
	[ -f "$EVAL/$f.jsonl" ] && split "$EVAL/$f.jsonl"
done
go build -tags 'sqlite_fts5 migrated_fynedo' -o "$OUT/suggesteval" ./scripts/suggesteval
for h in $halves; do
	if [ "$what" = ner ] || [ "$what" = all ]; then
		for f in actors-dev actors-world-dev; do
			"$OUT/suggesteval" -actors "$OUT/$f.$h.jsonl" -actors-out "$OUT/$f.$h.out.jsonl"
			echo "== $f half $h"
			python3 "$EVAL/ner_eval.py" "$OUT/$f.$h.jsonl" "$OUT/$f.$h.out.jsonl" | grep -E '^  (LOC|ORG|PER|ALL)'
		done
	fi
	if [ "$what" = summary ] || [ "$what" = all ]; then
		"$OUT/suggesteval" -summaries "$OUT/summaries-dev.$h.jsonl" -summary-out "$OUT/summaries-dev.$h.out.jsonl"
		echo "== summaries-dev half $h (ROUGE F1)"
		python3 "$EVAL/rouge.py" "$OUT/summaries-dev.$h.jsonl" "$OUT/summaries-dev.$h.out.jsonl" | grep -E '^rouge(1|2|Lsum) '
	fi
	if [ "$what" = multi ] || [ "$what" = all ]; then
		BIN=${BIN:-bin/briefdesk}
		[ -x "$BIN" ] || go build -tags 'sqlite_fts5 migrated_fynedo' -o "$BIN" ./cmd/briefdesk
		echo "== multi-dev half $h"
		python3 "$EVAL/multi_eval.py" "$BIN" --clusters "$OUT/multi-dev.$h.jsonl" --quiet \
			--per-cluster "$OUT/multi-dev.$h.per.jsonl" --json "$OUT/multi-dev.$h.json" | tail -25
	fi
done
echo "(outputs in $OUT)"
