#!/usr/bin/env bash
# What the test suite leaves behind on the engine and the machine. Tests remove what they create
# (containers, images, volumes, networks, plugins, extra engines and their network namespaces);
# this checks it from outside.
#   leftovers.sh snapshot FILE   records what exists now
#   leftovers.sh compare FILE    lists what exists now and did not then; exit 1 if anything
set -euo pipefail
api() { curl -sf --unix-socket /var/run/docker.sock "http://localhost/v1.41$1"; }
state() {
  api '/containers/json?all=1' | jq -r '.[] | "container \(.Id[0:12]) \(.Names[0])"'
  api '/images/json?all=1' | jq -r '.[] | "image \(.Id[7:19]) \((.RepoTags // []) | join(","))"'
  api '/volumes' | jq -r '(.Volumes // [])[] | "volume \(.Name)"'
  api '/networks' | jq -r '.[] | "network \(.Name)"'
  api '/plugins' | jq -r '.[] | "plugin \(.Name)"'
  ip netns list 2>/dev/null | awk '{print "netns " $1}'
  # An extra engine is named by its command line (blanks as _), so a second one is told apart.
  pgrep -a dockerd | awk '{$1=""; sub(/^ /, ""); gsub(/ /, "_"); print "dockerd " $0}' || true
}
case ${1:-} in
  snapshot) state | sort > "$2" ;;
  compare)
    now=$(mktemp)
    state | sort > "$now"
    # Compare by the first two fields (kind and id): a tag moving on is not a leftover.
    left=$(join -v 2 <(awk '{print $1 "_" $2}' "$2" | sort) <(awk '{print $1 "_" $2, $0}' "$now" | sort) | cut -d' ' -f2-)
    rm -f "$now"
    if [ -n "$left" ]; then
      echo "left behind by the tests:"
      echo "$left" | sed 's/^/  /'
      exit 1
    fi
    echo "nothing left behind by the tests"
    ;;
  *) echo "usage: leftovers.sh snapshot|compare FILE" >&2; exit 2 ;;
esac
