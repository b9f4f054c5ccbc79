#!/usr/bin/env bash
# The main job: sets up everything from nothing (engine, runsc, test image), builds hvdock, and
# walks through the seed's Hyper-V containers workflow with it. Interactive at the end when run
# on a terminal (`hvdock run -it --isolation=hyperv ... sh`), fully scripted otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/provision.sh
cargo build --release --quiet
H="$PWD/target/x86_64-unknown-linux-gnu/release/hvdock"
IMAGE=${HVDOCK_TEST_IMAGE:-hvdock-test/busybox:latest}
TAG="io.hvdock.demo=$$"
n=$((100000 + RANDOM))

cleanup() { "$H" rm -f $("$H" ps -aq --filter "label=$TAG") >/dev/null 2>&1 || true; }
trap cleanup EXIT
if [ -t 2 ]; then B=$'\033[1m' N=$'\033[0m'; else B='' N=''; fi
step() { printf '\n%s== %s%s\n$ %s\n' "$B" "$1" "$N" "$2" >&2; }
show() { step "$1" "${*:2}"; "${@:2}"; }

show "What can this daemon isolate with? (docker info)" "$H" info --format '{{json .IsolationModes}}'
show "New-Container -Name DEMO (default runtime)" "$H" create --label "$TAG" --name hvdemo-DEMO "$IMAGE" sleep "$n"
show "Get-Container | Select ContainerName, RuntimeType" \
  "$H" ps -a --filter "label=$TAG" --format 'table {{.Names}}\t{{.Isolation}}'
show "Set-Container DEMO -RuntimeType HyperV" "$H" update --isolation=hyperv hvdemo-DEMO
show "Get-Container | Select ContainerName, RuntimeType" \
  "$H" ps -a --filter "label=$TAG" --format 'table {{.Names}}\t{{.Isolation}}'
show "Start-Container DEMO" "$H" start hvdemo-DEMO
show "New-Container WINCONT (process isolation), started" \
  "$H" run -d --label "$TAG" --name hvdemo-WINCONT --isolation=process "$IMAGE" sleep "$((n + 1))"
show "Get-ComputeProcess" "$H" compute ls
step "The csrss demo: which workloads does the host's process table show?" "ps -eo pid,args | grep 'sleep $n\\|sleep $((n + 1))'"
ps -eo pid,args | grep -E "sleep ($n|$((n + 1)))$" || true
echo "(only the process-isolated 'sleep $((n + 1))' is there; the hyperv 'sleep $n' is not)" >&2
show "Enter-PSSession WINCONT: get-process" "$H" exec hvdemo-WINCONT ps
show "Enter-PSSession DEMO: get-process" "$H" exec hvdemo-DEMO ps
show "hvdock proves it" "$H" isolation verify hvdemo-WINCONT hvdemo-DEMO
if [ -t 0 ] && [ -t 1 ]; then
  step "docker run -it --isolation=hyperv (type 'exit' to leave)" "$H run -it --rm --isolation=hyperv $IMAGE sh"
  "$H" run -it --rm --label "$TAG" --isolation=hyperv "$IMAGE" sh || true
else
  show "docker run --isolation=hyperv (no terminal: scripted)" \
    "$H" run --rm --label "$TAG" --isolation=hyperv "$IMAGE" sh -c 'echo "inside: kernel $(uname -r), $(ps | wc -l) lines of ps"'
fi
echo >&2
echo "demo complete" >&2
