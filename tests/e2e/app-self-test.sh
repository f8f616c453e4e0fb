#!/usr/bin/env bash
# End to end in the real desktop app under Xvfb. The app's --self-test mode exits 0 once the UI
# has rendered a screen and reported it (screen, language, organisation names as displayed), so
# these checks prove the front end, the IPC and the store work together. Screenshots are kept in
# test-output/ for people to look at.
#   usage: app-self-test.sh APP_BINARY CLI_BINARY
set -uo pipefail
APP=$(realpath "$1"); CLI=$(realpath "$2")
cd "$(dirname "$0")/../.."
OUT=test-output/e2e; mkdir -p "$OUT"
WORK=$(mktemp -d); trap 'kill "$XVFB_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
passed=0; failed=0

display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY=":$display"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
sleep 0.5

check() { # name, command...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}

# Runs the app in self-test mode, saves a screenshot, prints the UI's report line.
run_app() { # data_dir, lang, screenshot name
  local log="$WORK/app.log"
  "$APP" --data-dir "$1" --lang "$2" --self-test --self-test-timeout 60 --self-test-hold-ms 1500 >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 600); do grep -q COVERREADY_UI_READY "$log" && break; kill -0 $pid 2>/dev/null || break; sleep 0.1; done
  sleep 0.7
  if command -v import >/dev/null 2>&1; then import -window root -crop 1100x760+0+0 "$OUT/$3.png" 2>/dev/null; fi
  wait $pid; local rc=$?
  grep COVERREADY_UI_READY "$log" | head -n 1
  [ $rc -eq 0 ] || { echo "app exited with $rc" >&2; cat "$log" >&2; }
}

# 1. An organisation added by the CLI shows in the app, in both languages.
D="$WORK/shared"
"$CLI" --data-dir "$D" org add --name "北京示例科技有限公司" --industry professional --headcount 30 >/dev/null
for lang in zh-CN en-US; do
  report=$(run_app "$D" "$lang" "home-$lang")
  check "home screen rendered in $lang" grep -q "\"screen\":\"home\"" <<<"$report"
  check "language is $lang" grep -q "\"language\":\"$lang\"" <<<"$report"
  check "CLI-added organisation listed ($lang)" grep -q "北京示例科技有限公司" <<<"$report"
done

# 2. First run on an empty data folder: the example organisation, named in the UI language.
report=$(run_app "$WORK/fresh" zh-CN "first-run-zh-CN")
check "first run seeds the example organisation" grep -q "示例商贸有限公司" <<<"$report"
check "the app's store is visible to the CLI" bash -c "'$CLI' --data-dir '$WORK/fresh' --json org list | grep -q 示例商贸有限公司"

# 3. A damaged store: the app starts, explains, and does not touch the file.
mkdir -p "$WORK/damaged"
head -c 20000 /dev/urandom >"$WORK/damaged/coverready.sqlite3"
sum_before=$(sha256sum "$WORK/damaged/coverready.sqlite3" | cut -d' ' -f1)
report=$(run_app "$WORK/damaged" en-US "store-corrupt-en-US")
check "damaged store shows the recovery screen" grep -q "\"screen\":\"store-corrupt\"" <<<"$report"
check "damaged store left untouched" test "$sum_before" = "$(sha256sum "$WORK/damaged/coverready.sqlite3" | cut -d' ' -f1)"

echo
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
