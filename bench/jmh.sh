#!/usr/bin/env bash
# Raw-engine baseline (JMH, 16 threads, in-process, no HTTP): process starts/s and task completions/s on
# bench/ten-user-tasks.bpmn (TenUserTasksBenchmark, about 1.5 minutes per benchmark), complete applications/s on
# the service's pre-departure models with stand-in delegates (PreDepartureBenchmark, about 2.5 minutes).
# Usage: bench/jmh.sh [JMH options], e.g. bench/jmh.sh taskCompletions -i 5   (bench/jmh.sh -h lists them)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
./mvnw -q -f bench/jmh/pom.xml -DskipTests package
machine_line
exec java -jar bench/jmh/target/benchmarks.jar "$@"
