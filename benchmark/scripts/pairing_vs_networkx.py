"""Benchmark: the pairing planner against networkx's min-cost flow, on the same seeded instances, in one run
(issue 13, docs/planning/pairing.md).

Instances (seeded, `PairingBenchmark`): strong (mentor) and weak (mentee) primary segments placed uniformly in a
square — a county of 40 mentors and 110 mentees in 25 km x 25 km, and a city of 600 schools, 150 mentors and 450
mentees in 50 km x 50 km — with the national policy (at most 3 mentees a mentor, 30 km). The Java side writes the
instance (codes and positions), times `PairingPlanner.plan` in its process (the first call, which loads OR-Tools'
native library, and the median of 21 calls after 10 warm-up calls), re-checks the plan with the independent checker
and prints its figures. networkx (`max_flow_min_cost`: a maximum flow, then network simplex for its least cost) then
solves the same network built here from the positions: source -> mentor (capacity 3), mentor -> mentee within 30 km
(capacity 1, cost = haversine metres, R = 6371.0088 km), mentee -> sink (capacity 1); median of 3 calls. Both must pair
as many mentees with the same total metres (gap 0). Target: the city optimal in <= 100 ms.

Usage (from the repository root):  python3 benchmark/scripts/pairing_vs_networkx.py [--only county|city] [--seed N]
        [--no-build]
Needs: a JDK >= 21 and networkx (`pip install networkx`; or Debian's `apt-get install python3-networkx`, which the
script then uses through /usr/bin/python3 when the current Python lacks networkx).
"""
import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from newest_jdk import newest_jdk  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CASES = {"county": (40, 110, 25.0), "city": (150, 450, 50.0)}
RADIUS_KM = 6371.0088


def have_networkx():
    try:
        import networkx  # noqa: F401
        return True
    except ImportError:
        return False


def metres(a, b):
    p1, p2 = a["lat"] * math.pi / 180, b["lat"] * math.pi / 180
    dl = (b["lon"] - a["lon"]) * math.pi / 180
    h = math.sin((p2 - p1) / 2) ** 2 + (math.cos(p1) * math.cos(p2)) * (math.sin(dl / 2) ** 2)
    km = 2 * RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
    return km, math.floor(km * 1000 + 0.5)


def peer(instance):
    import networkx as nx
    g = nx.DiGraph()
    k, limit = instance["maxMenteesPerMentor"], instance["maxDistanceKm"]
    for m in instance["mentors"]:
        g.add_edge("s", "m" + m["code"], capacity=k, weight=0)
    arcs = 0
    for w in instance["mentees"]:
        g.add_edge("w" + w["code"], "t", capacity=1, weight=0)
        for m in instance["mentors"]:
            km, cost = metres(m, w)
            if km <= limit:
                g.add_edge("m" + m["code"], "w" + w["code"], capacity=1, weight=cost)
                arcs += 1
    times = []
    for _ in range(3):
        start = time.perf_counter()
        flow = nx.max_flow_min_cost(g, "s", "t")
        times.append((time.perf_counter() - start) * 1000)
    paired = sum(flow["s"].values())
    return {"paired": paired, "metres": nx.cost_of_flow(g, flow), "medianMs": statistics.median(times),
            "arcs": arcs, "version": nx.__version__}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=sorted(CASES), action="append")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not have_networkx() and os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != "/usr/bin/python3":
        probe = subprocess.run(["/usr/bin/python3", "-c", "import networkx"], capture_output=True)
        if probe.returncode == 0:
            os.execv("/usr/bin/python3", ["/usr/bin/python3", os.path.abspath(__file__), *sys.argv[1:]])
    if not args.no_build:
        subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "-o", "-DskipTests", "-Dspotless.apply.skip=true",
                        "-Dspotless.check.skip=true", "package", "-pl", "benchmark", "-am"], cwd=ROOT, check=True)
    java = os.path.join(newest_jdk(), "bin", "java")
    for name in args.only or list(CASES):
        mentors, mentees, side = CASES[name]
        instance_file = os.path.join(tempfile.mkdtemp(prefix="pairing-"), "instance.json")
        run = subprocess.run([java, "--enable-native-access=ALL-UNNAMED", "-cp",
                              "benchmark/target/edubalance-benchmark.jar:benchmark/target/lib/*",
                              "org.edubalance.benchmark.pairing.PairingBenchmark", str(mentors), str(mentees),
                              str(side), str(args.seed), instance_file, "21"],
                             cwd=ROOT, check=True, capture_output=True, text=True)
        ours = json.loads(run.stdout.strip().splitlines()[-1])
        print(f"{name}: {mentors} mentors, {mentees} mentees in {side:g} km x {side:g} km, seed {args.seed}, "
              f"policy national (3 mentees a mentor, 30 km)")
        print(f"  ours      ({'checked' if ours['checked'] else 'CHECK FAILED'}): {ours['status']}, paired "
              f"{ours['paired']}, {ours['metres']:,} m; median {ours['medianMs']:.2f} ms "
              f"(min {ours['minMs']:.2f}, max {ours['maxMs']:.2f}; first call {ours['firstMs']:.0f} ms with the "
              f"native library), checker {ours['checkMs']:.0f} ms", flush=True)
        if not have_networkx():
            print("  networkx: not installed (apt-get install python3-networkx); our side only")
            continue
        theirs = peer(json.load(open(instance_file, encoding="utf-8")))
        gap = ours["metres"] - theirs["metres"]
        print(f"  networkx {theirs['version']}: paired {theirs['paired']}, {theirs['metres']:,} m over "
              f"{theirs['arcs']:,} arcs; median {theirs['medianMs']:.1f} ms")
        same = ours["paired"] == theirs["paired"] and gap == 0
        print(f"  gap {gap} m ({'the same optimum' if same else 'DIFFERENT'}); time ratio ours / networkx "
              f"{ours['medianMs'] / theirs['medianMs']:.3f}"
              + ("; target (city optimal in <= 100 ms): " + ("met" if same and ours['medianMs'] <= 100 else "NOT met")
                 if name == "city" else ""))


if __name__ == "__main__":
    main()
