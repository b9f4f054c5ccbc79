#!/usr/bin/env python3
"""Runs shell commands alternately (one warm-up each, then N rounds) and prints, per command, the
median wall time and the median client CPU (user+sys of the command's process tree, from
getrusage, microsecond resolution) in seconds: "wall cpu" per line, in the order given.
Usage: alternate.py N CMD [CMD...]"""
import resource
import statistics
import subprocess
import sys
import time


def once(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    rounds, cmds = int(sys.argv[1]), sys.argv[2:]
    for cmd in cmds:
        once(cmd)
    got = {cmd: [] for cmd in cmds}
    for _ in range(rounds):
        for cmd in cmds:
            got[cmd].append(once(cmd))
    for cmd in cmds:
        walls = [w for w, _ in got[cmd]]
        cpus = [c for _, c in got[cmd]]
        print(f"{statistics.median(walls):.6f} {statistics.median(cpus):.6f}")


main()
