#!/usr/bin/env bash
# The summary line of scripts/test.sh: `N passed, N failed, N skipped`, then the skipped tests
# with their reasons. LOG is cargo test's output; SKIPS holds `SKIP <crate>::<test> <reason>`
# lines (tests/common/need.rs). A test that passed but recorded a skip counts as skipped, not
# passed; one that failed stays failed. cargo's `ignored` column is not used (nothing is ignored).
set -euo pipefail
log=$1
skips=${2:-/dev/null}
awk '
  FILENAME == ARGV[1] {
    # skip file (by name: when it is empty, FNR == NR would hold for the log too): first reason per test
    if ($1 == "SKIP" && !($2 in reason)) {
      r = $0; sub(/^SKIP [^ ]+ /, "", r); reason[$2] = r; order[++n] = $2
    }
    next
  }
  # "     Running tests/surface.rs (target/.../deps/surface-0123abcd)" names the test crate
  /^ *Running / {
    bin = $NF; gsub(/[()]/, "", bin); sub(/.*\//, "", bin); sub(/-[0-9a-f]+$/, "", bin)
    crate = bin; next
  }
  /^test .* \.\.\. ok$/ { ok[crate "::" $2] = 1 }
  /^test result:/ { p += $4; f += $6 }
  END {
    s = 0
    for (i = 1; i <= n; i++) if (order[i] in ok) { s++; listed[i] = 1 }
    printf "%d passed, %d failed, %d skipped\n", p - s, f, s
    for (i = 1; i <= n; i++) if (listed[i]) printf "  skipped %s: %s\n", order[i], reason[order[i]]
  }
' "$skips" "$log"
