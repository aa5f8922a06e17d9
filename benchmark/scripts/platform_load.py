"""Benchmark of the web platform (issue 3): cold start, pages under load, a 10,000-row XLSX import.

1. Cold start: `./edubalance serve` on an empty data directory (first start: creates the database and loads the
   demo city) and again on the same directory (a restart), each timed from launch to the sign-in page answering.
2. Load: the platform with the demo province (~120 counties, ~7,000 schools a year; `APP_DEMO_SCALE=province`),
   50 signed-in sessions requesting the dashboard and the school list for 60 s, on loopback
   (`org.edubalance.benchmark.platform.PlatformLoad`): requests, errors, p50/p95/p99 per page.
3. Import: 10,000 school rows of a new year as an XLSX (written with openpyxl), uploaded through the API as a
   planner, timed to the stored answer.

Targets (issue 3): p95 <= 200 ms with 0 errors, import <= 10 s, cold start <= 20 s.
Usage (from the repository root): python3 benchmark/scripts/platform_load.py [--clients 50] [--seconds 60]
       [--warmup 15] [--only start|load|import]...  (the load is measured after a warm-up of the same load)
Needs: a JDK >= 21 and Python's openpyxl. Uses ports 18080-18082 on loopback.
"""
import argparse
import base64
import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid

from newest_jdk import newest_jdk

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PASSWORD = "bench-" + uuid.uuid4().hex[:12]
PAGES = ["/", "/dashboard", "/schools"]  # home (where a sign-in lands), the city dashboard, the school list; county dashboards are added


def start(port, data_dir, scale="city"):
    env = dict(os.environ, EDUBALANCE_DEMO_PASSWORD=PASSWORD, APP_DEMO_SCALE=scale)
    log = open(os.path.join(data_dir, "serve.log"), "w", encoding="utf-8")
    launched = time.perf_counter()
    process = subprocess.Popen([os.path.join(ROOT, "edubalance"), "serve", "--port", str(port), "--data-dir",
                                data_dir], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    while True:
        if process.poll() is not None:
            raise SystemExit(f"serve exited with {process.returncode}; see {log.name}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/ready", timeout=2) as answer:
                if answer.status == 200:
                    return process, time.perf_counter() - launched
        except OSError:
            time.sleep(0.2)


def stop(process):
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


def api(port, path, user="planner"):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}")
    request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{PASSWORD}".encode()).decode())
    with urllib.request.urlopen(request, timeout=60) as answer:
        return json.load(answer)


def upload(port, path, file_name, content):
    boundary = "----edubalance" + uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n"
            "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").encode()
    body += content + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, method="POST")
    request.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
    request.add_header("Authorization", "Basic " + base64.b64encode(f"planner:{PASSWORD}".encode()).decode())
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=300) as answer:
        answer.read()
        return answer.status, time.perf_counter() - started


def xlsx_of(csv_path, rows, target):
    import openpyxl
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("schools")
    with open(csv_path, encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        header = next(reader)
        sheet.append(header)
        for i, row in enumerate(reader):
            if i >= rows:
                break
            sheet.append([float(v) if v.replace(".", "", 1).isdigit() and h not in ("county_code", "school_code")
                          else v for h, v in zip(header, row)])
    book.save(target)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--warmup", type=int, default=15,
                        help="seconds of the same load before the measured run, not counted: the server's JIT "
                             "compiles and its views are built once, as on a platform that has been running")
    parser.add_argument("--only", choices=["start", "load", "import"], action="append",
                        help="run only these parts (repeatable); all three by default")
    args = parser.parse_args()
    parts = set(args.only or ["start", "load", "import"])
    subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "-DskipTests", "-Dspotless.apply.skip=true",
                    "-Dspotless.check.skip=true", "package", "-pl", "cli,benchmark", "-am"], cwd=ROOT, check=True)
    work = tempfile.mkdtemp(prefix="edubalance-platform-")
    try:
        if "start" in parts:
            city = os.path.join(work, "city")
            os.makedirs(city)
            process, first = start(18080, city)
            stop(process)
            process, restart = start(18080, city)
            stop(process)
            print(f"cold start to ready: first start {first:.1f} s (creates the database, loads the demo city), "
                  f"restart {restart:.1f} s (target <= 20 s)", flush=True)
        if not parts & {"load", "import"}:
            return 0

        province = os.path.join(work, "province")
        os.makedirs(province)
        launched = time.perf_counter()
        process, _ = start(18081, province, "province")
        try:
            # The demo is loaded after the server answers: wait until the demo accounts exist and the data are in.
            while True:
                try:
                    counties = [r["code"] for r in api(18081, "/api/v1/regions/counties")]
                    if len(counties) >= 100:
                        break
                except OSError:
                    pass
                if time.perf_counter() - launched > 900:
                    raise SystemExit("the demo province was not loaded within 15 minutes")
                time.sleep(2)
            seeded = time.perf_counter() - launched
            counties = counties[:5]
            pages = PAGES + [f"/dashboard/{c}" for c in counties]
            if "load" in parts:
                def drive(seconds):
                    java = os.path.join(newest_jdk(), "bin", "java")
                    return subprocess.run(
                        [java, "-cp", "benchmark/target/edubalance-benchmark.jar:benchmark/target/lib/*",
                         "org.edubalance.benchmark.platform.PlatformLoad", "http://127.0.0.1:18081", "inspector",
                         PASSWORD, str(args.clients), str(seconds), *pages],
                        cwd=ROOT, check=True, capture_output=True, text=True).stdout
                if args.warmup > 0:
                    drive(args.warmup)
                load = drive(args.seconds)
                print(f"load: demo province (first start with seeding {seeded:.0f} s), {args.clients} signed-in "
                      f"sessions for {args.seconds} s after {args.warmup} s of warm-up "
                      f"(target p95 <= 200 ms, 0 errors):", flush=True)
                total = 0
                for line in load.strip().splitlines():
                    r = json.loads(line)
                    total += r["requests"]
                    print(f"  {r['path']:<28} {r['requests']:>7,} requests, {r['errors']} errors, "
                          f"p50 {r['p50Ms']:.0f} ms, p95 {r['p95Ms']:.0f} ms, p99 {r['p99Ms']:.0f} ms", flush=True)
                print(f"  all pages: {total / args.seconds:.0f} requests/s", flush=True)
            if "import" not in parts:
                return 0

            demo = os.path.join(work, "demo2026")
            subprocess.run([os.path.join(ROOT, "edubalance"), "demo", "--scale", "province", "--year", "2026",
                            "--out", demo], cwd=ROOT, check=True, capture_output=True)
            target = os.path.join(work, "schools-10000.xlsx")
            xlsx_of(os.path.join(demo, "schools.csv"), 10_000, target)
            status, seconds = upload(18081, "/api/v1/imports?replace=true", "schools-10000.xlsx",
                                     open(target, "rb").read())
            print(f"import: 10,000-row XLSX ({os.path.getsize(target) / 1e6:.1f} MB) through the API: HTTP {status} "
                  f"in {seconds:.1f} s (target <= 10 s)")
        finally:
            stop(process)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
