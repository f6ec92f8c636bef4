#!/usr/bin/env bash
# HTTP load on loopback: starts the packaged app (on a fresh data dir, or on --data-dir=DIR / DATA_DIR), deploys
# bench/ten-user-tasks.bpmn through the admin API, runs bench/http/HttpLoad.java, stops the app.
# Usage: bench/http-load.sh [--data-dir=DIR] [HttpLoad options, e.g. --scenario=predeparture-status --clients=16
#        --seconds=60 --rate=300 --status-seconds=30]
# Env: APP_JAR, JAVA_OPTS (server JVM flags), DATA_DIR (an existing data dir; it is used, not copied, and kept).
# Bounded: each scenario stops after its time or request cap.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

data_dir=${DATA_DIR:-}
args=()
for arg in "$@"; do
  case "$arg" in
    --data-dir=*) data_dir=${arg#--data-dir=} ;;
    *) args+=("$arg") ;;
  esac
done

[ -f "$APP_JAR" ] || { echo "no $APP_JAR: run ./mvnw -DskipTests package first" >&2; exit 1; }
work=$(mktemp -d /tmp/satuatap-load.XXXXXX)
trap 'stop_app; rm -rf "$work"' EXIT
if [ -n "$data_dir" ]; then
  [ -d "$data_dir" ] || { echo "no data dir $data_dir" >&2; exit 1; }
  data_dir=$(cd "$data_dir" && pwd)
  echo "data dir: $data_dir ($(du -sh "$data_dir" | cut -f1), kept)"
else
  data_dir="$work/data"
fi

port=$(free_port)
start_app "$data_dir" "$port" "$work/app.log"
wait_ready "$port" 300 || { echo "app not ready; log:" >&2; tail -n 30 "$work/app.log" >&2; exit 1; }
sleep 1
machine_line
echo "server: $APP_JAR  JAVA_OPTS: ${JAVA_OPTS:-(none)}  pid $APP_PID  RSS after start $(rss_mib "$APP_PID") MiB"

status=$(curl -s -o "$work/deploy.json" -w '%{http_code}' -u admin:demo \
  -F name=bench -F "files=@bench/ten-user-tasks.bpmn" "http://127.0.0.1:$port/api/v1/admin/deployments")
# 200: an existing data dir already has this model (nothing new to deploy)
[ "$status" = 201 ] || [ "$status" = 200 ] || { echo "deployment of the bench model answered $status: $(cat "$work/deploy.json")" >&2; exit 1; }

java bench/http/HttpLoad.java --base="http://127.0.0.1:$port" --pid="$APP_PID" ${args[@]+"${args[@]}"}
echo "server RSS after load $(rss_mib "$APP_PID") MiB"
