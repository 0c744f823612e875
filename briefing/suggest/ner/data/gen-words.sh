#!/usr/bin/env bash
# Regenerates english-words.txt from the Debian package wamerican (SCOWL,
# see NOTICE): apt-get install wamerican.
set -e
cd "$(dirname "$0")"
grep -E '^[a-z]+$' /usr/share/dict/american-english | LC_ALL=C sort -u > english-words.txt
