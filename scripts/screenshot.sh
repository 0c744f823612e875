#!/usr/bin/env bash
# screenshot.sh starts the real app under Xvfb on a demo archive (the sample
# article plus a brief drafted from it) and writes PNGs of the main screens.
# Usage: scripts/screenshot.sh OUTDIR   (run through `make screenshot`)
set -euo pipefail
out="${1:-out/screens}"
bin="${BIN:-bin/briefdesk}"
mkdir -p "$out"
work="$(mktemp -d)"
# stop PID: ask it to end, give it 10 s to finish (the app saves its
# settings into $work on the way out), then kill it; wait reaps it.
stop() {
	local pid=$1
	[[ -n "$pid" ]] || return 0
	kill "$pid" 2>/dev/null || return 0
	for _ in $(seq 100); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -9 "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}
# The work folder goes only once the app and then Xvfb have exited: removing
# it under a running app failed now and then ("Directory not empty", XIO).
cleanup() {
	stop "${app_pid:-}"
	stop "${xvfb_pid:-}"
	rm -rf "$work"
}
trap cleanup EXIT
# SCREENSHOT_DB names another (empty) archive, a team archive on PostgreSQL for one.
export BRIEFDESK_DB="${SCREENSHOT_DB:-$work/archive.db}" HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
export LANG=en_US.UTF-8

# A demo archive: the sample article and a drafted brief.
"$bin" import assets/sample.md >/dev/null
"$bin" brief new --title "Valmora talks stall over the Dorna corridor; technical contacts continue" \
	--from 1 --suggest --author "Demo analyst" --handling TLP:AMBER >/dev/null

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb_pid=$!
sleep 1
DISPLAY="$display" "$bin" &
app_pid=$!
sleep 5
DISPLAY="$display" import -window root "$out/desk.png"

# Search for a term, then open the first hit in the reader.
DISPLAY="$display" xdotool mousemove 150 75 click 1 type --delay 40 "corridor"
sleep 2
DISPLAY="$display" import -window root "$out/search.png"
DISPLAY="$display" xdotool mousemove 200 245 click 1
sleep 2
DISPLAY="$display" import -window root "$out/reader.png"

# The brief's page preview tab.
DISPLAY="$display" xdotool mousemove 876 130 click 1
sleep 2
DISPLAY="$display" import -window root "$out/preview.png"
echo "screenshots in $out:"
ls -1 "$out"
