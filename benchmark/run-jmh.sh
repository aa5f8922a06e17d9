#!/usr/bin/env bash
# Runs the JMH micro-benchmarks on a JDK >= 21. Usage: benchmark/run-jmh.sh [JMH options, e.g. CvKernel -p schools=60]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
./mvnw -B -q -DskipTests -Dspotless.apply.skip=true package -pl benchmark -am
JDK=""
for home in /usr/lib/jvm/*; do
  v="$( (sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true) | head -n1)"
  if [[ "${v:-0}" -ge 21 ]]; then JDK="$home"; fi
done
exec "${JDK:-${JAVA_HOME:-/usr}}/bin/java" -cp "benchmark/target/edubalance-benchmark.jar:benchmark/target/lib/*" \
  org.openjdk.jmh.Main "${@:-CvKernel}"
