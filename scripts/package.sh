#!/usr/bin/env bash
# package.sh builds a desktop package (a tar.xz with the binary, the .desktop
# file and the icon on Linux) carrying FyneApp.toml's name, ID, version and icon.
# `fyne package` reads FyneApp.toml from the main package's folder, so the
# file is copied there for the run and removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
FYNE_TOOLS_VERSION="v1.7.4"
mkdir -p dist
cp FyneApp.toml cmd/briefdesk/FyneApp.toml
cp assets/Icon.png cmd/briefdesk/Icon.png
sed -i 's#Icon = "assets/Icon.png"#Icon = "Icon.png"#' cmd/briefdesk/FyneApp.toml
trap 'rm -f cmd/briefdesk/FyneApp.toml cmd/briefdesk/Icon.png' EXIT
(cd cmd/briefdesk && go run "fyne.io/tools/cmd/fyne@${FYNE_TOOLS_VERSION}" package \
	--target linux --tags "sqlite_fts5,migrated_fynedo" --release)
mv cmd/briefdesk/*.tar.xz dist/ 2>/dev/null || true
ls -la dist
