#!/usr/bin/env bash
# The parts the test suite compares against or runs on: the reference client, runsc registered
# with the engine, sshd (with ssh and ssh-keygen), the two test registries, zsh and fish (the
# completion scripts are driven in them). Prints one line per
# missing part. Exit 0 when all are there; otherwise 1 under CI=true (where they must be: the
# machines are provisioned with them), else 0 with a warning (the tests that need a missing part
# are reported as skipped: tests/common/need.rs).
set -uo pipefail
reference=${HVDOCK_TEST_REFERENCE_DOCKER:-/usr/local/bin/docker}
missing=()
[ -x "$reference" ] || missing+=("the reference client $reference")
docker_cli=$reference
[ -x "$docker_cli" ] || docker_cli=/usr/local/bin/docker
"$docker_cli" info --format '{{json .Runtimes}}' 2>/dev/null | grep -q '"runsc"' \
  || missing+=("runtime runsc registered with the engine")
{ [ -x /usr/sbin/sshd ] && command -v ssh >/dev/null && command -v ssh-keygen >/dev/null; } \
  || missing+=("sshd, ssh and ssh-keygen")
for sh in zsh fish; do
  command -v "$sh" >/dev/null || missing+=("$sh")
done
for port in 5000 5001; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/v2/" || true)
  case "$code" in 200 | 401) ;; *) missing+=("a registry on 127.0.0.1:$port") ;; esac
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "${CI:-}" = true ]; then
  echo "CI=true and required parts are missing:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 1
fi
echo "warning: missing (the tests that need them will be reported as skipped):" >&2
printf '  - %s\n' "${missing[@]}" >&2
exit 0
