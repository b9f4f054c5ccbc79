#!/usr/bin/env bash
# Sets up everything from nothing (engine, runsc, test image) and runs hvdock's whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/provision.sh
export CARGO_TERM_COLOR=never
# Integration tests share one engine; two threads keep the 2-core machines busy without starving
# the sandbox runtime.
set +e
cargo test --locked --all-targets --no-fail-fast -- --test-threads="${HVDOCK_TEST_THREADS:-2}" 2>&1 | tee /tmp/hvdock-test.log
status=${PIPESTATUS[0]}
set -e
echo
echo "== hvdock test summary =="
awk '/^test result:/ { p += $4; f += $6; i += $8 } END { printf "%d passed, %d failed, %d skipped\n", p, f, i }' /tmp/hvdock-test.log
exit "$status"
