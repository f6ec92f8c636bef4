#!/usr/bin/env bash
# Raw-engine baseline (JMH, 16 threads, in-process, no HTTP): process starts/s and task completions/s on
# bench/ten-user-tasks.bpmn. About 3 minutes per benchmark with the defaults.
# Usage: bench/jmh.sh [JMH options], e.g. bench/jmh.sh taskCompletions -i 5   (bench/jmh.sh -h lists them)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
./mvnw -q -f bench/jmh/pom.xml -DskipTests package
machine_line
exec java -jar bench/jmh/target/benchmarks.jar "$@"
