#!/usr/bin/env python3
"""Runs shell commands alternately (one warm-up each, then N rounds) and prints, per command, the
median wall time and the median client CPU (user+sys of the command's process tree, from
wait4's rusage, microsecond resolution) in seconds: "wall cpu" per line, in the order given.
Usage: alternate.py [--setup CMD] [--rss] [--raw FILE] N CMD [CMD...]
  --setup CMD  run CMD (untimed, output discarded) before every run of every command, so each
               run starts from the same state (an image removed, a file deleted)
  --rss        add a third column: the median peak RSS of the command's process tree, in kB
               (from /usr/bin/time, which the command then runs under: a child forked from
               this script would count python's own pages as its peak)
  --raw FILE   also write every round's measures as JSON ({"cmds": [...], "rounds": [[[wall,
               cpu, rss], ...per command], ...]}) for per-round ratios"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def once(cmd, setup, rss):
    if setup:
        subprocess.run(setup, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    argv = ["/bin/sh", "-c", cmd]
    if rss:
        argv = ["/usr/bin/time", "-f", "%M", "-o", rss] + argv
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # wait4's rusage covers the child and every descendant it waited for: the shell and the
    # client it ran. ru_maxrss is the largest of them (kB).
    _, _, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = 0  # reaped above; keeps Popen from waiting again
    peak = 0
    if rss:
        with open(rss) as f:
            peak = int(f.read().split()[-1])
    return wall, usage.ru_utime + usage.ru_stime, peak


def main():
    args, setup, rss, raw = sys.argv[1:], None, None, None
    while args and args[0].startswith("--"):
        flag = args.pop(0)
        if flag == "--setup":
            setup = args.pop(0)
        elif flag == "--rss":
            fd, rss = tempfile.mkstemp(prefix="alternate-rss-")
            os.close(fd)
        elif flag == "--raw":
            raw = args.pop(0)
        else:
            sys.exit(f"alternate.py: unknown flag {flag}")
    rounds, cmds = int(args[0]), args[1:]
    for cmd in cmds:
        once(cmd, setup, rss)
    got = []
    for _ in range(rounds):
        got.append([once(cmd, setup, rss) for cmd in cmds])
    if rss:
        os.unlink(rss)
    if raw:
        with open(raw, "w") as f:
            json.dump({"cmds": cmds, "rounds": got}, f)
    for i, _ in enumerate(cmds):
        cols = [statistics.median(r[i][k] for r in got) for k in range(3 if rss else 2)]
        print(" ".join(f"{c:.6f}" if k < 2 else f"{c:.0f}" for k, c in enumerate(cols)))


main()
