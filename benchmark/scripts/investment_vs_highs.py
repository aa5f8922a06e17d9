"""Benchmark: the investment planner against HiGHS on the same model, in one run (issue 13 §D, docs/planning/investment.md §3).

For each instance (the seeded demo county, city and province, the province about 7,000 schools) the Java side
generates the data, solves the compliance problem without the county CV limits by the planner's exact per-school
enumeration (timed) and writes the same problem as the MIP the planner's county step builds (integer steps of every
action, a binary per school segment and indicator for the one allowed between 85 % and 100 %, the backbone-training
cap) as MPS. Then HiGHS (the `highspy` package) solves that MPS with the time limit on two cores. The script prints
both side by side: objective, HiGHS's proven bound and gap, time. The two optima must agree (up to HiGHS's MIP gap
tolerance); ours is proven by enumeration.

With `--budget F` it also solves budget mode (docs/planning/investment.md §4) with F times the compliance optimum as
the budget: our exact count DP, timed, against HiGHS on the same problem as a MIP in two stages (the most compliant
school segments, then the least cost at that count).

With `--cv S` it also solves each instance with the county CV limits (docs/planning/investment.md §3.3) twice, each
in its own JVM with the time limit S: by the planner (water levels, Lagrangian bound, then the cut loop) and by the
peer, HiGHS with supporting-hyperplane cuts alone (the textbook outer approximation), printing cost, proven bound,
gap and time of each.

Usage (from the repository root):  benchmark/.venv/bin/python benchmark/scripts/investment_vs_highs.py [--only county]
                                    [--seconds S] [--budget F] [--cv S]
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
INSTANCES = {"county": 60, "city": 120, "province": 600}  # name: default seconds for HiGHS


def highs(mps, seconds, count_at_least=None):
    import highspy
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", float(seconds))
    h.setOptionValue("threads", 2)
    h.readModel(mps)
    if count_at_least is not None:
        # The budget model's last row counts the compliant segments: keep the count the first stage reached.
        last = h.getNumRow() - 1
        h.changeRowBounds(last, float(count_at_least), highspy.kHighsInf)
    start = time.perf_counter()
    h.run()
    elapsed = time.perf_counter() - start
    info = h.getInfo()
    status = h.modelStatusToString(h.getModelStatus())
    objective = info.objective_function_value if info.primal_solution_status == 2 else float("nan")
    gap = info.mip_gap if info.primal_solution_status == 2 else float("nan")
    return {"status": status, "objective": objective, "bound": info.mip_dual_bound, "gap": gap, "seconds": elapsed}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=sorted(INSTANCES), action="append")
    parser.add_argument("--seconds", type=int, help="HiGHS's time limit for every instance (default: per instance)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--budget", type=float, metavar="F",
                        help="also solve budget mode with F times the compliance optimum as the budget, ours and HiGHS")
    parser.add_argument("--cv", type=int, metavar="S",
                        help="also solve with the county CV limits, ours against HiGHS with cuts alone, limit S seconds")
    args = parser.parse_args()
    subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "-DskipTests", "-Dspotless.apply.skip=true",
                    "-Dspotless.check.skip=true", "package", "-pl", "benchmark", "-am"], cwd=ROOT, check=True)
    java = os.path.join(newest_jdk(), "bin", "java")
    classpath = "benchmark/target/edubalance-benchmark.jar:benchmark/target/lib/*"
    for name in args.only or INSTANCES:
        seconds = args.seconds or INSTANCES[name]
        out = tempfile.mkdtemp(prefix="investment-" + name + "-")
        run = subprocess.run([java, "-Xmx8g", "--enable-native-access=ALL-UNNAMED", "-cp", classpath,
                              "org.edubalance.benchmark.investment.InvestmentBenchmark", name, str(args.seed), out],
                             cwd=ROOT, check=True, capture_output=True, text=True)
        ours = last_json(run.stdout)
        peer = highs(os.path.join(out, "model.mps"), seconds)
        print(f"{name}: {ours['schools']:,} schools, {ours['segments']:,} school segments", flush=True)
        print(f"  ours  (per-school enumeration): OPTIMAL   objective {ours['objective']:,.0f} yuan, "
              f"{ours['seconds']:.2f} s")
        print(f"  HiGHS {highspy_version()} (highspy, same MPS): {peer['status']:<9} objective "
              f"{peer['objective']:,.0f}, bound {peer['bound']:,.0f}, gap {100 * peer['gap']:.3f} %, "
              f"{peer['seconds']:.1f} s")
        if peer["objective"] == peer["objective"]:
            print(f"  ours vs HiGHS: {100 * (ours['objective'] - peer['objective']) / peer['objective']:+.4f} %")
        if args.budget:
            # Budget mode: our exact count DP against HiGHS on the same problem as a MIP, in two stages (the most
            # compliant school segments, then the least cost at that count), each with the instance's time limit.
            run = subprocess.run([java, "-Xmx8g", "--enable-native-access=ALL-UNNAMED", "-cp", classpath,
                                  "org.edubalance.benchmark.investment.InvestmentBenchmark", name, str(args.seed),
                                  out, "budget", str(args.budget)],
                                 cwd=ROOT, check=True, capture_output=True, text=True)
            r = last_json(run.stdout)
            print(f"  budget {r['budget']:,.0f} yuan ({100 * args.budget:.0f} % of the optimum above)")
            print(f"    ours (count DP):  {r['status']:<9} {r['count']:,.0f} compliant segments for "
                  f"{r['cost']:,.0f} yuan, {r['seconds']:.2f} s")
            first = highs(os.path.join(out, "count.mps"), seconds)
            count = round(-first["objective"]) if first["objective"] == first["objective"] else None
            line = (f"    HiGHS, count:     {first['status']:<9} {count if count is not None else '—'} segments "
                    f"(bound {-first['bound']:,.1f}), {first['seconds']:.1f} s")
            print(line, flush=True)
            if count is not None:
                second = highs(os.path.join(out, "cost.mps"), seconds, count_at_least=count)
                print(f"    HiGHS, then cost: {second['status']:<9} {second['objective']:,.0f} yuan (bound "
                      f"{second['bound']:,.0f}), {second['seconds']:.1f} s", flush=True)
        if args.cv:
            # With the county CV limits (second-order cones): our water levels + Lagrangian bound + cut loop, against
            # HiGHS with supporting-hyperplane cuts alone, both in a cold JVM with the same limit.
            for mode, label in (("cv", "ours (levels + bound + cuts)"), ("cv-cuts", "HiGHS + cuts alone        ")):
                run = subprocess.run([java, "-Xmx8g", "--enable-native-access=ALL-UNNAMED", "-cp", classpath,
                                      "org.edubalance.benchmark.investment.InvestmentBenchmark", name, str(args.seed),
                                      out, mode, str(args.cv)],
                                     cwd=ROOT, check=True, capture_output=True, text=True)
                r = last_json(run.stdout)
                print(f"  with CV limits, {label}: {r['status']:<9} cost {r['objective']:,.0f}, proven bound "
                      f"{r['bound']:,.0f}, gap {100 * r['gap']:.3f} %, {r['seconds']:.1f} s", flush=True)
    return 0


def last_json(stdout):
    # HiGHS itself may print a debug line to the process's standard output (a printf in its MIP code, not behind its
    # output flag), and the C library flushes it at exit, after ours: the figures are the last line that is JSON.
    return json.loads([line for line in stdout.splitlines() if line.startswith("{")][-1])


def highspy_version():
    import highspy
    return highspy.Highs().version()


if __name__ == "__main__":
    sys.exit(main())
