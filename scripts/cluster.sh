#!/usr/bin/env bash
# A real multi-node Docker Swarm on one machine, for hvdock's cluster tests and demos.
#
#   HVDOCK_CLUSTER=<prefix> HVDOCK_CLUSTER_NET=<a.b.c> bash scripts/cluster.sh up [N]
#   HVDOCK_CLUSTER=<prefix> bash scripts/cluster.sh down
#   HVDOCK_CLUSTER=<prefix> bash scripts/cluster.sh status
#
# `up` starts N (default 2, at most 3) dockerd engines, each in a network namespace of its own
# (`<prefix>1..N`, entered with `nsenter --net`, see ../shared/docs/multi-node.md) and a UTS
# namespace whose hostname is `<prefix>I`. Every node has a veth `eth0` with address
# `<a.b.c>.I/24`, plugged into a bridge `br0` that lives in the namespace `<prefix>br`.
# Engine I listens on unix:///run/<prefix>I.sock, keeps its data under /var/lib/<prefix>I, its
# exec-root under /run/<prefix>I, its pid in /run/<prefix>I.pid, its log in /run/<prefix>I.log.
# Node 1 is the manager (`swarm init --advertise-addr <a.b.c>.1`), the others join as workers.
# Node 2's default runtime is runsc (registered as in /etc/docker/daemon.json) and the manager
# gives it the node label io.hvdock.isolation=hyperv. The image hvdock-test/busybox:latest is
# loaded into every node. `up` waits until every node is Ready, is idempotent, writes
# /run/<prefix>.env and prints the same `export` lines:
#   HVDOCK_CLUSTER=<prefix> HVDOCK_CLUSTER_NODES=N MANAGER_HOST=unix:///run/<prefix>1.sock
#   NODEi_HOST=unix:///run/<prefix>i.sock NODEi_ADDR=<a.b.c>.i NODEi_ID=<swarm node id>
#   NODEi_NAME=<prefix>i (the node's hostname)
# `down` stops every engine (and its containerd, shims and sandboxes) by pid, unmounts what they
# left, deletes the namespaces (and with them the veths and the bridge), the data, the sockets
# and the env file; it also cleans up after a half-failed `up` (up runs down itself on failure).
#
# Defaults: prefix hvsw, net 10.213.7. Uses the reference client /usr/local/bin/docker.
set -Eeuo pipefail

PREFIX="${HVDOCK_CLUSTER:-hvsw}"
NET="${HVDOCK_CLUSTER_NET:-10.213.7}"
DOCKER="${HVDOCK_CLUSTER_DOCKER:-/usr/local/bin/docker}"
IMAGE="hvdock-test/busybox:latest"
MAX=3
LABEL="io.hvdock.isolation=hyperv"

die() { echo "cluster.sh: $*" >&2; exit 1; }

[[ "$PREFIX" =~ ^[a-z][a-z0-9]{0,7}$ ]] || die "HVDOCK_CLUSTER must be 1-8 lowercase letters/digits, starting with a letter"
[[ "$NET" =~ ^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$ ]] || die "HVDOCK_CLUSTER_NET must look like a.b.c"
[ "$(id -u)" = 0 ] || die "must run as root"

BRNS="${PREFIX}br"
ENVFILE="/run/${PREFIX}.env"

sock() { echo "unix:///run/${PREFIX}$1.sock"; }
dk() { local i=$1; shift; "$DOCKER" -H "$(sock "$i")" "$@"; }

# Serialise up/down of the same prefix (tests may race on it).
exec 9>"/run/${PREFIX}.lock"
flock 9

node_alive() {
  local pidf="/run/${PREFIX}$1.pid"
  [ -s "$pidf" ] && kill -0 "$(cat "$pidf")" 2>/dev/null
}

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local secs=$1 what=$2; shift 2
  local deadline=$((SECONDS + secs))
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "cluster.sh: timed out waiting for $what" >&2; return 1; }
    sleep 0.2
  done
}

# Pids of processes belonging to node I: in its network namespace, or naming its roots.
node_pids() {
  local i=$1 ns="${PREFIX}$1"
  {
    [ -e "/run/netns/$ns" ] && ip netns pids "$ns" 2>/dev/null
    grep -lzsE "(/run|/var/lib)/${PREFIX}${i}(/|\$)" /proc/[0-9]*/cmdline | cut -d/ -f3
  } | sort -un | grep -vx "$$" || true
}

term_engine() {
  local pidf="/run/${PREFIX}$1.pid"
  [ -s "$pidf" ] && kill -TERM "$(cat "$pidf")" 2>/dev/null || true
}

stop_node() {
  local i=$1 pidf="/run/${PREFIX}$1.pid" pid
  if [ -s "$pidf" ]; then
    pid=$(cat "$pidf")
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      local deadline=$((SECONDS + 20))
      while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  # containerd, shims and sandboxes that outlived their dockerd
  local pids
  pids=$(node_pids "$i")
  if [ -n "$pids" ]; then
    # shellcheck disable=SC2086
    kill -TERM $pids 2>/dev/null || true
    local deadline=$((SECONDS + 5))
    while [ -n "$(node_pids "$i")" ] && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
    pids=$(node_pids "$i")
    # shellcheck disable=SC2086
    [ -z "$pids" ] || kill -KILL $pids 2>/dev/null || true
  fi
  # mounts the engine left (overlay layers, netns bind mounts, shm), deepest first
  local m
  for m in $(awk '{print $5}' /proc/self/mountinfo | grep -E "^(/run|/var/lib)/${PREFIX}${i}(/|$)" | sort -r); do
    umount -l "$m" 2>/dev/null || true
  done
  [ -e "/run/netns/${PREFIX}$i" ] && ip netns del "${PREFIX}$i" 2>/dev/null || true
  rm -rf --one-file-system "/var/lib/${PREFIX}$i" "/run/${PREFIX}$i" "/etc/${PREFIX}$i"
  rm -f "/run/${PREFIX}$i.sock" "$pidf" "/run/${PREFIX}$i.log"
}

down() {
  local i
  for i in $(seq 1 "$MAX"); do term_engine "$i"; done # in parallel, then one by one
  for i in $(seq 1 "$MAX"); do stop_node "$i"; done
  [ -e "/run/netns/$BRNS" ] && ip netns del "$BRNS" 2>/dev/null || true
  rm -f "$ENVFILE"
}

setup_net() {
  local i=$1 ns="${PREFIX}$1"
  if [ ! -e "/run/netns/$BRNS" ]; then
    ip netns add "$BRNS"
    ip -n "$BRNS" link set lo up
    ip -n "$BRNS" link add br0 type bridge
    ip -n "$BRNS" link set br0 up
  fi
  if [ ! -e "/run/netns/$ns" ]; then
    ip netns add "$ns"
    ip -n "$ns" link set lo up
  fi
  if ! ip -n "$ns" link show eth0 >/dev/null 2>&1; then
    ip -n "$BRNS" link del "p$i" 2>/dev/null || true
    ip -n "$BRNS" link add "p$i" type veth peer name eth0 netns "$ns"
    ip -n "$BRNS" link set "p$i" master br0 up
    ip -n "$ns" addr add "$NET.$i/24" dev eth0
    ip -n "$ns" link set eth0 up
  fi
}

write_config() {
  local i=$1 dir="/etc/${PREFIX}$1"
  mkdir -p "$dir"
  if [ "$i" = 2 ]; then
    local args
    args=$(python3 -c 'import json,sys; r=json.load(open("/etc/docker/daemon.json"))["runtimes"]["runsc"]; print(json.dumps(r))' 2>/dev/null) ||
      args='{"path": "/usr/bin/runsc", "runtimeArgs": ["--network=host", "--ignore-cgroups"]}'
    printf '{\n  "runtimes": {"runsc": %s},\n  "default-runtime": "runsc"\n}\n' "$args" >"$dir/daemon.json"
  else
    echo '{}' >"$dir/daemon.json"
  fi
}

start_node() {
  local i=$1 ns="${PREFIX}$1"
  node_alive "$i" && dk "$i" version >/dev/null 2>&1 && return 0
  setup_net "$i"
  write_config "$i"
  mkdir -p "/var/lib/$ns" "/run/$ns"
  rm -f "/run/$ns.sock"
  nsenter --net="/run/netns/$ns" unshare --uts sh -c 'hostname "$1"; shift; exec setsid "$@"' sh "$ns" \
    dockerd --data-root "/var/lib/$ns" --exec-root "/run/$ns" --pidfile "/run/$ns.pid" \
    -H "$(sock "$i")" --config-file "/etc/$ns/daemon.json" >"/run/$ns.log" 2>&1 </dev/null 9>&- &
}

swarm_state() { dk "$1" info --format '{{.Swarm.LocalNodeState}}' 2>/dev/null; }

up() {
  local n=$1 i
  for i in $(seq 1 "$n"); do start_node "$i"; done
  for i in $(seq 1 "$n"); do
    wait_for 60 "engine ${PREFIX}$i (log: /run/${PREFIX}$i.log)" dk "$i" version ||
      { tail -n 20 "/run/${PREFIX}$i.log" >&2 || true; return 1; }
  done
  for i in $(seq 1 "$n"); do
    dk "$i" image inspect "$IMAGE" >/dev/null 2>&1 || "$DOCKER" save "$IMAGE" | dk "$i" load -q >/dev/null
  done
  if [ "$(swarm_state 1)" != active ]; then
    dk 1 swarm init --advertise-addr "$NET.1" >/dev/null
  fi
  local token
  token=$(dk 1 swarm join-token -q worker)
  for i in $(seq 2 "$n"); do
    if [ "$(swarm_state "$i")" != active ]; then
      dk "$i" swarm join --advertise-addr "$NET.$i" --token "$token" "$NET.1:2377" >/dev/null
    fi
  done
  local ids=()
  for i in $(seq 1 "$n"); do
    ids[i]=$(dk "$i" info --format '{{.Swarm.NodeID}}')
    [ -n "${ids[i]}" ] || die "node ${PREFIX}$i has no swarm node ID"
  done
  ready() {
    local id
    for id in "${ids[@]}"; do
      [ "$(dk 1 node inspect --format '{{.Status.State}}' "$id" 2>/dev/null)" = ready ] || return 1
    done
  }
  wait_for 90 "every node Ready" ready
  if [ "$n" -ge 2 ]; then
    dk 1 node update --label-add "$LABEL" "${ids[2]}" >/dev/null
  fi
  local out="HVDOCK_CLUSTER=$PREFIX
HVDOCK_CLUSTER_NODES=$n
MANAGER_HOST=$(sock 1)"
  for i in $(seq 1 "$n"); do
    out+="
NODE${i}_HOST=$(sock "$i")
NODE${i}_ADDR=$NET.$i
NODE${i}_ID=${ids[i]}
NODE${i}_NAME=${PREFIX}$i"
  done
  echo "$out" >"$ENVFILE.tmp" && mv "$ENVFILE.tmp" "$ENVFILE"
  sed 's/^/export /' "$ENVFILE"
}

status() {
  local i
  for i in $(seq 1 "$MAX"); do
    if node_alive "$i"; then
      echo "${PREFIX}$i: up ($(sock "$i")), swarm $(swarm_state "$i" || echo '?')"
    fi
  done
  [ -e "$ENVFILE" ] && cat "$ENVFILE"
  return 0
}

case "${1:-}" in
  up)
    N="${2:-2}"
    [[ "$N" =~ ^[1-3]$ ]] || die "N must be 1, 2 or 3"
    # nodes beyond N from an earlier, larger cluster go away
    for i in $(seq $((N + 1)) "$MAX"); do
      if node_alive "$i" || [ -e "/run/netns/${PREFIX}$i" ]; then
        id=$(dk "$i" info --format '{{.Swarm.NodeID}}' 2>/dev/null || true)
        stop_node "$i"
        [ -z "$id" ] || dk 1 node rm --force "$id" >/dev/null 2>&1 || true
      fi
    done
    # errexit is off inside a function called from `if`, so a failure is caught by a trap
    failed() { # only the main shell cleans up, not a failing $(...) subshell
      local rc=$1
      trap - ERR INT TERM
      [ "$BASHPID" = "$$" ] || exit "$rc"
      echo "cluster.sh: up failed; cleaning up" >&2
      down
      exit "$rc"
    }
    trap 'failed $?' ERR
    trap 'failed 130' INT TERM
    up "$N"
    trap - ERR INT TERM
    ;;
  down) down ;;
  status) status ;;
  *) die "usage: HVDOCK_CLUSTER=<prefix> HVDOCK_CLUSTER_NET=<a.b.c> $0 up [N] | down | status" ;;
esac
