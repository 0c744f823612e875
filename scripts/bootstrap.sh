#!/usr/bin/env bash
# bootstrap.sh installs the system packages Briefdesk needs to build, run and test.
# Usage: scripts/bootstrap.sh [build|test]
#   build: C toolchain and X11/GL headers for Fyne (GLFW is C code compiled through cgo).
#   test:  the build set plus Xvfb (real-window screenshots), poppler-utils (PDF read-back) and
#          PostgreSQL (the storage tests start a throwaway server: postgresql-contrib has unaccent).
# It only installs what is missing, so a second run costs a few dpkg queries.
set -euo pipefail

mode="${1:-build}"

build_pkgs=(gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev
	libxinerama-dev libxi-dev libxxf86vm-dev)
test_pkgs=(xvfb xauth poppler-utils imagemagick xdotool sqlite3 postgresql postgresql-contrib)

case "$(uname -s)" in
Darwin)
	echo "macOS: install the Xcode command line tools (xcode-select --install) and Go 1.26;"
	echo "       for tests: brew install poppler (and postgresql@15 for the PostgreSQL half,"
	echo "       which is skipped without it). Nothing else is needed."
	exit 0
	;;
MINGW* | MSYS* | CYGWIN*)
	echo "Windows: install Go 1.26 and a gcc for cgo (MSYS2 mingw-w64-x86_64-gcc or TDM-GCC);"
	echo "         for tests: poppler (MSYS2 mingw-w64-x86_64-poppler)."
	exit 0
	;;
esac

pkgs=("${build_pkgs[@]}")
if [[ "$mode" == "test" ]]; then
	pkgs+=("${test_pkgs[@]}")
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
	echo "bootstrap: no dpkg here; install the equivalents of: ${pkgs[*]}" >&2
	exit 0
fi

missing=()
for p in "${pkgs[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing+=("$p")
	fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
	exit 0
fi

sudo=""
if [[ "$(id -u)" -ne 0 ]]; then
	sudo="sudo"
fi
echo "bootstrap: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "bootstrap: done"
