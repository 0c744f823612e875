#!/usr/bin/env bash
# Storage benchmarks side by side with the sqlite3 shell and grep (issue 6).
#   scripts/bench_storage.sh [IMPORT_N [SEARCH_N [RUNS]]]   defaults 20000 100000 3
# Import: the same generated ~4 KB articles (storage/internal/benchtext) go
#   - shell: `benchstore sql` = migrations 0001, 0002, 0004 (articles, the
#     external-content FTS5 table and its triggers, indexes) then one
#     transaction of INSERTs, piped into sqlite3;
#   - storage: storage.AddArticles in batches of 1000, which also checks
#     exact duplicates and computes near-duplicate fingerprints (MinHash +
#     LSH rows, migration 0005) — work the shell side does not do.
#   Medians of RUNS, run alternately.
# Search: SEARCH_N articles imported through storage, then FTS5 'optimize'
#   (storage.Optimize, as after a bulk import; timed). The query mix of
#   benchtext (`benchstore queries`: class, what the user types, the MATCH
#   expression) runs 30 times each:
#   - storage: storage.Search(query, Limit 20), relevance order;
#   - shell: the very statements Search runs for the query (Store.SearchSQL,
#     printed by `benchstore -db DB shellsql QUERY` with the values in place:
#     prefix words from the vocabulary, the window's lowest rowid, bm25
#     (title 10, body 1) over at most the newest 5,000 matches with trash
#     excluded, 20 hits with snippets), on the same file; a run's time is
#     the sum of its statements' (the shell's timer has 1 ms steps);
#   - grep: grep -ril WORD over the same articles as SEARCH_N text files.
# CLI import (issue 12, import speed): IMPORT_N ~4 KB .txt files of real
#   news sentences (`benchstore newsfiles`: the text fields of
#   ../shared/eval/*.jsonl reshuffled; generated text without it), then
#   alternately, RUNS times:
#   - shell bulk: the same rows (title line, body, hash, word count) into
#     storage's schema without the insert trigger, the index filled by one
#     INSERT ... SELECT at the end (`benchstore filesql bulk`), one
#     transaction: the floor;
#   - shell trigger: the same with migration 0001's insert trigger;
#   - `briefdesk import DIR` into a new archive (open, parse, store,
#     index, optimize, close: searchable when it ends);
#   - `briefdesk import-archive` of that archive's bundle into a new one;
#   - with BASE_BIN=PATH, the same two with that (older) binary too, and
#     its archive compared with this one: integrity checks, near-duplicate
#     groups and `search` output must be the same.
# SEARCH_N=0 skips the search part.
# SEARCH_DB=FILE keeps the searched archive in FILE and reuses it when it is
# there (it is built, then optimized, only when missing); FILES_DIR=DIR does
# the same for grep's text files.
set -euo pipefail
cd "$(dirname "$0")/.."
IMPORT_N=${1:-20000}
SEARCH_N=${2:-100000}
RUNS=${3:-3}
export LANG=en_US.UTF-8
TAGS='sqlite_fts5 migrated_fynedo'
W=$(mktemp -d /tmp/briefdesk-bench.XXXXXX)
trap 'rm -rf "$W"' EXIT
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell" >&2; exit 1; }

go build -tags "$TAGS" -o "$W/benchstore" ./storage/internal/benchstore
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
p95() { sort -g | awk '{a[NR]=$1} END {i=int(NR*0.95+0.5); if(i<1)i=1; if(i>NR)i=NR; print a[i]}'; }
now() { date +%s.%N; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "== import $IMPORT_N articles (~4 KB each), $RUNS runs, sqlite3 $(sqlite3 --version | cut -d' ' -f1) shell vs storage (mattn/go-sqlite3)"
"$W/benchstore" -n "$IMPORT_N" sql > "$W/corpus.sql"
: > "$W/shell.times"; : > "$W/go.times"
for r in $(seq "$RUNS"); do
  rm -f "$W"/shell.db* "$W"/go.db*
  t0=$(now); sqlite3 "$W/shell.db" < "$W/corpus.sql" > /dev/null; t1=$(now)
  echo "$t1 - $t0" | bc >> "$W/shell.times"
  "$W/benchstore" -n "$IMPORT_N" -db "$W/go.db" import >> "$W/go.times"
  echo "run $r: shell $(tail -1 "$W/shell.times") s, storage $(tail -1 "$W/go.times") s"
done
S=$(median < "$W/shell.times"); G=$(median < "$W/go.times")
printf 'median: shell %.2f s (%.0f articles/s), storage %.2f s (%.0f articles/s), ratio %.2f\n' \
  "$S" "$(echo "$IMPORT_N / $S" | bc -l)" "$G" "$(echo "$IMPORT_N / $G" | bc -l)" "$(echo "$G / $S" | bc -l)"

echo "== CLI import of $IMPORT_N ~4 KB .txt files of news sentences, $RUNS runs"
go build -tags "$TAGS" -o "$W/briefdesk" ./cmd/briefdesk
"$W/benchstore" -n "$IMPORT_N" -dir "$W/news" newsfiles
"$W/benchstore" -dir "$W/news" filesql bulk > "$W/bulk.sql"
"$W/benchstore" -dir "$W/news" filesql trigger > "$W/trigger.sql"
bins=(new); [ -n "${BASE_BIN:-}" ] && bins+=(base)
bin() { if [ "$1" = base ]; then echo "$BASE_BIN"; else echo "$W/briefdesk"; fi; }
timed() { local t0 t1; t0=$(now); "$@" > /dev/null; t1=$(now); echo "$t1 - $t0" | bc; }
: > "$W/t.bulk"; : > "$W/t.trigger"
for b in "${bins[@]}"; do : > "$W/t.import.$b"; : > "$W/t.bundle.$b"; done
for r in $(seq "$RUNS"); do
  rm -f "$W"/sh.db*; timed sqlite3 "$W/sh.db" < "$W/bulk.sql" >> "$W/t.bulk"
  rm -f "$W"/sh.db*; timed sqlite3 "$W/sh.db" < "$W/trigger.sql" >> "$W/t.trigger"
  line="run $r: shell bulk $(tail -1 "$W/t.bulk") s, shell trigger $(tail -1 "$W/t.trigger") s"
  for b in "${bins[@]}"; do
    rm -f "$W/cli-$b.db"* "$W/bundle-$b.db"* "$W/bundle-$b.jsonl"
    timed "$(bin "$b")" --db "$W/cli-$b.db" import "$W/news" >> "$W/t.import.$b"
    "$(bin "$b")" --db "$W/cli-$b.db" export-archive "$W/bundle-$b.jsonl"
    timed "$(bin "$b")" --db "$W/bundle-$b.db" import-archive "$W/bundle-$b.jsonl" >> "$W/t.bundle.$b"
    line+=", $b import $(tail -1 "$W/t.import.$b") s, $b bundle $(tail -1 "$W/t.bundle.$b") s"
  done
  echo "$line"
done
B=$(median < "$W/t.bulk"); T=$(median < "$W/t.trigger")
printf 'median: shell bulk %.2f s, shell trigger %.2f s (%.2fx bulk)\n' "$B" "$T" "$(echo "$T / $B" | bc -l)"
for b in "${bins[@]}"; do
  I=$(median < "$W/t.import.$b"); U=$(median < "$W/t.bundle.$b")
  printf 'median: %s import %.2f s (%.2fx bulk, %.2fx trigger), %s import-archive %.2f s (%.2fx bulk)\n' \
    "$b" "$I" "$(echo "$I / $B" | bc -l)" "$(echo "$I / $T" | bc -l)" "$b" "$U" "$(echo "$U / $B" | bc -l)"
done
contents() { # what must not change: checks, groups, search output
  local db=$1 bin=$2
  sqlite3 "$db" "PRAGMA integrity_check; INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1);
    SELECT 'articles', count(*) FROM articles; SELECT 'groups', count(DISTINCT group_id) FROM article_minhash;
    SELECT 'grouped', group_concat(n) FROM (SELECT count(*) n FROM article_minhash GROUP BY group_id HAVING n > 1 ORDER BY min(article_id));"
  for q in minister 'ceasefire talks' '"prime minister"' 'elect*' 'police -court' zzqx; do
    "$bin" --db "$db" search "$q" --limit 20 2>&1
  done
}
contents "$W/cli-new.db" "$W/briefdesk" > "$W/contents.new"
contents "$W/bundle-new.db" "$W/briefdesk" > "$W/contents.bundle"
echo "archive contents: integrity $(head -1 "$W/contents.new"), $(grep -c '' "$W/contents.new") lines of checks, groups and search output"
cmp -s "$W/contents.new" "$W/contents.bundle" && echo "bundle-imported archive: same contents" || { echo "bundle-imported archive DIFFERS:"; diff "$W/contents.new" "$W/contents.bundle" | head; }
if [ -n "${BASE_BIN:-}" ]; then
  contents "$W/cli-base.db" "$BASE_BIN" > "$W/contents.base"
  cmp -s "$W/contents.new" "$W/contents.base" && echo "base binary's archive: same contents" || { echo "base binary's archive DIFFERS:"; diff "$W/contents.base" "$W/contents.new" | head; }
fi
[ "$SEARCH_N" -gt 0 ] || exit 0

echo "== search over $SEARCH_N articles"
rm -f "$W"/go.db*
DB=${SEARCH_DB:-$W/go.db}
if [ -s "$DB" ]; then
  echo "reusing $DB"
else
  echo "building: $("$W/benchstore" -n "$SEARCH_N" -db "$DB" import) s, optimize: $("$W/benchstore" -db "$DB" optimize) s"
fi
FILES=${FILES_DIR:-$W/files}
if [ "$(find "$FILES" -name '*.txt' 2>/dev/null | wc -l)" -ne "$SEARCH_N" ]; then
  mkdir -p "$FILES"; "$W/benchstore" -n "$SEARCH_N" -dir "$FILES" files
fi
echo "load before search: $(cut -d' ' -f1-3 /proc/loadavg)"
"$W/benchstore" -db "$DB" -reps 30 search > "$W/go.search"
printf '%-7s %-22s %5s %9s %9s %9s %9s %9s %7s\n' class query hits go-p50 go-p95 sh-p50 sh-p95 grep-ms ratio
while IFS=$'\t' read -r class query hits gp50 gp95; do
  "$W/benchstore" -db "$DB" shellsql "$query" > "$W/stmts.sql"
  k=$(wc -l < "$W/stmts.sql")
  { echo ".timer on"; for _ in $(seq 30); do cat "$W/stmts.sql"; done; } > "$W/q.sql"
  sqlite3 "$DB" < "$W/q.sql" | grep '^Run Time' |
    awk -v k="$k" '{s += $4*1000} NR % k == 0 {print s; s = 0}' > "$W/sh.times"
  sp50=$(median < "$W/sh.times"); sp95=$(p95 < "$W/sh.times")
  word=${query//\"/}; word=${word%\*}
  : > "$W/grep.times"
  for _ in 1 2 3; do t0=$(now); grep -ril -- "$word" "$FILES" > /dev/null || true; t1=$(now); echo "($t1 - $t0)*1000" | bc >> "$W/grep.times"; done
  gr=$(median < "$W/grep.times")
  printf '%-7s %-22s %5s %9.2f %9.2f %9.2f %9.2f %9.0f %7.2f\n' "$class" "$query" "$hits" "$gp50" "$gp95" "$sp50" "$sp95" "$gr" "$(echo "$gp95 / $sp95" | bc -l)"
done < "$W/go.search"
echo "(ratio = storage p95 / shell p95; grep-ms = grep -ril over $SEARCH_N text files, median of 3)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
