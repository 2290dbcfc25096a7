#!/usr/bin/env python3
"""Times the everyday commands over the O*NET import and a synthetic library of 10,000
roles, against the goals of the library index, and against an earlier commit.

    benches/instant.py [--before REV] [--runs 9]

It builds the release binary (and, with --before, the binary of REV in a worktree under
target/bench-before), imports the shared O*NET release (../shared/onet/db_30_1_text) into a
fresh folder, writes 10,000 synthetic roles, and measures each command as a whole process:
the median of N runs after a warm-up run (so that the role cache and the index exist),
commands of both binaries run in turn so that a drifting machine favours neither. "First
run" figures clear the cache folder before every run. Peak memory is the largest resident
set of three runs under GNU time (Debian's `time` package), when it is there.

Prints, for each figure: the goal, the median before and after, after/before, and whether
the goal is met. Only the Python standard library is used.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from commands import Bench

ROOT = Path(__file__).resolve().parent.parent
ONET = ROOT.parent / "shared" / "onet" / "db_30_1_text"

# (label, arguments, library, goal in ms or None, cold: clear the cache before each run)
CASES = [
    ("--version", ["--version"], "onet", None, False),
    ("list", ["list"], "onet", 50, False),
    ("show NAME", ["show", "Registered Nurses"], "onet", 50, False),
    ("find TITLE", ["find", "warehouse", "supervisor"], "onet", 50, False),
    ("gap A B", ["gap", "registered-nurses", "nurse-practitioners"], "onet", 50, False),
    ("similar ROLE", ["similar", "registered-nurses"], "onet", 60, False),
    ("compare data-manager ml-engineer", ["compare", "data-manager", "ml-engineer"], "onet", None, False),
    ("list, first run", ["list"], "onet", None, True),
    ("find TITLE, first run", ["find", "warehouse", "supervisor"], "onet", None, True),
    ("similar ROLE, first run", ["similar", "registered-nurses"], "onet", None, True),
    ("list, 10,000 roles", ["list"], "synthetic", 100, False),
    ("similar, 10,000 roles", ["similar", "synthetic-00042"], "synthetic", 150, False),
    ("list, 10,000 roles, first run", ["list"], "synthetic", None, True),
    ("similar, 10,000 roles, first run", ["similar", "synthetic-00042"], "synthetic", None, True),
]

# compare is held to a ratio of --version, not to a time.
COMPARE_RATIO_GOAL = 1.5


def cargo_build(source, target_dir=None):
    extra = ["--target-dir", str(target_dir)] if target_dir else []
    for example in ([], ["--example", "synthetic-library"]):
        subprocess.run(
            ["cargo", "build", "--release", "--quiet", *extra, *example], cwd=source, check=True
        )


def binary_before(rev):
    """The release binary of `rev`, built in a worktree of its own."""
    place = ROOT / "target" / "bench-before"
    source = place / "source"
    if source.exists():
        subprocess.run(["git", "checkout", "--quiet", "--detach", rev], cwd=source, check=True)
    else:
        place.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["git", "worktree", "add", "--quiet", "--detach", str(source), rev], cwd=ROOT, check=True
        )
    cargo_build(source, place / "target")
    return place / "target" / "release" / "rolediff"


def run_once(argv, env):
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode not in (0, 1):
        sys.exit(f"failed ({done.returncode}): {' '.join(map(str, argv))}")
    return elapsed


def peak_mb(argv, env, setup):
    """Peak memory (MB) of three runs, as benches/commands.py measures it; None without GNU
    time."""
    peak = Bench(1, env).peak_kb(argv, setup)
    return None if peak is None else peak / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", help="a commit to measure beside the work tree")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if not ONET.is_dir():
        sys.exit(f"error: {ONET} is not there: the O*NET release is needed")
    cargo_build(ROOT)
    binaries = {"after": ROOT / "target" / "release" / "rolediff"}
    if args.before:
        binaries = {"before": binary_before(args.before), **binaries}
    generator = ROOT / "target" / "release" / "examples" / "synthetic-library"
    work = Path(tempfile.mkdtemp(prefix="rolediff-instant-"))
    try:
        libraries = {"onet": work / "onet", "synthetic": work / "synthetic"}
        subprocess.run(
            [binaries["after"], "import", "onet", ONET, "--out", libraries["onet"]],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        subprocess.run(
            [generator, "--roles", "10000", "--out", libraries["synthetic"]],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        measure(binaries, libraries, work, args.runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(binaries, libraries, work, runs):
    names = list(binaries)
    print(f"medians of {runs} runs (ms); peak memory (MB) of each binary")
    header = f"{'command':<36} {'goal':>7} " + " ".join(f"{n:>9}" for n in names)
    memory = " ".join(f"{'MB ' + n:>10}" for n in names)
    print(header + ("     ratio" if len(names) > 1 else "") + "  met  " + memory)
    medians = {}
    ratios = {}
    for label, arguments, library, goal, cold in CASES:
        envs, setups = {}, {}
        for name in names:
            cache = work / f"cache-{name}"
            envs[name] = dict(os.environ, ROLEDIFF_PATH=str(libraries[library]), XDG_CACHE_HOME=str(cache))
            setups[name] = (lambda cache=cache: shutil.rmtree(cache, ignore_errors=True)) if cold else (lambda: None)
            run_once([binaries[name], *arguments], envs[name])
        times = {name: [] for name in names}
        # compare is held to a ratio of --version: the two are run in turn, so that a
        # machine that drifts between rows moves both alike.
        versions = {name: [] for name in names}
        for _ in range(runs):
            for name in names:
                setups[name]()
                times[name].append(run_once([binaries[name], *arguments], envs[name]))
                if label.startswith("compare"):
                    versions[name].append(run_once([binaries[name], "--version"], envs[name]))
        row = {name: statistics.median(times[name]) for name in names}
        medians[label] = row
        last = names[-1]
        if label.startswith("compare"):
            ratios[label] = {name: row[name] / statistics.median(versions[name]) for name in names}
            ratio = ratios[label][last]
            met = "yes" if ratio <= COMPARE_RATIO_GOAL else "no"
            goal_text = f"{COMPARE_RATIO_GOAL}x"
        else:
            met = "" if goal is None else ("yes" if row[last] <= goal else "no")
            goal_text = "" if goal is None else str(goal)
        peaks = [peak_mb([binaries[n], *arguments], envs[n], setups[n]) for n in names]
        line = f"{label:<36} {goal_text:>7} " + " ".join(f"{row[n]:9.1f}" for n in names)
        if len(names) > 1:
            line += f" {row[last] / row[names[0]]:8.2f}x"
        line += f"  {met:<4}" + " ".join(
            f"{peak:10.1f}" if peak is not None else f"{'n/a':>10}" for peak in peaks
        )
        print(line, flush=True)
    in_turn = ratios["compare data-manager ml-engineer"]
    print(
        "compare / --version, run in turn: "
        + ", ".join(f"{name} {in_turn[name]:.2f}x" for name in names)
        + f" (goal {COMPARE_RATIO_GOAL}x)"
    )


if __name__ == "__main__":
    main()
