#!/usr/bin/env bash
# Provisions the real engine hvdock's tests and demo run against, idempotently:
#   - installs what is missing (docker.io, runsc, busybox-static, docker-registry, tmux, hyperfine,
#     zsh and fish for the completion tests)
#   - registers gVisor as runtime "runsc" in /etc/docker/daemon.json (merged, never clobbered)
#   - starts dockerd when none answers, or reloads it (SIGHUP) when only the runtime is missing
#   - imports the test image hvdock-test/busybox:latest built from busybox-static
# Safe to run again and again; prints one line per step.
set -euo pipefail

IMAGE=${HVDOCK_TEST_IMAGE:-hvdock-test/busybox:latest}
SOCK=/var/run/docker.sock
DAEMON_JSON=/etc/docker/daemon.json
LOG=/var/log/hvdock-dockerd.log
PACKAGES=(docker.io runsc busybox-static docker-registry apache2-utils tmux hyperfine iptables python3 openssh-server curl time jq zsh fish)

say() { printf 'provision: %s\n' "$*"; }
die() { printf 'provision: error: %s\n' "$*" >&2; exit 1; }

missing=()
for p in "${PACKAGES[@]}"; do
  case "$p" in
    python3) command -v python3 >/dev/null 2>&1 && continue ;;
  esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "missing packages (${missing[*]}) and not root: install them or run as root"
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  # No package may start a service of its own here (sshd, registry): the tests start what they
  # need, on loopback.
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  rm -f /usr/sbin/policy-rc.d
fi

# The Go client for bootstrap steps (import) and differential tests: the reference client when present.
DOCKER=$(command -v /usr/local/bin/docker || command -v docker) || die "no docker client found"

runsc_path=$(command -v runsc) || die "runsc not found after install"
mkdir -p /etc/docker
changed=$(python3 - "$DAEMON_JSON" "$runsc_path" <<'PY'
import json, os, sys
path, runsc = sys.argv[1], sys.argv[2]
try:
    with open(path) as f:
        cfg = json.load(f)
except FileNotFoundError:
    cfg = {}
want = {"path": runsc, "runtimeArgs": ["--network=host", "--ignore-cgroups"]}
runtimes = cfg.setdefault("runtimes", {})
if runtimes.get("runsc") == want:
    print("no")
else:
    runtimes["runsc"] = want
    tmp = path + ".hvdock-tmp"
    with open(tmp, "w") as f:
        json.dump(cfg, f, indent=2)
        f.write("\n")
    os.replace(tmp, path)
    print("yes")
PY
)
[ "$changed" = yes ] && say "registered runsc in $DAEMON_JSON"

answers() { "$DOCKER" -H "unix://$SOCK" version --format '{{.Server.Version}}' >/dev/null 2>&1; }
has_runsc() { "$DOCKER" -H "unix://$SOCK" info --format '{{json .Runtimes}}' 2>/dev/null | grep -q '"runsc"'; }

if answers; then
  if ! has_runsc; then
    say "reloading dockerd so it sees runsc"
    pkill -HUP -x dockerd || die "dockerd answers but cannot be signalled; restart it so it reads $DAEMON_JSON"
    for _ in $(seq 50); do has_runsc && break; sleep 0.2; done
    has_runsc || die "dockerd did not pick up runsc from $DAEMON_JSON"
  fi
else
  [ "$(id -u)" = 0 ] || die "no dockerd answers at $SOCK and not root: start one"
  say "starting dockerd (log: $LOG)"
  # containerd is started by dockerd itself when no system one runs.
  setsid nohup dockerd >"$LOG" 2>&1 </dev/null &
  for _ in $(seq 150); do answers && break; sleep 0.2; done
  answers || { tail -20 "$LOG" >&2; die "dockerd did not come up"; }
fi
say "dockerd $("$DOCKER" version --format '{{.Server.Version}}') answers with runtimes $("$DOCKER" info --format '{{range $k, $v := .Runtimes}}{{$k}} {{end}}')"

if ! "$DOCKER" image inspect "$IMAGE" >/dev/null 2>&1; then
  say "importing $IMAGE from busybox-static"
  root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/root" "$root/var/www"
  cp /bin/busybox "$root/bin/busybox"
  for applet in $("$root/bin/busybox" --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
  done
  chmod 1777 "$root/tmp"
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
  tar -C "$root" -c . | "$DOCKER" import \
    -c 'ENV PATH=/bin' -c 'CMD ["sh"]' -m 'hvdock test image: Debian busybox-static' - "$IMAGE" >/dev/null
fi
say "test image $IMAGE ready"

# --- Test registries (issue 6) -----------------------------------------------------------------
# Two docker-registry instances on loopback (dockerd treats 127.0.0.1 registries as insecure):
#   127.0.0.1:5000 plain, 127.0.0.1:5001 with htpasswd auth (scripts/registry/credentials).
# Configs live in scripts/registry/; storage under /var/lib/hvdock-registry. A registry started by
# an earlier session does not survive into CI, so each run starts whichever does not answer.
REGISTRY_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/registry" && pwd)
REGISTRY_STATE=/var/lib/hvdock-registry
# shellcheck source=registry/credentials
. "$REGISTRY_DIR/credentials"
registry_answers() { python3 - "$1" >/dev/null 2>&1 <<'PY'
import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen("http://127.0.0.1:%s/v2/" % sys.argv[1], timeout=2)
except urllib.error.HTTPError as e:
    sys.exit(0 if e.code == 401 else 1)
except Exception:
    sys.exit(1)
PY
}
mkdir -p "$REGISTRY_STATE/plain" "$REGISTRY_STATE/auth"
if ! htpasswd -vb "$REGISTRY_STATE/htpasswd" "$HVDOCK_REGISTRY_USER" "$HVDOCK_REGISTRY_PASSWORD" >/dev/null 2>&1; then
  htpasswd -Bbc "$REGISTRY_STATE/htpasswd" "$HVDOCK_REGISTRY_USER" "$HVDOCK_REGISTRY_PASSWORD" 2>/dev/null
  say "wrote $REGISTRY_STATE/htpasswd (bcrypt)"
fi
for spec in plain:5000 auth:5001; do
  name=${spec%%:*} port=${spec##*:}
  if ! registry_answers "$port"; then
    say "starting registry $name on 127.0.0.1:$port (log: /var/log/hvdock-registry-$name.log)"
    setsid nohup docker-registry serve "$REGISTRY_DIR/$name.yml" \
      >"/var/log/hvdock-registry-$name.log" 2>&1 </dev/null &
    for _ in $(seq 50); do registry_answers "$port" && break; sleep 0.2; done
    registry_answers "$port" || { tail -20 "/var/log/hvdock-registry-$name.log" >&2; die "registry $name did not come up"; }
  fi
done
say "registries answer on 127.0.0.1:5000 (plain) and 127.0.0.1:5001 (htpasswd)"
