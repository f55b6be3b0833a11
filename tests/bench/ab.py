#!/usr/bin/env python3
# bench: runs commands in turn, ROUNDS times, and prints each one's median wall time, median
# CPU time (user + sys of the child, from wait4) and median page faults (minor + major, wait4).
# Side by side, two binaries see the same machine load, so their ratio holds when this VM's
# speed drifts. Leading NAME=VALUE words of a command set its environment.
# Usage: tests/bench/ab.py ROUNDS "old/deckpress reader --quiet --out /tmp/a.pdf" "new/deckpress ..."
import os
import statistics
import subprocess
import sys
import time


def split_environment(words):
    """The NAME=VALUE words at the start of a command, as a dict, and the rest."""
    env = {}
    while words and "=" in words[0] and not words[0].startswith(("/", ".")):
        name, value = words.pop(0).split("=", 1)
        env[name] = value
    return env, words


def run(env, command):
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             env={**os.environ, **env})
    _, _, usage = os.wait4(child.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    return wall, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_minflt + usage.ru_majflt


def main():
    rounds = int(sys.argv[1])
    commands = [split_environment(c.split()) for c in sys.argv[2:]]
    wall = [[] for _ in commands]
    cpu = [[] for _ in commands]
    faults = [[] for _ in commands]
    for env, command in commands:  # warm the page cache
        for _ in range(3):
            run(env, command)
    for _ in range(rounds):
        for i, (env, command) in enumerate(commands):
            w, c, f = run(env, command)
            wall[i].append(w)
            cpu[i].append(c)
            faults[i].append(f)
    for text, w, c, f in zip(sys.argv[2:], wall, cpu, faults):
        print(f"wall median {statistics.median(w):8.2f} ms (min {min(w):8.2f}) | "
              f"cpu median {statistics.median(c):8.2f} ms (min {min(c):8.2f}) | "
              f"faults median {statistics.median(f):6.0f} | {text}")


if __name__ == "__main__":
    main()
