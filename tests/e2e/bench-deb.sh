#!/usr/bin/env bash
# The Linux installer, measured and installed for real (a bench script, not CI: it installs a
# package on this machine). Prints the .deb's size against the 8 MiB goal, installs it with
# dpkg -i, checks that both the app and the command line are on the PATH, and starts the
# installed app under Xvfb with --self-test.
#   usage: bench-deb.sh   (after: cargo build --release -p coverready-cli && ui/node_modules/.bin/tauri build --bundles deb)
set -euo pipefail
cd "$(dirname "$0")/../.."
deb=$(ls -t "${CARGO_TARGET_DIR:-target}"/release/bundle/deb/*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "no .deb: build it first (see the usage line)" >&2; exit 2; }
size=$(stat -c %s "$deb")
goal=$((8 * 1024 * 1024))
echo "deb: $deb"
echo "size: $size bytes ($(awk "BEGIN{printf \"%.2f\", $size/1048576}") MiB; goal 8 MiB: $([ "$size" -le "$goal" ] && echo within || echo OVER))"
echo "contents:"; dpkg-deb -c "$deb" | awk '{print $3, $6}' | grep -E 'bin/|\.desktop' || true
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
$SUDO dpkg -i "$deb" >/dev/null
command -v coverready-app >/dev/null && command -v coverready >/dev/null
coverready --version
data=$(mktemp -d)
start=$(date +%s%N)
xvfb-run -a env WEBKIT_DISABLE_DMABUF_RENDERER=1 coverready-app --data-dir "$data" --self-test
echo "installed app self-test: ok in $(( ($(date +%s%N) - start) / 1000000 )) ms"
