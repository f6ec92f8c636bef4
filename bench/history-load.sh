#!/usr/bin/env bash
# Growth (issue 8, point 4): a data dir holding COUNT completed pre-departure applications, then the pre-departure
# and status scenarios on it. Runs one application through the HTTP API on a fresh data dir (the seed), stops the
# app, multiplies the seed's rows with set-based SQL (bench/history/HistoryClone.java, H2 from the app's lib), and
# runs bench/http-load.sh --scenario=predeparture-status on the result.
# Usage: bench/history-load.sh [--count=100000] [--dir=DIR] [--fill-only] [HttpLoad options, e.g. --seconds=60]
#   --dir: where the data dir goes (default /tmp/satuatap-history-COUNT); kept afterwards. If DIR already holds a
#          filled data dir (DIR/filled exists), the fill is skipped and only the scenarios run.
# Env: APP_JAR, JAVA_OPTS (server JVM flags, for the seed run and the scenarios), FILL_OPTS (JVM flags of the fill,
#      e.g. -Dcompact.every=20000).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

count=100000
dir=
fill_only=
args=()
for arg in "$@"; do
  case "$arg" in
    --count=*) count=${arg#--count=} ;;
    --dir=*) dir=${arg#--dir=} ;;
    --fill-only) fill_only=1 ;;
    *) args+=("$arg") ;;
  esac
done
dir=${dir:-/tmp/satuatap-history-$count}
[ -f "$APP_JAR" ] || { echo "no $APP_JAR: run ./mvnw -DskipTests package first" >&2; exit 1; }
h2_jar=$(ls "$(dirname "$APP_JAR")"/lib/main/com.h2database.h2-*.jar | head -n 1)

if [ ! -f "$dir/filled" ]; then
  [ ! -e "$dir" ] || { echo "$dir exists but holds no finished fill: remove it first" >&2; exit 1; }
  mkdir -p "$dir"
  machine_line
  echo "seed: one complete application through the API on $dir/data"
  trap 'stop_app' EXIT
  port=$(free_port)
  start_app "$dir/data" "$port" "$dir/seed.log"
  wait_ready "$port" 300 || { echo "app not ready; log:" >&2; tail -n 30 "$dir/seed.log" >&2; exit 1; }
  java bench/http/HttpLoad.java --base="http://127.0.0.1:$port" --pid="$APP_PID" --scenario=predeparture \
    --clients=1 --warmup=0 --seconds=300 --max-applications=1 | grep -E 'applications completed|failed'
  stop_app
  trap - EXIT
  echo "fill: $count completed applications (seed + copies)"
  started=$(now_ms)
  # shellcheck disable=SC2086
  java -Xmx1g ${FILL_OPTS:-} -cp "$h2_jar" bench/history/HistoryClone.java "$dir/data" "$count"
  echo "fill took $(( ($(now_ms) - started) / 1000 )) s; data dir $(du -sh "$dir/data" | cut -f1)"
  date -u +%Y-%m-%dT%H:%MZ >"$dir/filled"
fi

[ -n "$fill_only" ] && exit 0
echo "scenarios on $dir/data ($(du -sh "$dir/data" | cut -f1), filled $(cat "$dir/filled"))"
bench/http-load.sh --data-dir="$dir/data" --scenario=predeparture-status ${args[@]+"${args[@]}"}
