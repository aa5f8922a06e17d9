"""Benchmark: `edubalance report` renders every county of the city demo (8 counties) as PDF, from a cold process.

Each run is one `edubalance report --data … --out DIR` process: import, evaluation of every school year held (the
trend chart needs them), the gap analyses and eight PDF self-evaluation reports with embedded fonts and charts, one
after another. The script prints each run's wall time, the median and the target (≤ 30 s on 2 cores), and checks that
eight PDFs were written. No test is timed; this is run by hand and its figure goes into the README.

Usage (from the repository root):  python3 benchmark/scripts/report_city.py [--runs 5] [--years 3]
Needs: a JDK >= 21 (the launcher builds the CLI on first use).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TARGET_SECONDS = 30.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--years", type=int, default=3, help="school years in the demo (more years: a longer trend)")
    parser.add_argument("--lang", default="zh")
    args = parser.parse_args()

    launcher = os.path.join(ROOT, "edubalance")
    data = os.path.join(ROOT, "benchmark", "target", f"city-{args.years}y")
    schools = os.path.join(data, "schools.csv")
    if not os.path.exists(schools):
        print(f"generating the city demo (seed 1, {args.years} years) in {data} …", flush=True)
        subprocess.run(
            [launcher, "demo", "--scale", "city", "--seed", "1", "--years", str(args.years), "--out", data],
            check=True,
        )
    # Build once outside the timed runs.
    subprocess.run([launcher, "--version"], check=True, stdout=subprocess.DEVNULL)

    times = []
    for run in range(args.runs):
        out = tempfile.mkdtemp(prefix="edubalance-reports-")
        start = time.perf_counter()
        subprocess.run(
            [launcher, "report", "--data", schools, "--out", out, "--lang", args.lang],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        seconds = time.perf_counter() - start
        pdfs = [f for f in os.listdir(out) if f.endswith(".pdf")]
        if len(pdfs) != 8:
            raise SystemExit(f"expected 8 PDFs, got {len(pdfs)} in {out}")
        size = sum(os.path.getsize(os.path.join(out, f)) for f in pdfs) / 1e6
        shutil.rmtree(out)
        times.append(seconds)
        print(f"run {run + 1}: {seconds:.2f} s for 8 county reports ({size:.1f} MB)", flush=True)

    median = statistics.median(times)
    verdict = "met" if median <= TARGET_SECONDS else "NOT met"
    print(f"median of {args.runs}: {median:.2f} s (target ≤ {TARGET_SECONDS:.0f} s on 2 cores: {verdict})")


if __name__ == "__main__":
    main()
