#!/usr/bin/env bash
# The team archive on PostgreSQL against the laptop archive on SQLite (issue 11).
#   scripts/bench_pg.sh [IMPORT_N [SEARCH_N [RUNS]]]   defaults 20000 20000 3
# It starts a throwaway PostgreSQL server (initdb into a temporary folder, a Unix
# socket there, default durability: fsync on), as the postgres user when run as root.
# Import: the same generated ~4 KB articles (storage/internal/benchtext) go
#   - SQLite: storage.AddArticles in batches of 1000 into a new file;
#   - PostgreSQL: the same, into a new schema;
#   - floor: psql \copy of the same rows into the same PostgreSQL schema (its
#     generated tsvector column, GIN index and triggers included), which does none of
#     storage's duplicate checks or near-duplicate fingerprints.
#   Medians of RUNS. Then three importers at once (three corpora of IMPORT_N/3
#   articles, one schema): their throughput together.
# Search: SEARCH_N articles imported by storage into each engine, then
#   storage.Optimize (VACUUM ANALYZE on PostgreSQL); benchtext's query mix (common,
#   mid, rare, phrase, prefix, ...) runs 30 times each through storage.Search
#   (relevance, 20 hits with snippets); p50 and p95 in ms side by side. Beside them,
#   the same SQL without Go: the statements Search ran for each query (Store.SearchSQL,
#   values in place, in its read-only transaction) as a pgbench script, run 30 times
#   (pgbench -n -t 30 -l, simple protocol, over the same socket); p50/p95 of pgbench's
#   per-transaction latencies.
# IMPORT_N=0 skips the import measurements (a search-only run).
set -euo pipefail
cd "$(dirname "$0")/.."
IMPORT_N=${1:-20000}
SEARCH_N=${2:-$IMPORT_N}
RUNS=${3:-3}
export LANG=en_US.UTF-8
TAGS='sqlite_fts5 migrated_fynedo'
PGBIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[[ -x "$PGBIN/initdb" ]] || { echo "needs PostgreSQL: apt-get install postgresql postgresql-contrib" >&2; exit 1; }
W=$(mktemp -d /tmp/bdpg.XXXXXX)
as=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres "$W"
  as=(setpriv --reuid=postgres --regid=postgres --clear-groups --)
fi
"${as[@]}" "$PGBIN/initdb" -D "$W/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 > /dev/null
"${as[@]}" "$PGBIN/pg_ctl" -D "$W/data" -o "-k $W -c listen_addresses= -c shared_buffers=256MB -c max_wal_size=4GB" \
  -l "$W/log" -w start > /dev/null
trap '"${as[@]}" "$PGBIN/pg_ctl" -D "$W/data" -m fast -w stop > /dev/null; rm -rf "$W"' EXIT
psql() { PGOPTIONS="-c client_min_messages=warning" "$PGBIN/psql" -h "$W" -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
psql -d postgres -c "CREATE DATABASE bench TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
psql -d bench -c "CREATE EXTENSION unaccent"
dsn() { echo "host=$W user=postgres dbname=bench search_path=$1"; }
schema() { psql -d bench -c "DROP SCHEMA IF EXISTS $1 CASCADE; CREATE SCHEMA $1"; }

go build -tags "$TAGS" -o "$W/benchstore" ./storage/internal/benchstore
B="$W/benchstore"
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now() { date +%s.%N; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $("$PGBIN/postgres" --version)"
if [[ $IMPORT_N -gt 0 ]]; then
echo "== import $IMPORT_N articles (~4 KB each), $RUNS runs: SQLite storage, PostgreSQL storage, psql \\copy floor"
"$B" -n "$IMPORT_N" copy > "$W/corpus.copy"
chmod a+r "$W/corpus.copy"
: > "$W/sqlite.times"; : > "$W/pg.times"; : > "$W/copy.times"
for r in $(seq "$RUNS"); do
  rm -f "$W"/sqlite.db*
  "$B" -n "$IMPORT_N" -db "$W/sqlite.db" import >> "$W/sqlite.times"
  schema imp
  "$B" -n "$IMPORT_N" -db "$(dsn imp)" import >> "$W/pg.times"
  schema floor
  "$B" -n 0 -db "$(dsn floor)" import > /dev/null # the schema, no rows
  t0=$(now)
  psql -d bench -c "SET search_path = floor, public" \
    -c "\\copy articles (title, outlet, author, url, published, imported_at, language, body, raw_html, content_hash, word_count) FROM '$W/corpus.copy'"
  t1=$(now)
  echo "$t1 - $t0" | bc >> "$W/copy.times"
  echo "run $r: SQLite $(tail -1 "$W/sqlite.times") s, PostgreSQL $(tail -1 "$W/pg.times") s, \\copy $(tail -1 "$W/copy.times") s"
done
S=$(median < "$W/sqlite.times"); P=$(median < "$W/pg.times"); C=$(median < "$W/copy.times")
printf 'median: SQLite %.2f s (%.0f/s), PostgreSQL %.2f s (%.0f/s), \\copy floor %.2f s (%.0f/s); PostgreSQL/floor %.2f\n' \
  "$S" "$(echo "$IMPORT_N / $S" | bc -l)" "$P" "$(echo "$IMPORT_N / $P" | bc -l)" \
  "$C" "$(echo "$IMPORT_N / $C" | bc -l)" "$(echo "$P / $C" | bc -l)"

echo "== three importers at once into one PostgreSQL archive ($((IMPORT_N / 3)) articles each, other corpora)"
schema conc
"$B" -n 0 -db "$(dsn conc)" import > /dev/null
t0=$(now)
for seed in 11 12 13; do "$B" -n $((IMPORT_N / 3)) -seed $seed -db "$(dsn conc)" import > "$W/conc.$seed" & done
wait
t1=$(now)
T=$(echo "$t1 - $t0" | bc)
printf 'three importers: %.2f s wall for %d articles (%.0f/s together; each: %s s)\n' "$T" $((3 * (IMPORT_N / 3))) \
  "$(echo "3 * ($IMPORT_N / 3) / $T" | bc -l)" "$(cat "$W"/conc.1? | tr '\n' ' ')"
psql -d bench -Atc "SELECT 'stored: ' || count(*) || ' articles, ' || count(DISTINCT content_hash) || ' distinct' FROM conc.articles"
fi

echo "== search over $SEARCH_N articles, 30 runs of each query, 20 hits with snippets (p50/p95 ms)"
rm -f "$W"/search.db*
"$B" -n "$SEARCH_N" -db "$W/search.db" import > /dev/null
"$B" -db "$W/search.db" optimize > /dev/null
schema search
"$B" -n "$SEARCH_N" -db "$(dsn search)" import > /dev/null
"$B" -db "$(dsn search)" optimize > /dev/null
"$B" -db "$W/search.db" -reps 30 search > "$W/s.sqlite"
"$B" -db "$(dsn search)" -reps 30 search > "$W/s.pg"
mkdir "$W/pgbench"
"$B" -db "$(dsn search)" -dir "$W/pgbench" pgscripts
# p50 and p95 as benchstore takes them: of n sorted times, the (n/2)th and
# min(n-1, n*95/100)th counting from 0.
pct() { sort -n | awk '{a[NR]=$1} END {p95=int(NR*95/100)+1; if (p95>NR) p95=NR; printf "%.3f\t%.3f\n", a[int(NR/2)+1]/1000, a[p95]/1000}'; }
: > "$W/s.psql"
while IFS=$'\t' read -r class query file; do
  rm -f "$W"/pgbench/log*
  PGOPTIONS="-c search_path=search,public" "$PGBIN/pgbench" -h "$W" -U postgres -n -t 30 \
    -f "$W/pgbench/$file" -l --log-prefix="$W/pgbench/log" bench > "$W/pgbench/out" 2>&1 ||
    { cat "$W/pgbench/out" >&2; exit 1; }
  cut -d' ' -f3 "$W"/pgbench/log* | pct >> "$W/s.psql"
done < "$W/pgbench/queries.tsv"
printf '%-10s %-16s %11s %15s %15s %15s\n' class query "hits sq/pg" "SQLite p50/p95" "PG p50/p95" "SQL p50/p95"
paste "$W/s.sqlite" "$W/s.pg" "$W/s.psql" | awk -F'\t' '{printf "%-10s %-16s %5s/%-5s %7s/%-7s %7s/%-7s %7s/%-7s\n", $1, substr($2,1,16), $3, $8, $4, $5, $9, $10, $11, $12}'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
