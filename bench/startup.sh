#!/usr/bin/env bash
# Start-up: time from `java -jar` to /q/health/ready = 200, and RSS then; RUNS times on a fresh data dir and
# RUNS times on the data dir of the first run. Usage (from anywhere): bench/startup.sh
# Env: APP_JAR (default target/quarkus-app/quarkus-run.jar), JAVA_OPTS (e.g. "-Xmx256m -XX:+UseSerialGC"), RUNS (3).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

RUNS=${RUNS:-3}
[ -f "$APP_JAR" ] || { echo "no $APP_JAR: run ./mvnw -DskipTests package first" >&2; exit 1; }
work=$(mktemp -d /tmp/satuatap-startup.XXXXXX)
trap 'stop_app; rm -rf "$work"' EXIT

one_run() { # DATA_DIR LABEL
  local port started ready_ms log
  port=$(free_port)
  log="$work/app-$RANDOM.log"
  started=$(now_ms)
  start_app "$1" "$port" "$log"
  if ! wait_ready "$port" 120; then
    echo "$2: not ready within 120 s" >&2
    exit 1
  fi
  ready_ms=$(($(now_ms) - started))
  local cpu
  cpu=$(cpu_seconds "$APP_PID")
  sleep 1 # let start-up threads settle before reading RSS
  # CPU seconds to ready are less disturbed by other load on the machine than wall time.
  printf '%-9s ready %5d ms   CPU to ready %5.1f s   engine build %6s ms   RSS %4s MiB\n' "$2" "$ready_ms" "$cpu" \
    "$(grep -o 'Process engine built in [0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')" "$(rss_mib "$APP_PID")"
  stop_app
}

machine_line
echo "jar: $APP_JAR   JAVA_OPTS: ${JAVA_OPTS:-(none)}"
for i in $(seq 1 "$RUNS"); do
  one_run "$work/fresh-$i" fresh
done
for _ in $(seq 1 "$RUNS"); do
  one_run "$work/fresh-1" existing
done
