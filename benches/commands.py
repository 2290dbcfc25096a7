#!/usr/bin/env python3
"""Times whole rolediff commands, as a user or a script runs them, and prints the median
wall time and the peak memory of each.

    benches/commands.py [--runs N] [--sizes 10,100,1000,10000] [--skip-onet]

It builds the release binary and the synthetic library generator, writes synthetic
libraries of each size (10 responsibilities, 20 skills and 20 tools a role, from shared
pools), and measures:
  1. start-up: `--version` against `compare` of two built-in roles, and that comparison
     against benches/reference_compare.py (Python with PyYAML) on the same two files;
  2. each command on each library size, and how its time grows with the size;
  3. the O*NET import and commands on its result, when ../shared/onet/db_30_1_text is there.

Wall time: median of N runs (default 11), started with posix_spawn and reaped with wait4,
so that the harness adds as little as it can. Peak memory: the largest resident set of
three runs under GNU time (`/usr/bin/time -f %M`, from Debian's `time` package), whose own
footprint is a few hundred KB. Commands that read a large folder are measured with its
cache warm (one run first) unless they are marked "cold", which clears the cache before
every run. Only the Python standard library is used; PyYAML for the reference is installed
into target/bench-venv when the interpreter lacks it.
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

ROOT = Path(__file__).resolve().parent.parent
BINARY = ROOT / "target" / "release" / "rolediff"
GENERATOR = ROOT / "target" / "release" / "examples" / "synthetic-library"
ONET = ROOT.parent / "shared" / "onet" / "db_30_1_text"
GNU_TIME = Path("/usr/bin/time")


def build():
    for extra in ([], ["--example", "synthetic-library"]):
        subprocess.run(["cargo", "build", "--release", "--quiet", *extra], cwd=ROOT, check=True)


def python_with_pyyaml():
    """An interpreter that can import yaml: this one, or a venv made for the benchmark."""
    here = Path(sys.executable).resolve()
    if subprocess.run([here, "-c", "import yaml"], capture_output=True).returncode == 0:
        return here
    venv = ROOT / "target" / "bench-venv"
    python = venv / "bin" / "python3"
    try:
        if not python.exists():
            subprocess.run([here, "-m", "venv", venv], check=True)
        if subprocess.run([python, "-c", "import yaml"], capture_output=True).returncode != 0:
            subprocess.run([python, "-m", "pip", "install", "--quiet", "pyyaml"], check=True)
    except subprocess.CalledProcessError as err:
        sys.exit(
            f"error: cannot install PyYAML into {venv} ({err}); install it yourself "
            "(pip install pyyaml, or Debian's python3-yaml) and run again"
        )
    return python


class Bench:
    def __init__(self, runs, env):
        self.runs = runs
        self.env = env

    def spawn(self, argv):
        """Runs argv once with output discarded; returns the wall time in seconds."""
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            start = time.perf_counter()
            pid = os.posix_spawn(
                str(argv[0]),
                [str(a) for a in argv],
                self.env,
                file_actions=[
                    (os.POSIX_SPAWN_DUP2, devnull, 1),
                    (os.POSIX_SPAWN_DUP2, devnull, 2),
                ],
            )
            _, status, _ = os.wait4(pid, 0)
            elapsed = time.perf_counter() - start
        finally:
            os.close(devnull)
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            sys.exit(f"failed: {' '.join(map(str, argv))}")
        return elapsed

    def peak_kb(self, argv, setup):
        if not GNU_TIME.exists():
            return None
        peak = 0
        for _ in range(3):
            setup()
            with tempfile.NamedTemporaryFile("r") as report:
                subprocess.run(
                    [GNU_TIME, "-f", "%M", "-o", report.name, *argv],
                    env=self.env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    check=False,
                )
                peak = max(peak, int(report.read().split()[-1]))
        return peak

    def measure(self, name, argv, setup=lambda: None, warm=True):
        """Median wall time (ms) and peak memory (KB) of argv; prints and keeps them."""
        return self.measure_together({name: argv}, setup, warm)[name]

    def measure_together(self, commands, setup=lambda: None, warm=True):
        """Like `measure` for several commands, run in turn (one run of each, then the
        next round): a ratio between them is fair even when the machine's speed drifts."""
        if warm:
            for argv in commands.values():
                setup()
                self.spawn(argv)
        times = {name: [] for name in commands}
        for _ in range(self.runs):
            for name, argv in commands.items():
                setup()
                times[name].append(self.spawn(argv))
        medians = {}
        for name, argv in commands.items():
            median = statistics.median(times[name]) * 1000
            peak = self.peak_kb(argv, setup)
            memory = f"{peak / 1024:8.1f} MB" if peak is not None else "       n/a"
            print(f"  {name:<58} {median:10.2f} ms {memory}", flush=True)
            medians[name] = median
        return medians


def ratio_line(text, numerator, denominator):
    print(f"  {text:<58} {numerator / denominator:10.1f} x")


def write_posting(path):
    """A job posting of about 20 KB: Markdown headings and bullets that name tools."""
    verbs = ["Build", "Design", "Own", "Improve", "Document", "Review", "Automate"]
    objects = ["dashboards for finance", "SQL queries in Snowflake", "pipelines in Apache Airflow",
               "models in Python and R", "data quality checks"]
    tools = ["Excel", "Power BI", "Go", "R", "C++", "Spark", "Jira", "Git"]
    lines = ["# Senior Data Analyst", "", "We are hiring an analyst.", ""]
    part = 0
    while sum(len(line) + 1 for line in lines) < 20_000:
        lines.append("## " + ("Responsibilities" if part % 2 == 0 else "Requirements"))
        for line in range(15):
            n = part * 15 + line
            lines.append(f"- {verbs[n % len(verbs)]} {objects[n % len(objects)]} "
                         f"with {tools[n % len(tools)]}, part {part}")
        lines.append("")
        part += 1
    path.write_text("\n".join(lines))
    return path


def start_up(bench, python, posting):
    print("\nStart-up (built-in roles; the commands run in turn)")
    a, b = ROOT / "roles" / "data-manager.yaml", ROOT / "roles" / "ml-engineer.yaml"
    script = ROOT / "benches" / "reference_compare.py"
    ms = bench.measure_together(
        {
            "rolediff --version": [BINARY, "--version"],
            "compare data-manager ml-engineer": [BINARY, "compare", "data-manager", "ml-engineer"],
            "compare <two role files> --format json": [BINARY, "compare", a, b, "--format", "json"],
            "compare <two role files> --exact --format json": [
                BINARY, "compare", a, b, "--exact", "--format", "json"
            ],
            "Python + PyYAML reference (safe_load)": [python, script, a, b],
            "Python + PyYAML reference (CSafeLoader)": [python, script, a, b, "--libyaml"],
        }
    )
    bench.measure("show <20 KB posting> --format json", [BINARY, "show", posting, "-f", "json"])
    (version, compare, paths, exact, reference, libyaml) = ms.values()
    ratio_line("compare / --version", compare, version)
    ratio_line("reference / compare <files> --format json", reference, paths)
    ratio_line("reference / compare <files> --exact --format json", reference, exact)
    ratio_line("reference (CSafeLoader) / compare <files> --format json", libyaml, paths)


def library_commands(bench, folder, size, cache):
    """The commands measured on a library of `size` roles in `folder`; returns {name: ms}."""
    last = size - 1
    first_id, last_id = f"synthetic-{0:05}", f"synthetic-{last:05}"
    roles_dir = ["--roles-dir", folder]
    clear = lambda: shutil.rmtree(cache, ignore_errors=True)  # noqa: E731
    count = min(size, 100)
    chosen = [f"synthetic-{i * size // count:05}" for i in range(count)]
    commands = {
        "list": ([BINARY, "list", *roles_dir], {}),
        "list, cold cache": ([BINARY, "list", *roles_dir], {"setup": clear, "warm": False}),
        "compare two ids": ([BINARY, "compare", first_id, last_id, *roles_dir], {}),
        "compare two aliases": (
            [BINARY, "compare", "SYN-00000", f"syn-{last:05}", *roles_dir],
            {},
        ),
        "compare two aliases, cold cache": (
            [BINARY, "compare", "SYN-00000", f"syn-{last:05}", *roles_dir],
            {"setup": clear, "warm": False},
        ),
        "show": ([BINARY, "show", last_id, *roles_dir], {}),
        "similar": ([BINARY, "similar", first_id, *roles_dir], {}),
        "similar, cold cache": (
            [BINARY, "similar", first_id, *roles_dir],
            {"setup": clear, "warm": False},
        ),
        "matrix of up to 100 roles": ([BINARY, "matrix", *chosen, *roles_dir], {}),
    }
    return {
        name: bench.measure(f"{name} ({size:,} roles)", argv, **options)
        for name, (argv, options) in commands.items()
    }


def growth(table, sizes):
    """Each command's median by library size, and by how much it grew with the last step:
    linear growth shows as a factor near the step in size (x10), a fixed cost as less."""
    step = sizes[-1] / sizes[-2]
    print(f"\nGrowth: median ms by number of roles; factor of the last step (roles x{step:g})")
    header = "".join(f"{size:>10,}" for size in sizes)
    print(f"  {'command':<34}{header}{'factor':>10}")
    for name in table[sizes[0]]:
        row = "".join(f"{table[size][name]:10.1f}" for size in sizes)
        factor = table[sizes[-1]][name] / table[sizes[-2]][name]
        print(f"  {name:<34}{row}{factor:10.1f}")


def onet(bench, work, posting):
    if not (ONET / "Occupation Data.txt").exists():
        print(f"\nskipped the O*NET figures: {ONET} is not there")
        return
    out = work / "onet"
    print("\nO*NET import (1,016 occupations)")
    bench.measure(
        "import onet",
        [BINARY, "import", "onet", ONET, "--out", out],
        setup=lambda: shutil.rmtree(out, ignore_errors=True),
        warm=False,
    )
    roles_dir = ["--roles-dir", out]
    bench.measure("list", [BINARY, "list", *roles_dir])
    bench.measure(
        "compare two ids",
        [BINARY, "compare", "data-scientists", "database-architects", *roles_dir],
    )
    bench.measure(
        "compare two codes (aliases)", [BINARY, "compare", "15-2051.00", "15-1243.00", *roles_dir]
    )
    bench.measure("show", [BINARY, "show", "data-scientists", *roles_dir])
    bench.measure("similar", [BINARY, "similar", "data-scientists", *roles_dir])
    bench.measure("find a title", [BINARY, "find", "data scientist", *roles_dir])
    bench.measure(
        "show <20 KB posting> --format json",
        [BINARY, "show", posting, "-f", "json", *roles_dir],
    )
    chosen = sorted(path.stem for path in out.glob("*.yaml"))[:100]
    bench.measure("matrix of 100 roles", [BINARY, "matrix", *chosen, *roles_dir])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=11, help="runs a command (default 11)")
    parser.add_argument("--sizes", default="10,100,1000,10000", help="library sizes")
    parser.add_argument("--skip-onet", action="store_true", help="leave out the O*NET part")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    build()
    python = python_with_pyyaml()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(work),
            "NO_COLOR": "1",
            "XDG_CONFIG_HOME": str(work / "config"),
            "XDG_CACHE_HOME": str(work / "cache"),
        }
        bench = Bench(args.runs, env)
        print(f"{'':2}{'command (' + str(args.runs) + ' runs)':<58} {'median':>13} {'peak RSS':>11}")
        posting = write_posting(work / "posting.md")
        start_up(bench, python, posting)
        table = {}
        for size in sizes:
            folder = work / f"library-{size}"
            subprocess.run(
                [GENERATOR, "--roles", str(size), "--out", folder],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            print(f"\nSynthetic library of {size:,} roles")
            table[size] = library_commands(bench, folder, size, work / "cache")
        if len(sizes) > 1:
            growth(table, sizes)
        if not args.skip_onet:
            onet(bench, work, posting)


if __name__ == "__main__":
    main()
