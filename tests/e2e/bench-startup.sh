#!/usr/bin/env bash
# Benchmark (not a test): cold start of the release app to an interactive home screen under Xvfb
# (from exec to the UI's ready report), the UI bundle size, and the back end's answer latency.
#   usage: bench-startup.sh [RUNS]   (needs target/release/coverready-app and ui/dist)
set -uo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-10}
APP=target/release/coverready-app
[ -x "$APP" ] || { echo "build it first: cargo build --release -p coverready-app" >&2; exit 2; }
display=170
while [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!; export DISPLAY=":$display"; trap 'kill $XVFB 2>/dev/null' EXIT; sleep 0.5
D=$(mktemp -d)
target/release/coverready --data-dir "$D" org add --name "Bench" >/dev/null 2>&1 || true
times=()
for i in $(seq "$RUNS"); do
  start=$(date +%s%N)
  "$APP" --data-dir "$D" --self-test --self-test-timeout 30 | grep -q COVERREADY_UI_READY
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "cold start to interactive home (ms, $RUNS runs): $(echo $sorted | tr '\n' ' ')"
echo "median: $(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p") ms"
js=$(cat ui/dist/assets/*.js | gzip -9 | wc -c); css=$(cat ui/dist/assets/*.css | gzip -9 | wc -c)
echo "UI bundle gzipped: JS $js bytes, CSS $css bytes"
cargo run -q --release -p coverready-core --example answer_latency
