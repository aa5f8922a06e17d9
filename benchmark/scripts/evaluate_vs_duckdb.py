"""Benchmark: `edubalance evaluate` end to end on the nation-scale demo against a DuckDB script.

Both read the same CSV (≈200,000 schools, ≈2,900 counties) from a cold process and compute the same
enrolment-weighted CVs. EduBalance does the whole evaluation (every school's compliance, every county's CVs,
items and verdict) and is timed twice: as `evaluate` runs by default (the county summary on standard output),
which is the like-for-like figure against DuckDB's CVs, and with the full JSON document (156 MB at this scale,
every school's shortfalls included), whose CVs are checked against DuckDB's (to 1e-9). The script prints the
medians, both ratios and EduBalance's peak resident memory (the launcher caps the heap at 2 GB).

Usage (from the repository root):  python3 benchmark/scripts/evaluate_vs_duckdb.py [--runs 5]
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
    """Runs cmd in a child, returning (seconds, peak RSS of that child in MiB)."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
        "t = time.perf_counter() - t\n"
        "print(t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, *cmd], check=True, capture_output=True, text=True)
    seconds, rss_kib, code = out.stdout.split()
    if code != "0":
        raise SystemExit(f"{cmd[0]} failed with exit code {code}")
    return float(seconds), int(rss_kib) / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", default=os.path.join(ROOT, "benchmark", "target", "nation"))
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
    peer_csv = os.path.join(tmp, "duckdb.csv")
    ours_cmd = [launcher, "evaluate", "--data", schools, "--inputs", os.path.join(args.data, "county-inputs.csv"),
                "--format", "json", "--out", ours_json]
    text_cmd = [launcher, "evaluate", "--data", schools, "--inputs", os.path.join(args.data, "county-inputs.csv")]
    peer_cmd = [sys.executable, os.path.join(HERE, "duckdb_cv.py"), schools, peer_csv]

    ours, text, peer, rss = [], [], [], []
    for i in range(args.runs):
        t, m = run(ours_cmd)
        ours.append(t)
        rss.append(m)
        t, _ = run(text_cmd)
        text.append(t)
        t, _ = run(peer_cmd)
        peer.append(t)
        print(f"run {i + 1}: edubalance json {ours[-1]:.2f} s ({m:.0f} MiB peak RSS), text {text[-1]:.2f} s, "
              f"duckdb {peer[-1]:.2f} s", flush=True)

    with open(ours_json, encoding="utf-8") as f:
        doc = json.load(f)
    mine = {}
    for county in doc["counties"]:
        for seg in county["segments"]:
            for ind in seg["indicators"]:
                mine[(county["code"], seg["segment"], ind["id"])] = ind["cv"]
    theirs = {}
    with open(peer_csv, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            theirs[(row["county_code"].zfill(6), row["segment"], row["indicator"])] = (
                None if row["cv"] in ("", "NULL") else float(row["cv"]))
    if set(mine) != set(theirs):
        raise SystemExit(f"different (county, segment, indicator) sets: {len(mine)} vs {len(theirs)}")
    worst = 0.0
    for key, a in mine.items():
        b = theirs[key]
        if (a is None) != (b is None):
            raise SystemExit(f"{key}: edubalance {a}, duckdb {b}")
        if a is not None:
            worst = max(worst, abs(a - b))
    if worst > 1e-9:
        raise SystemExit(f"CVs differ by up to {worst}")

    counties = len(doc["counties"])
    rows = sum(1 for _ in open(schools, encoding="utf-8")) - 1
    mo, mt, mp = statistics.median(ours), statistics.median(text), statistics.median(peer)
    print()
    print(f"input: {rows:,} school rows, {counties:,} counties, {len(mine):,} CVs; CVs agree to {worst:.1e}")
    print(f"edubalance evaluate (full evaluation, county summary): median {mt:.2f} s")
    print(f"edubalance evaluate --format json (+ 156 MB document): median {mo:.2f} s, "
          f"peak RSS {max(rss):.0f} MiB (heap cap 2 GB)")
    print(f"duckdb script (CVs only):                              median {mp:.2f} s")
    print(f"ratio edubalance evaluate / duckdb: {mt / mp:.2f}  (target <= 1.5; wall target <= 5 s)")
    print(f"ratio with the JSON document / duckdb: {mo / mp:.2f}")


if __name__ == "__main__":
    main()
