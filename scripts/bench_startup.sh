#!/usr/bin/env bash
# CLI start-up (issue 12): `briefdesk version` and `briefdesk search` on a
# small archive against the sqlite3 shell and a minimal Go + cgo program
# running the very statements Search runs.
#   scripts/bench_startup.sh [ARTICLES [QUERY [RUNS]]]   defaults 200 minister 60
# - the archive: ARTICLES generated articles (benchstore import, optimize);
# - shell: `sqlite3 DB < stmts.sql`, the statements of `benchstore shellsql
#   QUERY` (Store.SearchSQL with the values in place: window, bm25, 20 hits
#   with snippets);
# - floor: scripts/sqlfloor, which opens the file through mattn/go-sqlite3
#   and runs the same statements: what any Go + cgo binary pays;
# - briefdesk version, briefdesk --db DB search QUERY --limit 20 (bin/briefdesk,
#   built first); with BASE_BIN=PATH the same two with that binary too.
# hyperfine, -N (no shell), in ROUNDS rounds (default 6) of RUNS/ROUNDS runs
# of every command after 3 warm-up runs, so that a change in the load of a
# shared machine falls on all commands alike; medians and minima of all runs.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
QUERY=${2:-minister}
RUNS=${3:-60}
TAGS='sqlite_fts5 migrated_fynedo'
command -v hyperfine > /dev/null || { echo "bench_startup: needs hyperfine (apt-get install hyperfine)"; exit 1; }
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
go build -tags "$TAGS" -o bin/briefdesk ./cmd/briefdesk
go build -tags "$TAGS" -o "$W/benchstore" ./storage/internal/benchstore
go build -tags "$TAGS" -o "$W/sqlfloor" ./scripts/sqlfloor
DB=$W/archive.db
"$W/benchstore" -n "$N" -db "$DB" import > /dev/null
"$W/benchstore" -db "$DB" optimize > /dev/null
bin/briefdesk --db "$DB" search "$QUERY" --limit 20 > /dev/null # migrations, WAL: not timed
"$W/benchstore" -db "$DB" shellsql "$QUERY" > "$W/stmts.sql"
cmds=(-n "sqlite3 shell" "sqlite3 $DB -cmd '.read $W/stmts.sql' .quit"
	-n "Go+cgo floor (sqlfloor)" "$W/sqlfloor $DB $W/stmts.sql"
	-n "briefdesk version" "bin/briefdesk version"
	-n "briefdesk search" "bin/briefdesk --db $DB search $QUERY --limit 20")
if [ -n "${BASE_BIN:-}" ]; then
	cmds+=(-n "base version" "$BASE_BIN version"
		-n "base search" "$BASE_BIN --db $DB search $QUERY --limit 20")
fi
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
ROUNDS=${ROUNDS:-6}
for r in $(seq "$ROUNDS"); do
	hyperfine -N --style none --warmup 3 --runs $((RUNS / ROUNDS)) --export-json "$W/h$r.json" "${cmds[@]}" > /dev/null 2>&1
done
python3 - "$W"/h*.json <<'PY'
import json, statistics, sys
times = {}
for path in sys.argv[1:]:
    for x in json.load(open(path))["results"]:
        times.setdefault(x["command"], []).extend(x["times"])
med = {c: statistics.median(t) for c, t in times.items()}
shell, floor = med["sqlite3 shell"], med["Go+cgo floor (sqlfloor)"]
print(f"{'command':26} {'runs':>4} {'median ms':>9} {'min ms':>7} {'/shell':>6} {'/floor':>6}")
for c, t in times.items():
    print(f"{c:26} {len(t):4} {med[c]*1000:9.2f} {min(t)*1000:7.2f} {med[c]/shell:6.2f} {med[c]/floor:6.2f}")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
