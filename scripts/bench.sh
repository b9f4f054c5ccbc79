#!/usr/bin/env bash
# Speed and memory of hvdock side by side with the reference docker client and a raw curl of the
# same API call, in one run on the same daemon (medians). Public tools only: hyperfine for the
# wall time of short commands, scripts/alternate.py (python3's getrusage) for commands that run
# alternately with docker's and their client CPU, /usr/bin/time for peak RSS. Sets up its
# fixtures and removes them. Not a test: it asserts nothing, it prints a table (and BENCH_OUT if
# set).
#   bash scripts/bench.sh            # everything (a few minutes)
#   QUICK=1 bash scripts/bench.sh    # fewer runs, smaller streams
#   ONLY=uploads bash scripts/bench.sh   # only the uploads (load, import, cp in, build context)
#   UPLOAD_MB=2048 UPLOAD_RUNS=5     # their input size and alternating rounds (the defaults)
#   UPLOAD_ONLY=build                # only the upload rows whose label contains this
#   NO_BUILD=1                       # bench the release binary as it stands (no cargo build)
#   ONLY=swarm bash scripts/bench.sh     # only the Swarm listings (a 1-node cluster of its own)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${BENCH_OUT:-}" ]; then exec > >(tee "$BENCH_OUT"); fi
bash scripts/provision.sh >/dev/null
command -v hyperfine >/dev/null || { apt-get install -y -qq hyperfine >/dev/null; }
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null
[ -n "${NO_BUILD:-}" ] || cargo build --release --quiet
H="$PWD/target/x86_64-unknown-linux-gnu/release/hvdock"
D=${REFERENCE_DOCKER:-/usr/local/bin/docker}
[ -x "$D" ] || { echo "bench: no reference docker client at $D" >&2; exit 1; }
IMG=hvdock-test/busybox:latest
API=$("$D" version --format '{{.Server.APIVersion}}')
CURL="curl -s --unix-socket /var/run/docker.sock"
LABEL="io.hvdock.bench=$$"
RUNS=${RUNS:-30}; BIG=268435456; LOGMB=200; MANY=500
if [ -n "${QUICK:-}" ]; then RUNS=10; BIG=67108864; LOGMB=50; MANY=100; fi
TMP=$(mktemp -d)
cleanup() {
  "$D" ps -aq --filter "label=$LABEL" | xargs -r "$D" rm -f >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap cleanup EXIT

# Uploads: load, import, cp into a container and a build context of UPLOAD_MB of random data
# (incompressible), hvdock and docker alternately, each round from a clean state (the image
# removed first); median wall time, client CPU (user+sys) and peak RSS (/usr/bin/time).
uploads() {
  local mb=${UPLOAD_MB:-2048} rounds=${UPLOAD_RUNS:-5}
  [ -n "${QUICK:-}" ] && mb=256 && rounds=2
  local U="$TMP/up" tag="hvu-bench-$$" c
  mkdir -p "$U/root" "$U/ctx"
  echo "bench: uploads: $mb MB of random data, $rounds rounds" >&2
  head -c "$((mb * 1024 * 1024))" /dev/urandom > "$U/root/big.bin"
  tar cf "$U/rootfs.tar" -C "$U/root" big.bin
  "$D" import "$U/rootfs.tar" "$tag:src" >/dev/null
  "$D" save -o "$U/image.tar" "$tag:src"
  "$D" rmi "$tag:src" >/dev/null
  mv "$U/root/big.bin" "$U/ctx/big.bin"
  printf 'FROM %s\nLABEL io.hvdock.bench=%s\n' "$IMG" "$$" > "$U/ctx/Dockerfile"
  c=$("$D" run -d --label "$LABEL" "$IMG" sleep 100000)
  # hvdock and docker alternately through scripts/alternate.py (each run after the setup, which
  # is not timed); medians, and the median of the per-round ratios (hvdock's run over docker's
  # right after it), which drifts less with the machine's load than the ratio of the medians.
  up() { # label setup cmd-with-CLIENT
    local label=$1 setup=$2 cmd=$3 before
    [[ -n "${UPLOAD_ONLY:-}" && "$label" != *"$UPLOAD_ONLY"* ]] && return 0
    before=$(cut -d' ' -f1-3 /proc/loadavg)
    python3 scripts/alternate.py --setup "${setup//CLIENT/$D}" --rss --raw "$TMP/up.json" "$rounds" \
      "${cmd//CLIENT/$H}" "${cmd//CLIENT/DOCKER_BUILDKIT=0 $D}" >/dev/null
    python3 - "$label" "$TMP/up.json" <<'PY'
import json, statistics as st, sys
label, raw = sys.argv[1], json.load(open(sys.argv[2]))["rounds"]
med = lambda who, k: st.median(r[who][k] for r in raw)
per = lambda k: st.median(r[0][k] / r[1][k] for r in raw if r[1][k])
row = lambda m, a, b, ra: print(f"{m:<44} {a:>12} {b:>12} {'':>12} {ra:>10}")
row(f"{label} (wall)", f"{med(0, 0):.2f}s", f"{med(1, 0):.2f}s", f"{per(0):.2f}x")
row(f"{label} (client CPU)", f"{med(0, 1):.3f}s", f"{med(1, 1):.3f}s", f"{per(1):.2f}x")
row(f"{label} (peak RSS)", f"{med(0, 2)/1024:.1f}MB", f"{med(1, 2)/1024:.1f}MB", f"{per(2):.2f}x")
PY
    # The machine's load around the row (1, 5, 15 minutes), before and after it ran.
    echo "  load average: $before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
  }
  up "load -i (${mb} MB image)" "CLIENT rmi -f $tag:src" "CLIENT load -i $U/image.tar"
  up "import FILE (${mb} MB tar)" "CLIENT rmi -f $tag:imp" "CLIENT import $U/rootfs.tar $tag:imp"
  up "cp FILE CONTAINER: (${mb} MB file)" "CLIENT exec $c rm -f /big.bin" "CLIENT cp $U/ctx/big.bin $c:/big.bin"
  up "build, ${mb} MB context" "CLIENT rmi -f $tag:build" "CLIENT build -q -t $tag:build $U/ctx"
  # A bare Dockerfile on stdin of DF_MB (comment lines, then a LABEL): memory, not speed (the
  # daemon's parsing of it dominates the time).
  local dfmb=${DF_MB:-64}
  [ -n "${QUICK:-}" ] && dfmb=16
  python3 - "$U/Dockerfile.big" "$dfmb" "$IMG" <<'PY'
import sys
path, mb, img = sys.argv[1], int(sys.argv[2]), sys.argv[3]
line = "# " + "0123456789abcdef" * 8 + "\n"
with open(path, "w") as f:
    f.write(f"FROM {img}\n")
    f.write(line * (mb * 1024 * 1024 // len(line)))
    f.write("LABEL io.hvdock.bench=df\n")
PY
  up "build - < Dockerfile (${dfmb} MB)" "CLIENT rmi -f $tag:df" "CLIENT build -q -t $tag:df - < $U/Dockerfile.big"
  "$D" rmi -f "$tag:src" "$tag:imp" "$tag:build" "$tag:df" >/dev/null 2>&1 || true
  "$D" rm -f "$c" >/dev/null
  rm -rf "$U"
}
# Swarm listings: `service ls` of 100 services, `node ls`, `service ps` of a service with 100
# tasks, on a 1-node cluster of the bench's own (scripts/cluster.sh, torn down at the end). The
# tasks are a replicated job of `true`: 100 completed tasks to list, nothing left running.
swarm() {
  local env n=${SWARM_SERVICES:-100}
  export HVDOCK_CLUSTER=hvbench HVDOCK_CLUSTER_NET=10.213.30
  env=$(bash scripts/cluster.sh up 1)
  eval "$env"
  # shellcheck disable=SC2064
  trap "bash scripts/cluster.sh down >/dev/null 2>&1; cleanup" EXIT
  local S="-H $MANAGER_HOST"
  echo "bench: swarm: creating $n services and a job of 100 tasks" >&2
  for i in $(seq "$n"); do "$D" $S service create -q -d --replicas 0 --name "hvbench-s$i" "$IMG" true >/dev/null 2>&1; done
  "$D" $S service create -q --mode replicated-job --replicas 100 --max-concurrent 100 --name hvbench-job "$IMG" true >/dev/null 2>&1
  # curl of the call each listing starts with: the daemon's own time for it (a floor).
  local sock=${MANAGER_HOST#unix://} what call
  for what in "service ls|/services?status=true" "node ls|/nodes" "service ps hvbench-job|/tasks"; do
    call=${what#*|} what=${what%|*}
    wall swarm "$H $S $what" "$D $S $what" "curl -s --unix-socket $sock http://d/v$API$call"
    read -r h d c < <(median "$TMP/swarm.json")
    row "$what (wall)" "$(fmt_ms "$h")" "$(fmt_ms "$d")" "$(fmt_ms "$c")" "$(ratio "$h" "$d")" "$(ratio "$h" "$c")"
  done
  bash scripts/cluster.sh down >/dev/null 2>&1 || true
}
if [ "${ONLY:-}" = uploads ]; then
  echo
  printf '%-44s %12s %12s %12s %10s\n' measure hvdock docker "" "vs docker" ------- ------ ------ "" ---------
  uploads
  echo
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); daemon $("$D" version --format '{{.Server.Version}}') API $API"
  exit 0
fi


# wall: hyperfine median of each command, alternating via --runs over the list.
wall() { # name cmd...
  local name=$1; shift
  hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$TMP/$name.json" "$@" >/dev/null 2>&1 ||
    hyperfine --warmup 3 --runs "$RUNS" --export-json "$TMP/$name.json" "$@" >/dev/null
}
# cpu/rss: /usr/bin/time over N alternating runs; prints median "user+sys maxrss_kb".
usage() { # n cmd (shell string)
  local n=$1 cmd=$2 i
  for i in $(seq "$n"); do /usr/bin/time -f '%U %S %M' -o "$TMP/t" sh -c "$cmd" >/dev/null 2>&1; cat "$TMP/t"; done |
    python3 -c 'import sys,statistics as s
r=[l.split() for l in sys.stdin if l.strip()]
print(f"{s.median(float(a)+float(b) for a,b,_ in r):.4f} {int(s.median(int(m) for *_,m in r))}")'
}
median() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(" ".join("%.5f" % r["median"] for r in d["results"]))' "$1"; }

row() { printf '%-44s %12s %12s %12s %10s %10s\n' "$@"; }
ratio() { python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f'{a/b:.2f}x' if b else '-')" "$1" "$2"; }
fmt_ms() { python3 -c "import sys; print(f'{float(sys.argv[1])*1000:.1f}ms')" "$1"; }

if [ "${ONLY:-}" = swarm ]; then
  echo
  row "measure" "hvdock" "docker" "curl" "vs docker" "vs curl"
  row "-------" "------" "------" "----" "---------" "-------"
  swarm
  echo
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); runs=$RUNS"
  exit 0
fi

echo "bench: fixtures (a running container, a ${LOGMB} MB log, $MANY created containers)" >&2
C=$("$D" run -d --label "$LABEL" "$IMG" sleep 100000)
L=$("$D" run -d --label "$LABEL" "$IMG" sh -c "head -c $((LOGMB * 1024 * 1024)) /dev/zero | tr '\\0' 'x' | fold -w 99")
"$D" wait "$L" >/dev/null
head -c "$BIG" /dev/zero > "$TMP/stdin.bin"

echo
row "measure" "hvdock" "docker" "curl" "vs docker" "vs curl"
row "-------" "------" "------" "----" "---------" "-------"

wall ps "$H ps" "$D ps" "$CURL http://d/v$API/containers/json"
read -r h d c < <(median "$TMP/ps.json")
row "ps (wall)" "$(fmt_ms "$h")" "$(fmt_ms "$d")" "$(fmt_ms "$c")" "$(ratio "$h" "$d")" "$(ratio "$h" "$c")"

wall inspect "$H inspect $C" "$D inspect $C" "$CURL http://d/v$API/containers/$C/json"
read -r h d c < <(median "$TMP/inspect.json")
row "inspect CONTAINER (wall)" "$(fmt_ms "$h")" "$(fmt_ms "$d")" "$(fmt_ms "$c")" "$(ratio "$h" "$d")" "$(ratio "$h" "$c")"

wall version "$H version" "$D version" "$CURL http://d/v$API/version" "$CURL http://d/_ping"
read -r h d c p < <(median "$TMP/version.json")
row "version (wall)" "$(fmt_ms "$h")" "$(fmt_ms "$d")" "$(fmt_ms "$c")" "$(ratio "$h" "$d")" "$(ratio "$h" "$c")"
# The daemon's own time for /version (it runs `runc --version` and `docker-init --version`):
# curl of /version minus curl of /_ping. No client can be faster than this.
floor=$(python3 -c "import sys; print(max(float(sys.argv[1]) - float(sys.argv[2]), 0))" "$c" "$p")
row "  daemon's /version alone (floor)" "$(fmt_ms "$floor")" "" "" "$(ratio "$floor" "$d")" ""

read -r _ hr < <(usage "$RUNS" "$H ps")
read -r _ dr < <(usage "$RUNS" "$D ps")
row "ps peak RSS" "${hr}kB" "${dr}kB" "" "$(ratio "$hr" "$dr")" ""

hs=$(stat -c %s "$H"); ds=$(stat -c %s "$(readlink -f "$D")")
row "binary size" "$((hs / 1024))kB" "$((ds / 1024))kB" "" "$(ratio "$hs" "$ds")" ""

# Commands that take longer than a moment run alternately (hvdock, docker, hvdock, ...) so
# that the daemon's drifting pace weighs on both alike: scripts/alternate.py prints the median
# wall time and client CPU (getrusage, microseconds) of each.
alternate() { python3 scripts/alternate.py "$@" | tr '\n' ' '; echo; }

n=$((RUNS / 2 + 5))
read -r h hc d dc < <(alternate "$n" "$H run --rm $IMG sh -c true" "$D run --rm $IMG sh -c true")
row "run --rm sh -c true (wall)" "$(fmt_ms "$h")" "$(fmt_ms "$d")" "" "$(ratio "$h" "$d")" ""
row "run --rm sh -c true (client CPU)" "$(fmt_ms "$hc")" "$(fmt_ms "$dc")" "" "$(ratio "$hc" "$dc")" ""

stream() { # label hvdock-cmd docker-cmd
  local h d hc dc
  read -r h hc d dc < <(alternate "${STREAM_RUNS:-7}" "$2" "$3")
  row "$1 (wall)" "$(fmt_ms "$h")" "$(fmt_ms "$d")" "" "$(ratio "$h" "$d")" ""
  row "$1 (client CPU)" "$(fmt_ms "$hc")" "$(fmt_ms "$dc")" "" "$(ratio "$hc" "$dc")" ""
  LAST_DOCKER_CPU=$dc
}
stream "run head -c $((BIG >> 20))MiB /dev/zero" \
  "$H run --rm --log-driver=none $IMG head -c $BIG /dev/zero > /dev/null" \
  "$D run --rm --log-driver=none $IMG head -c $BIG /dev/zero > /dev/null"
stream "logs of a ${LOGMB} MB log" "$H logs $L > /dev/null" "$D logs $L > /dev/null"
# The daemon writes one chunk (one socket write) per log line; receiving them costs the reader
# kernel time per line whatever it does next. curl of the same call is that floor.
read -r _ cc < <(alternate 3 "$CURL 'http://d/v$API/containers/$L/logs?stdout=1&stderr=1' > /dev/null")
row "  curl of the same call (client CPU floor)" "$(fmt_ms "$cc")" "" "" "$(ratio "$cc" "$LAST_DOCKER_CPU")" ""
stream "exec -i with $((BIG >> 20)) MiB of stdin" "$H exec -i $C wc -c < $TMP/stdin.bin > /dev/null" "$D exec -i $C wc -c < $TMP/stdin.bin > /dev/null"

echo "bench: creating $MANY containers" >&2
for i in $(seq "$MANY"); do echo "{\"Image\":\"$IMG\",\"Cmd\":[\"true\"],\"Labels\":{\"io.hvdock.bench\":\"$$\"}}"; done |
  while read -r body; do $CURL -o /dev/null -H 'Content-Type: application/json' -d "$body" "http://d/v$API/containers/create"; done
# The daemon takes most of the time at this size and its pace drifts: alternate.
read -r h _ d _ c _ < <(alternate "$RUNS" "$H ps -a" "$D ps -a" "$CURL 'http://d/v$API/containers/json?all=1'")
row "ps -a, $MANY containers (wall)" "$(fmt_ms "$h")" "$(fmt_ms "$d")" "$(fmt_ms "$c")" "$(ratio "$h" "$d")" "$(ratio "$h" "$c")"
# A template that reads .Size (as {{json .}} does) makes docker and hvdock ask for sizes
# (`size=1`), which the daemon computes per container: curl of that same call is the baseline.
read -r h _ d _ c _ < <(alternate "$RUNS" "$H ps -a --format '{{json .}}'" "$D ps -a --format '{{json .}}'" "$CURL 'http://d/v$API/containers/json?all=1&size=1'")
row "ps -a --format {{json .}}, $MANY (wall)" "$(fmt_ms "$h")" "$(fmt_ms "$d")" "$(fmt_ms "$c")" "$(ratio "$h" "$d")" "$(ratio "$h" "$c")"
uploads
swarm
echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); daemon $("$D" version --format '{{.Server.Version}}') API $API; runs=$RUNS"
