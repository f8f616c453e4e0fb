#!/usr/bin/env bash
# The open protocol, checked by standard tools: assets/protocol/openapi.yaml must pass
# openapi-spec-validator, and schemathesis (seeded, bounded) must find no failure against a live
# `coverready-intake serve` on 127.0.0.1, on SQLite and, where PostgreSQL's binaries are
# installed (.ci/setup installs them), on PostgreSQL. Called by .ci/test; run it alone as
#   bash tests/protocol/check-openapi.sh [path/to/coverready-intake]
# Everything it makes is under test-output/protocol/ (the venv is kept and reused).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$PATH"

OPENAPI_SPEC_VALIDATOR_VERSION=0.9.0
SCHEMATHESIS_VERSION=4.32.5
SEED=20261204
MAX_EXAMPLES=20

OUT=$ROOT/test-output/protocol
VENV=$ROOT/test-output/protocol-venv
mkdir -p "$OUT"

say() { printf 'check-openapi: %s\n' "$*"; }

if ! "$VENV/bin/python" -c 'import schemathesis, openapi_spec_validator' 2>/dev/null ||
  [ "$("$VENV/bin/st" --version 2>/dev/null | awk '{print $NF}')" != "$SCHEMATHESIS_VERSION" ]; then
  say "installing openapi-spec-validator $OPENAPI_SPEC_VALIDATOR_VERSION and schemathesis $SCHEMATHESIS_VERSION in $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check \
    "openapi-spec-validator==$OPENAPI_SPEC_VALIDATOR_VERSION" "schemathesis==$SCHEMATHESIS_VERSION"
fi

say "openapi-spec-validator assets/protocol/openapi.yaml"
"$VENV/bin/openapi-spec-validator" assets/protocol/openapi.yaml

# The server, and the example that holds a throwaway PostgreSQL cluster (the tests' own).
# and the one that sends a real signed package (test data for the status and withdrawal calls).
cargo build --quiet -p coverready-intake --bin coverready-intake --example pg_cluster --example submit_one
TARGET_DIR=${CARGO_TARGET_DIR:-target}
INTAKE=$TARGET_DIR/debug/coverready-intake
PG_CLUSTER=$TARGET_DIR/debug/examples/pg_cluster
SUBMIT_ONE=$TARGET_DIR/debug/examples/submit_one

SERVER_PID=
PG_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  if [ -n "$PG_PID" ]; then kill "$PG_PID" 2>/dev/null || true; wait "$PG_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# run_against NAME --data-dir DIR|--database URL [MORE_SERVE_ARGS...]: one server, one
# schemathesis run, server stopped.
run_against() {
  local name=$1 store_flag=$2 store=$3
  shift
  local dir=$OUT/$name
  rm -rf "$dir"
  mkdir -p "$dir/data"
  local token
  token=$("$INTAKE" token create --tenant default "$store_flag" "$store" 2>"$dir/token.log")
  local port
  port=$(free_port)
  # Limits raised for the fuzzer, which sends everything from 127.0.0.1 and, on purpose, many
  # refused packages: the defaults (20 refused per address, then 429) would answer most
  # requests with 429, which is documented but tests nothing.
  "$INTAKE" serve --listen "127.0.0.1:$port" "$@" \
    --refused-per-minute 100000 --refused-burst 100000 \
    --rate-per-minute 100000 --rate-burst 100000 \
    >"$dir/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 100); do
    grep -q 'listening on' "$dir/server.log" 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    sleep 0.1
  done
  # One real submission: schemathesis.toml gives its id to GET and DELETE
  # /api/v1/submissions/{id}, so they answer 200 (checked against submission-status.schema.json)
  # and 403 instead of only 404.
  COVERREADY_SUBMISSION_ID=$("$SUBMIT_ONE" "http://127.0.0.1:$port")
  export COVERREADY_SUBMISSION_ID
  say "schemathesis against $name (http://127.0.0.1:$port, seed $SEED, at most $MAX_EXAMPLES examples an operation)"
  # --checks all, none excluded; tests/protocol/schemathesis.toml widens what
  # positive_data_acceptance accepts for the submit operations, and says why.
  # From $dir: schemathesis keeps its cache in the folder it runs in. No examples phase: the
  # spec has no examples to replay.
  local status=0
  (cd "$dir" && "$VENV/bin/st" --config-file "$ROOT/tests/protocol/schemathesis.toml" \
    run "$ROOT/assets/protocol/openapi.yaml" \
    --url "http://127.0.0.1:$port" \
    --header "Authorization: Bearer $token" \
    --checks all \
    --phases coverage,fuzzing,stateful \
    --seed "$SEED" --generation-database none \
    --max-examples "$MAX_EXAMPLES" \
    --workers 1 \
    --request-timeout 20 \
    --report junit --report-dir "$dir") \
    2>&1 | tee "$dir/schemathesis.log" || status=$?
  kill "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=
  [ "$status" -eq 0 ] || { say "$name: schemathesis failed (see $dir)"; exit 1; }
}

run_against sqlite --data-dir "$OUT/sqlite/data"

# PostgreSQL: a cluster of its own, the same run. No PostgreSQL binaries is a failure (pg_cluster
# says what to install), never a quiet skip.
# (The old URL goes first: the redirection below happens in the child, after this shell moved on.)
rm -f "$OUT/pg-url"
"$PG_CLUSTER" >"$OUT/pg-url" 2>"$OUT/pg-cluster.log" &
PG_PID=$!
for _ in $(seq 600); do
  [ -s "$OUT/pg-url" ] && break
  kill -0 "$PG_PID" 2>/dev/null || { cat "$OUT/pg-cluster.log" >&2; exit 1; }
  sleep 0.1
done
[ -s "$OUT/pg-url" ] || { say "the PostgreSQL test cluster did not start in 60 s"; exit 1; }
run_against postgres --database "$(cat "$OUT/pg-url")" \
  --receipt-key "$OUT/postgres/receipt-key.ed25519" --data-dir "$OUT/postgres/data"
kill "$PG_PID"
wait "$PG_PID" 2>/dev/null || true
PG_PID=
say "all passed"
