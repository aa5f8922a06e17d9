"""Benchmark: the rotation planner against HiGHS on the same model, in one run (issue 5, docs/planning-methods.md §9).

For each instance (a seeded county of ~150 schools at 10 and 15 km, a city of ~600 schools at 15 km) the Java side
builds the problem, writes its model as MPS, solves it with our planner as `plan rotation --solver auto` would (the
exact model where it fits, the county at 10 km; the search planner otherwise: near plans of geographic parts on one core,
the relaxation bound and the whole model on the other) within the limit, re-checks the plan with the independent checker
and prints its figures. Then HiGHS (the `highspy` package, the peer
an operations-research analyst would reach for) solves the very same MPS with the same time limit on the same two
cores. The script prints both side by side: objective, proven bound, gap, time, and for our plan the movers,
commute and the county CVs before and after.

Usage (from the repository root):  python3 benchmark/scripts/rotation_vs_highs.py [--only county-10] [--seconds S]
Needs: a JDK >= 21 and `pip install highspy`.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

from newest_jdk import newest_jdk

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
INSTANCES = {  # name: (scale, radius km, default seconds, target)
    "county-10": ("county", 10, 60, "within 0.1 % of HiGHS's optimum in <= 60 s"),
    "county-15": ("county", 15, 300, "better than HiGHS's incumbent at equal time, within 1-2 % of the bound"),
    "city-15": ("city", 15, 300, "better than HiGHS's incumbent at equal time, within 1-2 % of the bound"),
}


def highs(mps, seconds):
    import highspy
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", float(seconds))
    h.setOptionValue("threads", 2)
    h.readModel(mps)
    start = time.perf_counter()
    h.run()
    elapsed = time.perf_counter() - start
    info = h.getInfo()
    status = h.modelStatusToString(h.getModelStatus())
    objective = info.objective_function_value if info.primal_solution_status == 2 else float("nan")
    bound = info.mip_dual_bound
    gap = info.mip_gap if info.primal_solution_status == 2 else float("nan")
    return {"status": status, "objective": objective, "bound": bound, "gap": gap, "seconds": elapsed}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=sorted(INSTANCES), action="append")
    parser.add_argument("--seconds", type=int, help="time limit for every instance (default: per instance)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "-DskipTests", "-Dspotless.apply.skip=true",
                    "-Dspotless.check.skip=true", "package", "-pl", "benchmark", "-am"], cwd=ROOT, check=True)
    java = os.path.join(newest_jdk(), "bin", "java")
    classpath = "benchmark/target/edubalance-benchmark.jar:benchmark/target/lib/*"
    rows = []
    for name in args.only or INSTANCES:
        scale, radius, default_seconds, target = INSTANCES[name]
        seconds = args.seconds or default_seconds
        out = tempfile.mkdtemp(prefix="rotation-" + name + "-")
        run = subprocess.run([java, "-Xmx8g", "--enable-native-access=ALL-UNNAMED", "-cp", classpath,
                              "org.edubalance.benchmark.rotation.RotationBenchmark", scale, str(radius), str(seconds),
                              str(args.seed), out], cwd=ROOT, check=True, capture_output=True, text=True)
        ours = json.loads(run.stdout.strip().splitlines()[-1])
        peer = highs(os.path.join(out, "model.mps"), seconds)
        rows.append((name, target, ours, peer))
        print(f"{name}: {ours['schools']} schools, {ours['teachers']:,} teachers, {ours['eligible']:,} eligible, "
              f"{ours['binaries']:,} binaries", flush=True)
        print(f"  ours  ({ours['solver']}): {ours['status']:<9} objective {ours['objective']:.6f}, bound "
              f"{ours['bound']:.6f}, gap {100 * ours['gap']:.3f} %, {ours['seconds']:.1f} s; {ours['movers']} movers "
              f"(quota {ours['minimumMovers']}), commute {ours['commuteKm']:.0f} km, balance {ours['balance']:.6f}, "
              f"checker valid {ours['valid']}")
        print(f"  HiGHS {highspy_version()} (highspy, same MPS): {peer['status']:<9} objective {peer['objective']:.6f}, bound "
              f"{peer['bound']:.6f}, gap {100 * peer['gap']:.3f} %, {peer['seconds']:.1f} s")
        best = min(v for v in (ours["objective"], peer["objective"]) if v == v)
        print(f"  ours vs the better objective: {100 * (ours['objective'] - best) / best:+.3f} %; target: {target}")
        for segment, cvs in ours["cv"].items():
            print("  " + segment.lower() + " CV before -> after: " + ", ".join(
                f"{k.replace('_per100', '')} {b:.3f} -> {a:.3f}" for k, (b, a) in cvs.items()))
    return 0


def highspy_version():
    import highspy
    return highspy.Highs().version()


if __name__ == "__main__":
    sys.exit(main())
