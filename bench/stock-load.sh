#!/usr/bin/env bash
# The stock comparison of issue 8: Camunda's own engine-rest on Spring Boot (bench/stock-engine-rest) with the same
# JVM flags, H2 file database, model and load as bench/http-load.sh --scenario=tasks. Builds the stock app, starts it
# on a fresh data dir, deploys bench/ten-user-tasks.bpmn through engine-rest, runs HttpLoad's ten-task scenario on
# engine-rest's paths (no authentication: engine-rest has none by default), stops the app.
# Usage: bench/stock-load.sh [HttpLoad options, e.g. --clients=16 --warmup=15 --seconds=60]
# Env: JAVA_OPTS (server JVM flags; default the README's, as bench/http-load.sh is run with).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

./mvnw -q -f bench/stock-engine-rest/pom.xml -DskipTests package
jar=bench/stock-engine-rest/target/stock-engine-rest-1.jar
work=$(mktemp -d /tmp/satuatap-stock.XXXXXX)
port=$(free_port)
started=$(now_ms)
# shellcheck disable=SC2086
java ${JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx512m} -Ddata.dir="$work/data" -Dport="$port" -jar "$jar" >"$work/app.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/engine-rest/version"; do
  kill -0 "$pid" 2>/dev/null || { echo "stock app stopped; log:" >&2; tail -n 30 "$work/app.log" >&2; exit 1; }
  sleep 0.1
done
ready=$(( $(now_ms) - started ))
sleep 1
machine_line
echo "stock engine-rest: ready $ready ms (first answer of /engine-rest/version), CPU to ready $(cpu_seconds "$pid") s," \
  "RSS after start $(rss_mib "$pid") MiB"
status=$(curl -s -o "$work/deploy.json" -w '%{http_code}' -F deployment-name=bench -F "data=@bench/ten-user-tasks.bpmn" \
  "http://127.0.0.1:$port/engine-rest/deployment/create")
[ "$status" = 200 ] || { echo "deployment answered $status: $(cat "$work/deploy.json")" >&2; exit 1; }
java -XX:+UseSerialGC bench/http/HttpLoad.java --base="http://127.0.0.1:$port" --pid="$pid" --api=engine-rest \
  --scenario=tasks "$@"
echo "server RSS after load $(rss_mib "$pid") MiB"
