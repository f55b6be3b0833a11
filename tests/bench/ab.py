#!/usr/bin/env python3
# bench: runs commands in turn, ROUNDS times, and prints each one's median wall time and median
# CPU time (user + sys of the child, from wait4). Side by side, two binaries see the same machine
# load, so their ratio holds when this VM's speed drifts.
# Usage: tests/bench/ab.py ROUNDS "old/deckpress reader --quiet --out /tmp/a.pdf" "new/deckpress ..."
import os
import statistics
import subprocess
import sys
import time


def run(command):
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)
    return (time.perf_counter() - start) * 1000, (usage.ru_utime + usage.ru_stime) * 1000


def main():
    rounds = int(sys.argv[1])
    commands = [c.split() for c in sys.argv[2:]]
    wall = [[] for _ in commands]
    cpu = [[] for _ in commands]
    for command in commands:  # warm the page cache
        for _ in range(3):
            run(command)
    for _ in range(rounds):
        for i, command in enumerate(commands):
            w, c = run(command)
            wall[i].append(w)
            cpu[i].append(c)
    for text, w, c in zip(sys.argv[2:], wall, cpu):
        print(f"wall median {statistics.median(w):8.2f} ms (min {min(w):8.2f}) | "
              f"cpu median {statistics.median(c):8.2f} ms (min {min(c):8.2f}) | {text}")


if __name__ == "__main__":
    main()
