#!/usr/bin/env bash
# Coordination report (issue 22): a year's report over the growth fixture, and task completion with and without
# report reads running at the same time. Fills (once) a data dir with COUNT completed applications
# (bench/history-load.sh --fill-only, cloned from one API run) and CASES synthetic cases (bench/history/CaseFill.java),
# starts the app on it, times GET /api/v1/reports/coordination for the last 365 days (REPEAT times, one after the
# other), then runs the pre-departure scenario ROUNDS times alone and ROUNDS times with one client reading the report
# in a loop, interleaved (alone, with, alone, with, ...).
# Usage: bench/report-load.sh [--count=100000] [--cases=10000] [--dir=DIR] [--repeat=5] [--rounds=2] [--seconds=40]
#        [--clients=4]
# Env: APP_JAR, JAVA_OPTS (server JVM flags).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

count=100000
cases=10000
dir=
repeat=5
rounds=2
seconds=40
clients=4
for arg in "$@"; do
  case "$arg" in
    --count=*) count=${arg#--count=} ;;
    --cases=*) cases=${arg#--cases=} ;;
    --dir=*) dir=${arg#--dir=} ;;
    --repeat=*) repeat=${arg#--repeat=} ;;
    --rounds=*) rounds=${arg#--rounds=} ;;
    --seconds=*) seconds=${arg#--seconds=} ;;
    --clients=*) clients=${arg#--clients=} ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
dir=${dir:-/tmp/satuatap-history-$count}
[ -f "$APP_JAR" ] || { echo "no $APP_JAR: run ./mvnw -DskipTests package first" >&2; exit 1; }
h2_jar=$(ls "$(dirname "$APP_JAR")"/lib/main/com.h2database.h2-*.jar | head -n 1)

bench/history-load.sh --count="$count" --dir="$dir" --fill-only
if [ ! -f "$dir/cases-filled" ]; then
  java -Xmx1g -cp "$h2_jar" bench/history/CaseFill.java "$dir/data" "$cases"
  date -u +%Y-%m-%dT%H:%MZ >"$dir/cases-filled"
fi

machine_line
reader=
trap 'stop_reader; stop_app' EXIT
stop_reader() {
  # The loop's curl first (a read may be in flight for many seconds), then the loop itself, both by pid.
  if [ -n "$reader" ] && kill -0 "$reader" 2>/dev/null; then pkill -P "$reader" || true; kill "$reader"; wait "$reader" 2>/dev/null || true; fi
  reader=
}
port=$(free_port)
start_app "$dir/data" "$port" "$dir/report-load.log"
wait_ready "$port" 300 || { echo "app not ready; log:" >&2; tail -n 30 "$dir/report-load.log" >&2; exit 1; }
to=$(date -u +%F)
from=$(date -u -d "$to - 364 days" +%F)
url="http://127.0.0.1:$port/api/v1/reports/coordination?from=$from&to=$to"

echo "report $from..$to on $(du -sh "$dir/data" | cut -f1) ($count applications, $cases cases), $repeat reads one after the other:"
for i in $(seq 1 "$repeat"); do
  curl -s -o "$dir/report.json" -u coordinator:demo -w "  read $i: %{http_code} in %{time_total} s, %{size_download} bytes\n" "$url"
done
grep -o '"name":"desks".\{0,160\}' "$dir/report.json" | head -n 1

read_loop() {
  local n=0 started
  started=$(now_ms)
  echo "0 0" >"$dir/reader.count"
  while :; do
    curl -s -o /dev/null -u coordinator:demo "$url"
    n=$((n + 1))
    echo "$n $(( $(now_ms) - started ))" >"$dir/reader.count"
  done
}

for round in $(seq 1 "$rounds"); do
  echo "round $round, alone: pre-departure, $clients clients, $seconds s"
  java bench/http/HttpLoad.java --base="http://127.0.0.1:$port" --pid="$APP_PID" --scenario=predeparture \
    --clients="$clients" --warmup=10 --seconds="$seconds"
  echo "round $round, with report reads in a loop: pre-departure, $clients clients, $seconds s"
  rm -f "$dir/reader.count"
  read_loop &
  reader=$!
  java bench/http/HttpLoad.java --base="http://127.0.0.1:$port" --pid="$APP_PID" --scenario=predeparture \
    --clients="$clients" --warmup=10 --seconds="$seconds"
  stop_reader
  read -r n ms <"$dir/reader.count" || true
  echo "  report reads completed during the round: ${n:-0} (the last ended after ${ms:-0} ms); one may still have been running"
done
