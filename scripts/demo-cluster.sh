#!/usr/bin/env bash
# The seed's idea at cluster scale: starts a real 2-node Swarm on this machine (scripts/cluster.sh:
# each dockerd in a network namespace of its own; node 2 runs gVisor as its default runtime and is
# marked with the node label io.hvdock.isolation=hyperv), then places a hyperv and a process
# service with hvdock, shows where their tasks run and proves from the host which are visible.
# Tears the cluster down at the end, on success and on failure alike.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/provision.sh >/dev/null
if [ -z "${HVDOCK_BIN:-}" ]; then cargo build --release --quiet; fi
H=${HVDOCK_BIN:-$PWD/target/x86_64-unknown-linux-gnu/release/hvdock}
export HVDOCK_CLUSTER=${HVDOCK_CLUSTER:-hvdemo} HVDOCK_CLUSTER_NET=${HVDOCK_CLUSTER_NET:-10.213.20}
n=$((100000 + RANDOM))

trap 'bash scripts/cluster.sh down >/dev/null 2>&1 || true' EXIT
if [ -t 2 ]; then B=$'\033[1m' N=$'\033[0m'; else B='' N=''; fi
step() { printf '\n%s== %s%s\n$ %s\n' "$B" "$1" "$N" "$2" >&2; }
show() { step "$1" "${*:2}"; "${@:2}"; }

step "Start a real 2-node Swarm on this machine" "bash scripts/cluster.sh up 2"
eval "$(bash scripts/cluster.sh up 2)"
export DOCKER_HOST=$MANAGER_HOST

show "Which nodes may run hyperv tasks? (a manager set the node label)" \
  "$H" node ls --format 'table {{.Hostname}}\t{{.Status}}\t{{.Availability}}\t{{.Isolation}}'
show "A service whose tasks get their own kernel" \
  "$H" service create -q --name hvdemo-hyperv --replicas 2 --isolation=hyperv hvdock-test/busybox sleep "$n"
show "A service whose tasks share the host's kernel" \
  "$H" service create -q --name hvdemo-process --replicas 2 --isolation=process hvdock-test/busybox sleep "$((n + 1))"
show "Where did the tasks land?" \
  "$H" service ps --format 'table {{.Name}}\t{{.Node}}\t{{.CurrentState}}\t{{.Isolation}}' hvdemo-hyperv hvdemo-process
step "Which runtime runs each task container? (asked on each node's own engine)" \
  "hvdock -H \$NODEi_HOST ps --filter label=com.docker.swarm.service.name --format '{{.Names}} {{.Isolation}}'"
for i in 1 2; do
  host_var="NODE${i}_HOST"
  echo "node $i:" >&2
  "$H" -H "${!host_var}" ps --filter label=com.docker.swarm.service.name --format '  {{.Names}}  {{.Isolation}}'
done
step "The csrss demo: which workloads does the host's process table show?" "ps -eo args | grep 'sleep $n\\|sleep $((n + 1))'"
ps -eo args | grep -E "^sleep ($n|$((n + 1)))$" | sort | uniq -c || true
echo "(only the process service's 'sleep $((n + 1))' tasks are there; the hyperv 'sleep $n' tasks are not)" >&2
show "Move the process service onto sandbox nodes: a rolling update" \
  "$H" service update -q --isolation=hyperv hvdemo-process
show "Where are its tasks now?" \
  "$H" service ps --format 'table {{.Name}}\t{{.Node}}\t{{.DesiredState}}\t{{.CurrentState}}' hvdemo-process
show "Fail closed: drain the only sandbox node, then ask for hyperv" \
  "$H" node update --availability drain "$NODE2_ID"
set +e
step "The service is refused, nothing is created" "$H service create --name hvdemo-refused --isolation=hyperv hvdock-test/busybox true"
"$H" service create --name hvdemo-refused --isolation=hyperv hvdock-test/busybox true
echo "(exit $?)" >&2
set -e
echo >&2
echo "cluster demo complete" >&2
