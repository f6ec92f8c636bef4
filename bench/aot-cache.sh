#!/usr/bin/env bash
# A JDK 25 AOT cache (Project Leyden: classes loaded and linked, method profiles) for the packaged app, from one
# training run: start on a throw-away data dir, a few requests of each kind, stop; the JVM assembles the cache
# at exit. Then measure start-up with it:
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/aot-cache.sh
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java JAVA_OPTS="-XX:+UseSerialGC -Xms32m -Xmx512m -XX:AOTCache=target/quarkus-app/app.aot" bench/startup.sh
# The service is built for and tested on Java 17; this measures an option for deployment, nothing relies on it.
# Env: JAVA (a JDK 25 java, required), APP_JAR, JAVA_OPTS (use the flags of the measured runs), AOT_CACHE.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

[ "$JAVA" != java ] || { echo "set JAVA to a JDK 25 java, e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java" >&2; exit 1; }
[ -f "$APP_JAR" ] || { echo "no $APP_JAR: run ./mvnw -DskipTests package first" >&2; exit 1; }
cache=${AOT_CACHE:-$(dirname "$APP_JAR")/app.aot}
work=$(mktemp -d /tmp/satuatap-aot.XXXXXX)
trap 'rm -rf "$work"' EXIT
rm -f "$cache"

port=$(free_port)
JAVA_OPTS="$JAVA_OPTS -XX:AOTCacheOutput=$cache" start_app "$work/data" "$port" "$work/app.log"
wait_ready "$port" 300 || { echo "app not ready; log:" >&2; tail -n 30 "$work/app.log" >&2; exit 1; }
base="http://127.0.0.1:$port"
for _ in $(seq 1 20); do
  curl -s -o /dev/null -u disnaker:demo "$base/api/v1/tasks"
  curl -s -o /dev/null -u disnaker:demo "$base/api/v1/applications"
  curl -s -o /dev/null -u admin:demo "$base/api/v1/admin/process-definitions"
  curl -s -o /dev/null "$base/q/openapi"
done
# Not lib.sh's stop_app: the JVM writes the cache after SIGTERM and must not be killed while it does.
kill "$APP_PID"
while kill -0 "$APP_PID" 2>/dev/null; do sleep 1; done
[ -s "$cache" ] || { echo "no cache written; log:" >&2; tail -n 30 "$work/app.log" >&2; exit 1; }
echo "AOT cache: $cache ($(du -h "$cache" | cut -f1))"
