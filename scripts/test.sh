#!/usr/bin/env bash
# Sets up everything from nothing (engine, runsc, test image) and runs hvdock's whole test suite.
#
# A test that cannot run a part of what it checks (no reference client, no runsc, ...) records
# `SKIP <crate>::<test> <reason>` in $HVDOCK_SKIP_FILE (tests/common/need.rs); the summary counts
# those tests as skipped, not passed, and lists them. Under CI=true a missing reference client,
# runsc, sshd or registry fails the run before any test starts (and in any test that needs it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/provision.sh
export CARGO_TERM_COLOR=never

# Under CI=true a missing reference client, runsc, sshd or registry fails here, before any test.
bash scripts/check-parts.sh

HVDOCK_SKIP_FILE=$(mktemp /tmp/hvdock-skips.XXXXXX)
export HVDOCK_SKIP_FILE
# Integration tests share one engine; two threads keep the 2-core machines busy without starving
# the sandbox runtime.
# What exists before the tests: whatever they add and leave is listed after the summary.
before=$(mktemp /tmp/hvdock-before.XXXXXX)
bash scripts/leftovers.sh snapshot "$before"
set +e
cargo test --locked --all-targets --no-fail-fast -- --test-threads="${HVDOCK_TEST_THREADS:-2}" 2>&1 | tee /tmp/hvdock-test.log
status=${PIPESTATUS[0]}
set -e
echo
echo "== hvdock test summary =="
bash scripts/test-summary.sh /tmp/hvdock-test.log "$HVDOCK_SKIP_FILE"
rm -f "$HVDOCK_SKIP_FILE"
# Tests remove what they create: under CI a leftover fails the run.
if ! bash scripts/leftovers.sh compare "$before" && [ "${CI:-}" = true ] && [ "$status" = 0 ]; then
  status=1
fi
rm -f "$before"
exit "$status"
