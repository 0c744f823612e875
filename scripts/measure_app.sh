#!/usr/bin/env bash
# measure_app.sh — cold start and memory of the real app on a 100,000-article archive
# (issue 5: first frame <= 1 s, RSS <= 200 MB). Not a test: it prints numbers.
#
#   scripts/measure_app.sh [OUTDIR]        (default out/measure)
#
# Env: BIN (default: `make build`, then bin/briefdesk), N (articles, 100000), RUNS (5),
#      DB (reuse an archive instead of generating one), QUERY (typed into the search, "ceasefire"),
#      BASELINE=0 skips the 200-article series.
# Needs: Xvfb, xdotool, xwininfo, ImageMagick `import`.
# Per run: launch -> window mapped (xdotool search --onlyvisible polled every 10 ms);
# launch -> first archive row drawn (the root window grabbed every ~0.1 s until the first
# list area (250x400 px at 52,300) is no longer blank); VmRSS after 5 s idle; VmRSS 3 s after typing QUERY
# into the archive search; VmHWM (peak).
# A second series on a 200-article archive gives the baseline that the 100k rows add to.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-out/measure}
N=${N:-100000}
RUNS=${RUNS:-5}
QUERY=${QUERY:-ceasefire}
TAGS=sqlite_fts5,migrated_fynedo
export LANG=en_US.UTF-8
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

if [[ -z "${BIN:-}" ]]; then
	make build >&2
	BIN=bin/briefdesk
fi
BIN=$(realpath "$BIN")
for tool in Xvfb xdotool xwininfo import; do
	command -v "$tool" >/dev/null || { echo "measure_app: $tool is missing (make test-deps)" >&2; exit 1; }
done

gen() { # gen N FILE
	if [[ ! -s "$2" ]]; then
		echo "generating $1 articles into $2 ..." >&2
		go run -tags "$TAGS" ./scripts/gen_archive -n "$1" -db "$2" >&2
	fi
}
DB=${DB:-$OUT/archive-$N.db}
gen "$N" "$DB"
SMALL=$OUT/archive-200.db
gen 200 "$SMALL"

# A free display and a private HOME/XDG so preferences of earlier runs do not leak in.
D=90
while [[ -e /tmp/.X11-unix/X$D || -e /tmp/.X$D-lock ]]; do D=$((D + 1)); done
Xvfb ":$D" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
APP=
# The app ends before Xvfb, and each is waited for, so neither is still
# writing when the script returns.
cleanup() {
	if [[ -n "$APP" ]]; then
		kill "$APP" 2>/dev/null || true
		wait "$APP" 2>/dev/null || true
	fi
	kill "$XVFB" 2>/dev/null || true
	wait "$XVFB" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY=":$D"
for _ in $(seq 100); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.05; done
SANDBOX=$(mktemp -d)
export HOME=$SANDBOX XDG_CONFIG_HOME=$SANDBOX/config XDG_DATA_HOME=$SANDBOX/data XDG_CACHE_HOME=$SANDBOX/cache
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"

rss() { awk -v k="$2:" '$1 == k { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; } # MB

median() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%s", m }'; }

# rowshown: are archive rows drawn? (the middle of the list area, empty until the list loads, has contrast)
rowshown() {
	local sd
	sd=$(import -window root -crop 250x400+52+300 -format '%[fx:standard_deviation]' info: 2>/dev/null) || return 1
	awk -v s="$sd" 'BEGIN { exit !(s > 0.05) }'
}

# run LABEL DB SHOT: one launch; prints "mapped_ms row_ms idle_mb search_mb hwm_mb"
run() {
	local db=$2 shot=$3 t0 t1 win
	t0=$(date +%s%N)
	GODEBUG=gctrace=1 "$BIN" --db "$db" >"$OUT/app.log" 2>&1 &
	APP=$!
	until win=$(xdotool search --onlyvisible --name '^Briefdesk' 2>/dev/null | head -1) && [[ -n "$win" ]]; do
		kill -0 "$APP" 2>/dev/null || { echo "the app exited:" >&2; cat "$OUT/app.log" >&2; exit 1; }
		sleep 0.01
	done
	t1=$(date +%s%N)
	local t2=0
	for _ in $(seq 150); do
		if rowshown; then t2=$(date +%s%N); break; fi
		sleep 0.05
	done
	sleep 5
	local idle
	idle=$(rss "$APP" VmRSS)
	[[ -n "$shot" ]] && import -window root "$OUT/$shot-list.png"
	# Click into the archive search box (top of the left pane) and type.
	xdotool mousemove 160 88 click 1
	xdotool type --delay 60 "$QUERY"
	sleep 3
	local searched
	searched=$(rss "$APP" VmRSS)
	[[ -n "$shot" ]] && import -window root "$OUT/$shot-search.png"
	local hwm
	hwm=$(rss "$APP" VmHWM)
	kill "$APP"
	wait "$APP" 2>/dev/null || true
	APP=
	local row=NA
	((t2 > 0)) && row=$(((t2 - t0) / 1000000))
	echo "$(((t1 - t0) / 1000000)) $row $idle $searched $hwm"
}

series() { # series LABEL DB
	local label=$1 db=$2 i shot res=()
	# Open it once through the CLI so that schema migrations (and their backup copy) are
	# not part of the timed launches.
	"$BIN" --db "$db" list --limit 1 >/dev/null
	echo "== $label ($(du -h "$db" | cut -f1) archive, $RUNS runs)"
	echo "run  mapped_ms  row_ms  rss_idle_MB  rss_after_search_MB  peak_rss_MB"
	: >"$OUT/$label.txt"
	for i in $(seq "$RUNS"); do
		shot=
		[[ $i == 1 ]] && shot=$label
		r=$(run "$label" "$db" "$shot")
		echo "$i    $r" | awk '{ printf "%-4s %-10s %-7s %-12s %-20s %s\n", $1, $2, $3, $4, $5, $6 }'
		echo "$r" >>"$OUT/$label.txt"
		[[ $i == 1 ]] && cp "$OUT/app.log" "$OUT/$label-gctrace.log"
	done
	for col in 1 2 3 4 5; do res+=("$(cut -d' ' -f$col "$OUT/$label.txt" | grep -v NA | median)"); done
	echo "Go heap at the last GC of run 1 (start->end->live MB, goal): $(grep '^gc ' "$OUT/$label-gctrace.log" | tail -1 | grep -o '[0-9]*->[0-9]*->[0-9]* MB, [0-9]* MB goal')"
	echo "median  mapped ${res[0]} ms · first row ${res[1]} ms · RSS idle ${res[2]} MB · RSS after search ${res[3]} MB · peak ${res[4]} MB"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
series "archive-$N" "$DB"
[[ ${BASELINE:-1} == 0 ]] || series archive-200 "$SMALL"
echo "screenshots in $OUT"
