"""Benchmark: `edubalance plan admission` and `plan quota` end to end against the independent Python verifier.

The instances are `edubalance demo --benchmark admission-city|exam|admission-province` (seed 1), generated on first
use into benchmark/target/<kind>. Each round runs, from a cold process and files to a JSON document, EduBalance's
`plan` (with `--timings`, whose phases on standard error give the mechanism's own time) and the peer,
`verifier/edubalance_verify.py plan` (Python, standard library only) on the same files and public value. The two
documents must be equal value for value (numbers numerically, the four equity statistics to 1e-9): the benchmark
stops on the first difference. The commands run in turn (ours, peer, ours, peer …), so a ratio compares runs made
under the same load; the script prints the medians, the median of the per-round ratios, the CPU seconds (user +
system), the peak resident memory and the load average.

Usage (from the repository root):
    python3 benchmark/scripts/enrolment_vs_verifier.py [--runs 3] [--province] [--province-runs 1]
Needs: a JDK >= 21 and Python 3.11+.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LAUNCHER = os.path.join(ROOT, "edubalance")
VERIFIER = os.path.join(ROOT, "verifier", "edubalance_verify.py")
PUBLIC_VALUE = "SSE close 2026-07-01: 3456.78"
DOUBLE_FIELDS = {"keyRateCv", "keyRateCvWithoutQuota", "ruralUrbanKeyRate", "ruralUrbanKeyRateWithoutQuota"}

# name, demo kind, plan kind, the files by option, the targets (end to end, mechanism) in seconds
ROUNDS = [
    ("admission city", "admission-city", "admission",
     {"--schools": "schools.csv", "--seats": "seats.csv", "--zones": "zones.csv", "--applicants": "applicants.csv"},
     5.0, 0.3),
    ("exam (quota)", "exam", "quota",
     {"--schools": "schools.csv", "--high-schools": "high_schools.csv", "--candidates": "candidates.csv"},
     3.0, None),
    ("admission province", "admission-province", "admission",
     {"--schools": "schools.csv", "--seats": "seats.csv", "--zones": "zones.csv", "--applicants": "applicants.csv"},
     30.0, None),
]


def run(cmd):
    """Runs cmd in a child: (wall seconds, CPU seconds, peak RSS of that child in MiB, its standard error)."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)\n"
        "t = time.perf_counter() - t\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "sys.stderr.write(r.stderr)\n"
        "print(t, u.ru_utime + u.ru_stime, u.ru_maxrss, r.returncode)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True)
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"{' '.join(cmd)} failed:\n{out.stderr}")
    seconds, cpu, rss_kib, code = out.stdout.split()
    if code != "0":
        raise SystemExit(f"{' '.join(cmd)} failed with exit code {code}:\n{out.stderr}")
    return float(seconds), float(cpu), int(rss_kib) / 1024, out.stderr


def first_difference(path, ours, theirs):
    """The first difference between the two documents (None when equal as the contract compares them)."""
    if isinstance(theirs, dict):
        if not isinstance(ours, dict) or set(ours) != set(theirs):
            return f"{path}: keys {sorted(ours) if isinstance(ours, dict) else ours} vs {sorted(theirs)}"
        for k in theirs:
            d = first_difference(f"{path}.{k}", ours[k], theirs[k])
            if d:
                return d
        return None
    if isinstance(theirs, list):
        if not isinstance(ours, list) or len(ours) != len(theirs):
            return f"{path}: {len(ours) if isinstance(ours, list) else ours} items vs {len(theirs)}"
        for i, (a, b) in enumerate(zip(ours, theirs)):
            d = first_difference(f"{path}[{i}]", a, b)
            if d:
                return d
        return None
    if isinstance(theirs, bool) or isinstance(ours, bool) or theirs is None or ours is None:
        return None if ours is theirs or ours == theirs and type(ours) is type(theirs) else f"{path}: {ours} vs {theirs}"
    if isinstance(theirs, (int, Decimal)):
        if not isinstance(ours, (int, Decimal)):
            return f"{path}: {ours!r} vs {theirs!r}"
        field = path.rsplit(".", 1)[-1]
        if field in DOUBLE_FIELDS:
            return None if abs(Decimal(ours) - Decimal(theirs)) <= Decimal("1e-9") else f"{path}: {ours} vs {theirs}"
        return None if Decimal(ours) == Decimal(theirs) else f"{path}: {ours} vs {theirs}"
    return None if ours == theirs and type(ours) is type(theirs) else f"{path}: {ours!r} vs {theirs!r}"


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal)


def phases(stderr):
    """The `--timings` phases of our run: {name: seconds}."""
    line = next((l for l in stderr.splitlines() if l.startswith("timings:")), None)
    if line is None:
        raise SystemExit("no timings line on standard error:\n" + stderr)
    return {m.group(1): float(m.group(2)) for m in re.finditer(r"([a-z][a-z -]*?) ([0-9.]+) s", line[8:])}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--province", action="store_true",
                        help="also the province round (1,000,000 applicants; its Python peer takes minutes)")
    parser.add_argument("--province-runs", type=int, default=1)
    parser.add_argument("--only", choices=[r[1] for r in ROUNDS], help="run only this round")
    parser.add_argument("--data", default=os.path.join(ROOT, "benchmark", "target"))
    args = parser.parse_args()

    if args.only:
        rounds = [r for r in ROUNDS if r[1] == args.only]
    else:
        rounds = [r for r in ROUNDS if r[1] != "admission-province" or args.province]
    subprocess.run([LAUNCHER, "--version"], check=True, stdout=subprocess.DEVNULL)  # build outside the timed runs
    tmp = tempfile.mkdtemp(prefix="edubalance-enrolment-bench-")
    results = []
    for name, kind, plan, files, target, mechanism_target in rounds:
        folder = os.path.join(args.data, kind)
        if not all(os.path.exists(os.path.join(folder, f)) for f in files.values()):
            print(f"generating {kind} in {folder} …", flush=True)
            subprocess.run([LAUNCHER, "demo", "--benchmark", kind, "--out", folder], check=True,
                           stdout=subprocess.DEVNULL)
        options = [x for option, f in files.items() for x in (option, os.path.join(folder, f))]
        ours_json = os.path.join(tmp, kind + "-ours.json")
        peer_json = os.path.join(tmp, kind + "-peer.json")
        ours = [LAUNCHER, "plan", plan, *options, "--public-value", PUBLIC_VALUE, "--out", ours_json, "--timings"]
        peer = [sys.executable, VERIFIER, "plan", "--kind", plan, *options, "--public-value", PUBLIC_VALUE,
                "--out", peer_json]
        runs = args.province_runs if kind == "admission-province" else args.runs
        record = {"ours": [], "peer": []}
        timings = []
        load_start = os.getloadavg()[0]
        for i in range(runs):
            for side, cmd in (("ours", ours), ("peer", peer)):
                t, c, m, err = run(cmd)
                record[side].append((t, c, m))
                if side == "ours":
                    timings.append(phases(err))
            difference = first_difference("$", load(ours_json), load(peer_json))
            if difference:
                raise SystemExit(f"{name}: the documents differ: {difference} (ours vs the verifier)")
            print(f"{name} run {i + 1}: ours {record['ours'][-1][0]:.2f} s "
                  f"(mechanism {timings[-1]['mechanism']:.3f} s), peer {record['peer'][-1][0]:.2f} s; "
                  f"documents equal; load {os.getloadavg()[0]:.1f}", flush=True)
        results.append((name, target, mechanism_target, record, timings, load_start, os.getloadavg()[0]))

    print()
    for name, target, mechanism_target, record, timings, load_start, load_end in results:
        wall = {s: [r[0] for r in record[s]] for s in record}
        cpu = {s: [r[1] for r in record[s]] for s in record}
        rss = {s: max(r[2] for r in record[s]) for s in record}
        ratios = [b / a for a, b in zip(wall["ours"], wall["peer"])]
        med = statistics.median
        print(f"== {name} (load average {load_start:.1f} at the start, {load_end:.1f} at the end; 2 cores)")
        for side in ("ours", "peer"):
            print(f"  {side:<5} median wall {med(wall[side]):.2f} s (runs {min(wall[side]):.2f}–{max(wall[side]):.2f}),"
                  f" CPU {med(cpu[side]):.2f} s, peak RSS {rss[side]:.0f} MiB")
        phase_names = list(timings[0])
        print("  ours, phases (median): " + ", ".join(f"{p} {med([t[p] for t in timings]):.3f} s" for p in phase_names))
        print(f"  peer / ours: {med(ratios):.1f}× (median of the per-round ratios; CPU "
              f"{med(cpu['peer']) / med(cpu['ours']):.1f}×); aim ≥ 20×: {'met' if med(ratios) >= 20 else 'NOT met'}")
        print(f"  target end to end ≤ {target:g} s: {'met' if med(wall['ours']) <= target else 'NOT met'}"
              + (f"; mechanism ≤ {mechanism_target:g} s: "
                 f"{'met' if med([t['mechanism'] for t in timings]) <= mechanism_target else 'NOT met'}"
                 if mechanism_target else ""))


if __name__ == "__main__":
    main()
