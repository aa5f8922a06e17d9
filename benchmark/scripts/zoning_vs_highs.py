"""Benchmark: the zoning planner against HiGHS on the textbook exact model, in one run (issue 12,
docs/planning/zoning.md §5).

Instances (seeded, `ZoningInstances`): a county of 1,500 blocks and 60 schools (a perturbed 30 x 50 grid, rook
adjacency, seats about 1.1 x the entrants, tight in places, the national policy with a 3-year horizon) and a city of
10,000 blocks and 300 schools (100 x 100). For each the Java side (`ZoningBenchmark`) builds the area, writes the
textbook model (`ZoningFlowModel`: binaries x[b][j], one school per block, capacity in every horizon year,
single-commodity-flow contiguity per school, student-km objective) as MPS, zones the area with our planner
(`ZoningPlanner.plan(area, pins, SolveSettings(limit, 2 threads), Method.AUTO, start, listener)`, as the command
line does), re-checks the plan with the planner's checker and with its own, and prints the figures. For the county it
then pins a border block of that plan to the neighbouring school and re-solves starting from the plan
("county-pin"). Then HiGHS (`highspy`) solves the same MPS with the same time limit on 2 threads, and the script
prints both side by side with the targets.

The city's full model (about 3 million binaries and 12 million flow variables) is too big to write, so its MPS keeps
each block's 8 nearest schools only (`--nearest`): HiGHS's objective there is that of a restricted problem (a plan
of it is a plan of the full problem), and its bound is no bound of the full problem. The output says so.

Usage (from the repository root):
  python3 benchmark/scripts/zoning_vs_highs.py [--only county|county-pin|city] [--seconds S] [--pin-seconds S]
        [--seed N] [--method auto|exact|search] [--nearest K] [--no-build]
Default limits: county 60 s, county-pin 5 s, city 300 s (--seconds overrides county and city).
Needs: a JDK >= 21 and highspy. `pip install highspy` works here (the wheel comes from the local package mirror);
without touching the system Python:  python3 -m venv benchmark/.venv && benchmark/.venv/bin/pip install highspy
(the script re-runs itself with benchmark/.venv/bin/python when highspy is missing and that venv exists).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from newest_jdk import newest_jdk  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VENV_PYTHON = os.path.join(ROOT, "benchmark", ".venv", "bin", "python")
CASES = {  # name: (default seconds, target)
    "county": (60, "within 1 % of the optimum, or of the best bound either solver proves, in <= 60 s"),
    "county-pin": (5, "a valid plan with the pin in <= 5 s, re-solved from the county plan"),
    "city": (300, "a valid plan with its proven gap in <= 300 s"),
}
HOW_TO_GET_HIGHSPY = ("highspy is not installed: `pip install highspy` (or `pip install --user highspy`), or "
                      "`python3 -m venv benchmark/.venv && benchmark/.venv/bin/pip install highspy`, then run again")


def have_highspy():
    try:
        import highspy  # noqa: F401
        return True
    except ImportError:
        return False


def highs(mps, seconds):
    import highspy
    h = highspy.Highs()
    h.setOptionValue("output_flag", bool(os.environ.get("HIGHS_LOG")))
    h.setOptionValue("threads", 2)
    start = time.perf_counter()
    read_status = h.readModel(mps)
    read = time.perf_counter() - start
    if read_status == highspy.HighsStatus.kError:
        raise RuntimeError(f"HiGHS could not read {mps}")
    # Set after reading: HiGHS's time limit also stops its MPS reader, and a 150 MB file takes it several seconds.
    h.setOptionValue("time_limit", float(seconds))
    start = time.perf_counter()
    h.run()
    elapsed = time.perf_counter() - start
    info = h.getInfo()
    has_plan = info.primal_solution_status == 2
    bound = info.mip_dual_bound
    return {"status": h.modelStatusToString(h.getModelStatus()),
            "objective": info.objective_function_value if has_plan else None,
            "bound": bound if bound not in (float("inf"), float("-inf")) else None,
            "gap": info.mip_gap if has_plan and info.mip_gap != float("inf") else None,
            "seconds": elapsed, "readSeconds": read, "version": h.version()}


def fmt(value, digits=3):
    return "-" if value is None else f"{value:,.{digits}f}"


def pct(value):
    return "-" if value is None else f"{100 * value:.3f} %"


def ours_line(ours):
    if ours.get("status") in ("NOT_AVAILABLE", "REFUSED"):
        return f"  ours: {ours['status']} ({ours.get('note', '')})"
    checks = ours["checks"]
    recheck = ours["recheck"]
    return (f"  ours  ({ours['solver']}): {ours['status']:<9} objective {fmt(ours['objective'])} student-km, bound "
            f"{fmt(ours['bound'])}, gap {pct(ours['gap'])}, {ours['seconds']:.1f} s (wall {ours['wallSeconds']:.1f} s); "
            f"checker {'passed' if all(checks.values()) else checks}, re-check "
            f"{'passed' if all(recheck.values()) else recheck}; objective re-computed {fmt(ours['objectiveRecomputed'])}")


def verdict(name, ours, peer, limit):
    if ours.get("objective") is None:
        return "not measured (no plan of ours)"
    valid = all(ours["checks"].values()) and all(ours["recheck"].values())
    if name == "county":
        bounds = [b for b in (ours.get("bound"), peer and peer.get("bound")) if b is not None]
        best_bound = max(bounds) if bounds else None
        if not valid or best_bound is None:
            return "not met" if not valid else "unknown (no bound)"
        off = (ours["objective"] - best_bound) / ours["objective"]
        return f"{'met' if off <= 0.01 and ours['seconds'] <= 60.5 else 'not met'} ({100 * off:.3f} % above the best bound)"
    if name == "county-pin":
        return f"{'met' if valid and ours['seconds'] <= 5.0 else 'not met'} ({ours['seconds']:.2f} s)"
    # The planner holds its limit to about a second (no solve is started with less than a second left).
    in_time = ours["seconds"] <= limit + 1.0
    return (f"{'met' if valid and ours.get('gap') is not None and in_time else 'not met'} "
            f"(gap {pct(ours.get('gap'))}, {ours['seconds']:.1f} s)")


def run_java(java, args, cwd):
    run = subprocess.run([java, "-Xmx8g", "--enable-native-access=ALL-UNNAMED", "-cp",
                          "benchmark/target/edubalance-benchmark.jar:benchmark/target/lib/*",
                          "org.edubalance.benchmark.zoning.ZoningBenchmark", *args],
                         cwd=cwd, check=True, capture_output=True, text=True)
    return [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=sorted(CASES), action="append")
    parser.add_argument("--seconds", type=int, help="time limit of the county and the city (default 60 and 300)")
    parser.add_argument("--pin-seconds", type=int, default=5, help="time limit of the re-solve after a pin")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--method", choices=["auto", "exact", "search"], default="auto")
    parser.add_argument("--nearest", type=int, default=8, help="the city's MPS keeps each block's K nearest schools")
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    venv = os.path.dirname(os.path.dirname(VENV_PYTHON))
    if not have_highspy() and os.path.exists(VENV_PYTHON) and os.path.realpath(sys.prefix) != os.path.realpath(venv):
        os.execv(VENV_PYTHON, [VENV_PYTHON, os.path.abspath(__file__), *sys.argv[1:]])
    peer_ok = have_highspy()
    if not peer_ok:
        print(HOW_TO_GET_HIGHSPY + "; our planner's side runs anyway.", flush=True)
    if not args.no_build:
        subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "-o", "-DskipTests", "-Dspotless.apply.skip=true",
                        "-Dspotless.check.skip=true", "package", "-pl", "benchmark", "-am"], cwd=ROOT, check=True)
    java = os.path.join(newest_jdk(), "bin", "java")
    wanted = args.only or list(CASES)
    runs = []
    if "county" in wanted or "county-pin" in wanted:
        seconds = args.seconds or CASES["county"][0]
        out = tempfile.mkdtemp(prefix="zoning-county-")
        pin = args.pin_seconds if "county-pin" in wanted else 0
        lines = run_java(java, ["county", str(seconds), str(args.seed), out, args.method, str(pin)], ROOT)
        runs.append(("county", seconds, lines[0]))
        if pin:
            runs.append(("county-pin", pin, lines[1]))
    if "city" in wanted:
        seconds = args.seconds or CASES["city"][0]
        out = tempfile.mkdtemp(prefix="zoning-city-")
        lines = run_java(java, ["city", str(seconds), str(args.seed), out, args.method, "0", str(args.nearest)], ROOT)
        runs.append(("city", seconds, lines[0]))
    for name, seconds, ours in runs:
        if name not in wanted:
            continue
        restricted = f", MPS restricted to each block's {ours['nearest']} nearest schools" if ours["nearest"] else ""
        print(f"{name} (limit {seconds} s): {ours['blocks']:,} blocks, {ours['schools']} schools, {ours['pairs']:,} "
              f"adjacent pairs; model {ours['binaries']:,} binaries, {ours['flows']:,} flows, {ours['rows']:,} rows, "
              f"MPS {ours['mpsBytes'] / 1e6:.0f} MB{restricted}", flush=True)
        if "pin" in ours:
            p = ours["pin"]
            print(f"  pin: block {p['block']} from {p['from']} to {p['to']}"
                  f"{'' if p['startFromPlan'] else ' (no county plan to start from: border of the nearest-school zones)'}")
        # Ours first: HiGHS can overrun its limit by far on the city's model, and our figures must not wait for it.
        print(ours_line(ours), flush=True)
        peer = highs(ours["mps"], seconds) if peer_ok else None
        if peer:
            note = " (restricted model: its bound is not a bound of the full problem)" if ours["nearest"] else ""
            print(f"  HiGHS {peer['version']} (highspy, same MPS, 2 threads): {peer['status']:<9} objective "
                  f"{fmt(peer['objective'])}, bound {fmt(peer['bound'])}, gap {pct(peer['gap'])}, "
                  f"{peer['seconds']:.1f} s (reading {peer['readSeconds']:.1f} s){note}")
        else:
            print("  HiGHS: not run (" + HOW_TO_GET_HIGHSPY + ")")
        print(f"  target: {CASES[name][1]} -- {verdict(name, ours, None if ours['nearest'] else peer, seconds)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
