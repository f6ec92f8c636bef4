#!/usr/bin/env bash
# HTTP load on loopback: starts the packaged app (on a fresh data dir, or on --data-dir=DIR / DATA_DIR), deploys
# bench/ten-user-tasks.bpmn through the admin API, runs bench/http/HttpLoad.java, stops the app.
# Usage: bench/http-load.sh [--data-dir=DIR] [--h2-statements=N] [HttpLoad options, e.g. --scenario=predeparture-status
#        --clients=16 --seconds=60 --rate=300 --status-seconds=30]
# --h2-statements=N: after the load, print the N statements the database spent most time in (H2's query statistics,
#        read through a second connection while the server still runs). For finding costs, not for figures: the
#        statistics and H2's auto-server mode cost time themselves.
# Env: APP_JAR, JAVA_OPTS (server JVM flags), DATA_DIR (an existing data dir; it is used, not copied, and kept).
# Bounded: each scenario stops after its time or request cap.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

data_dir=${DATA_DIR:-}
statements=
args=()
for arg in "$@"; do
  case "$arg" in
    --data-dir=*) data_dir=${arg#--data-dir=} ;;
    --h2-statements=*) statements=${arg#--h2-statements=} ;;
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

h2_url="jdbc:h2:file:$data_dir/satuatap"
if [ -n "$statements" ]; then
  # The service's URL settings, plus statistics and a server a second connection can reach (H2 refuses
  # DB_CLOSE_ON_EXIT=FALSE with AUTO_SERVER).
  JAVA_OPTS="$JAVA_OPTS -Dquarkus.datasource.jdbc.url=$h2_url;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=128"
  JAVA_OPTS="$JAVA_OPTS;AUTO_SERVER=TRUE;QUERY_STATISTICS=TRUE;QUERY_STATISTICS_MAX_ENTRIES=5000"
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

java -XX:+UseSerialGC bench/http/HttpLoad.java --base="http://127.0.0.1:$port" --pid="$APP_PID" ${args[@]+"${args[@]}"}
echo "server RSS after load $(rss_mib "$APP_PID") MiB"
if [ -n "$statements" ]; then
  h2_jar=$(ls "$(dirname "$APP_JAR")"/lib/main/com.h2database.h2-*.jar | head -n 1)
  echo
  echo "H2 statements by total time (ms, wall time inside the database, warm-up included):"
  java -cp "$h2_jar" org.h2.tools.Shell -url "$h2_url;AUTO_SERVER=TRUE;IFEXISTS=TRUE" -user sa -password "" -sql \
    "select EXECUTION_COUNT as n, round(CUMULATIVE_EXECUTION_TIME) as total_ms, round(AVERAGE_EXECUTION_TIME, 3) as avg_ms,
       regexp_replace(left(SQL_STATEMENT, 120), '\\s+', ' ') as statement
     from INFORMATION_SCHEMA.QUERY_STATISTICS order by CUMULATIVE_EXECUTION_TIME desc limit $statements"
fi
