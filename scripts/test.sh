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

# The parts the suite compares against or runs on. Missing under CI=true: fail, never skip.
missing_parts() {
  [ -x /usr/local/bin/docker ] || echo "the reference client /usr/local/bin/docker"
  /usr/local/bin/docker info --format '{{json .Runtimes}}' 2>/dev/null | grep -q '"runsc"' \
    || echo "runtime runsc registered with the engine"
  { [ -x /usr/sbin/sshd ] && command -v ssh >/dev/null && command -v ssh-keygen >/dev/null; } \
    || echo "sshd, ssh and ssh-keygen"
  local port code
  for port in 5000 5001; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/v2/" || true)
    case "$code" in 200 | 401) ;; *) echo "a registry on 127.0.0.1:$port" ;; esac
  done
}
missing=$(missing_parts)
if [ -n "$missing" ]; then
  if [ "${CI:-}" = true ]; then
    echo "CI=true and required parts are missing:" >&2
    echo "$missing" | sed 's/^/  - /' >&2
    exit 1
  fi
  echo "warning: missing (the tests that need them will be reported as skipped):" >&2
  echo "$missing" | sed 's/^/  - /' >&2
fi

HVDOCK_SKIP_FILE=$(mktemp /tmp/hvdock-skips.XXXXXX)
export HVDOCK_SKIP_FILE
# Integration tests share one engine; two threads keep the 2-core machines busy without starving
# the sandbox runtime.
set +e
cargo test --locked --all-targets --no-fail-fast -- --test-threads="${HVDOCK_TEST_THREADS:-2}" 2>&1 | tee /tmp/hvdock-test.log
status=${PIPESTATUS[0]}
set -e
echo
echo "== hvdock test summary =="
bash scripts/test-summary.sh /tmp/hvdock-test.log "$HVDOCK_SKIP_FILE"
rm -f "$HVDOCK_SKIP_FILE"
exit "$status"
