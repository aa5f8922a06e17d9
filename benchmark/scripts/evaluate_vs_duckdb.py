"""Benchmark: `edubalance evaluate` end to end on the nation-scale demo against a DuckDB script.

Both read the same CSV (≈200,000 schools, ≈2,900 counties) from a cold process and compute the same
enrolment-weighted CVs. EduBalance does the whole evaluation (every school's compliance, every county's CVs,
items and verdict) and is timed twice: as `evaluate` runs by default (the county summary on standard output),
which is the like-for-like figure against DuckDB's CVs, and with the full JSON document (156 MB at this scale,
every school's shortfalls included), whose CVs are checked against each DuckDB formulation's (to 1e-9). The peer is
`duckdb_cv.py`'s fastest formulation (single-pass); `--all-peers` also times the other two. The commands run in
turn (ours, peer, ours, peer …), so a ratio compares runs made under the same load: the script prints the medians,
the median of the per-round ratios, the CPU seconds (user + system) of each and EduBalance's peak resident memory
(the launcher caps the heap at 2 GB).

Usage (from the repository root):  python3 benchmark/scripts/evaluate_vs_duckdb.py [--runs 5] [--all-peers]
Needs: the `duckdb` Python package (pip install duckdb) and a JDK >= 21.
"""
import argparse
import csv
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd):
    """Runs cmd in a child, returning (wall seconds, CPU seconds, peak RSS of that child in MiB)."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
        "t = time.perf_counter() - t\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(t, u.ru_utime + u.ru_stime, u.ru_maxrss, r.returncode)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, *cmd], check=True, capture_output=True, text=True)
    seconds, cpu, rss_kib, code = out.stdout.split()
    if code != "0":
        raise SystemExit(f"{cmd[0]} failed with exit code {code}")
    return float(seconds), float(cpu), int(rss_kib) / 1024


def read_cvs(path):
    theirs = {}
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            theirs[(row["county_code"].zfill(6), row["segment"], row["indicator"])] = (
                None if row["cv"] in ("", "NULL") else float(row["cv"]))
    return theirs


def compare(mine, theirs, peer):
    """The largest difference between our CVs and the peer's; stops the benchmark when they disagree."""
    if set(mine) != set(theirs):
        raise SystemExit(f"{peer}: different (county, segment, indicator) sets: {len(mine)} vs {len(theirs)}")
    worst = 0.0
    for key, a in mine.items():
        b = theirs[key]
        if (a is None) != (b is None):
            raise SystemExit(f"{peer} {key}: edubalance {a}, duckdb {b}")
        if a is not None:
            worst = max(worst, abs(a - b))
    if worst > 1e-9:
        raise SystemExit(f"{peer}: CVs differ by up to {worst}")
    return worst


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", default=os.path.join(ROOT, "benchmark", "target", "nation"))
    parser.add_argument("--all-peers", action="store_true",
                        help="also time the slower DuckDB formulations (wide-join, unpivot)")
    args = parser.parse_args()

    schools = os.path.join(args.data, "schools.csv")
    launcher = os.path.join(ROOT, "edubalance")
    if not os.path.exists(schools):
        print(f"generating the nation-scale demo in {args.data} …", flush=True)
        subprocess.run([launcher, "demo", "--scale", "nation", "--seed", "1", "--out", args.data], check=True)
    # Build once outside the timed runs.
    subprocess.run([launcher, "--version"], check=True, stdout=subprocess.DEVNULL)

    tmp = tempfile.mkdtemp(prefix="edubalance-bench-")
    ours_json = os.path.join(tmp, "ours.json")
    inputs = os.path.join(args.data, "county-inputs.csv")
    commands = {
        "evaluate": [launcher, "evaluate", "--data", schools, "--inputs", inputs],
        "evaluate json": [launcher, "evaluate", "--data", schools, "--inputs", inputs, "--format", "json",
                          "--out", ours_json],
    }
    peers = ["single-pass", "wide-join", "unpivot"] if args.all_peers else ["single-pass"]
    for peer in peers:
        commands["duckdb " + peer] = [sys.executable, os.path.join(HERE, "duckdb_cv.py"), schools,
                                      os.path.join(tmp, peer + ".csv"), "--query", peer]

    wall = {name: [] for name in commands}
    cpu = {name: [] for name in commands}
    rss = []
    for i in range(args.runs):
        for name, cmd in commands.items():
            t, c, m = run(cmd)
            wall[name].append(t)
            cpu[name].append(c)
            if name == "evaluate json":
                rss.append(m)
        print(f"run {i + 1}: " + ", ".join(f"{name} {wall[name][-1]:.2f} s" for name in commands), flush=True)

    with open(ours_json, encoding="utf-8") as f:
        doc = json.load(f)
    mine = {}
    for county in doc["counties"]:
        for seg in county["segments"]:
            for ind in seg["indicators"]:
                mine[(county["code"], seg["segment"], ind["id"])] = ind["cv"]
    worst = {peer: compare(mine, read_cvs(os.path.join(tmp, peer + ".csv")), peer) for peer in peers}

    counties = len(doc["counties"])
    rows = sum(1 for _ in open(schools, encoding="utf-8")) - 1
    print()
    print(f"input: {rows:,} school rows, {counties:,} counties, {len(mine):,} CVs; CVs agree to "
          + ", ".join(f"{w:.1e} ({peer})" for peer, w in worst.items()))
    load = os.getloadavg()[0]
    print(f"load average at the end: {load:.1f} (2 cores: above 2, other work shared them)")
    for name in commands:
        print(f"{name:<22} median wall {statistics.median(wall[name]):.2f} s "
              f"(runs {min(wall[name]):.2f}–{max(wall[name]):.2f}), CPU {statistics.median(cpu[name]):.2f} s"
              + (f", peak RSS {max(rss):.0f} MiB" if name == "evaluate json" else ""))
    fastest = "duckdb single-pass"
    for name in ["evaluate", "evaluate json"]:
        rounds = [a / b for a, b in zip(wall[name], wall[fastest])]
        print(f"ratio {name} / {fastest}: {statistics.median(rounds):.2f} "
              f"(median of the per-round ratios; of the medians {statistics.median(wall[name]) / statistics.median(wall[fastest]):.2f}; "
              f"CPU {statistics.median(cpu[name]) / statistics.median(cpu[fastest]):.2f})")


if __name__ == "__main__":
    main()
