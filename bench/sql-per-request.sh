#!/usr/bin/env bash
# Engine SQL statements per request (from MyBatis debug logging of the engine) for the requests of the load
# scenarios: start an instance, list the open task, complete it, read the status as a clerk and as admin.
# Counts only statements of request threads (not the job executor's polling). Our own JDBC and JPA queries are
# not in the engine's log: one per task list and per task check (candidate groups). VERBOSE=1 lists them all.
# Usage: bench/sql-per-request.sh   (Env: APP_JAR, VERBOSE)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

[ -f "$APP_JAR" ] || { echo "no $APP_JAR: run ./mvnw -DskipTests package first" >&2; exit 1; }
work=$(mktemp -d /tmp/satuatap-sql.XXXXXX)
trap 'stop_app; rm -rf "$work"' EXIT
JAVA_OPTS="$JAVA_OPTS -Dquarkus.log.category.\"org.camunda.bpm.engine.impl.persistence\".level=DEBUG"
JAVA_OPTS="$JAVA_OPTS -Dquarkus.log.category.\"org.camunda.bpm.engine.impl.history\".level=DEBUG"
JAVA_OPTS="$JAVA_OPTS -Dquarkus.log.category.\"org.camunda\".level=DEBUG"
port=$(free_port)
start_app "$work/data" "$port" "$work/app.log"
wait_ready "$port" 180 || { echo "app not ready" >&2; exit 1; }
base="http://127.0.0.1:$port"
curl -sf -o /dev/null -u admin:demo -F files=@bench/ten-user-tasks.bpmn "$base/api/v1/admin/deployments"
# Sign-ins are cached after the first request of an account; warm them up so they do not count.
curl -sf -o /dev/null -u disnaker:demo "$base/api/v1/tasks"
curl -sf -o /dev/null -u admin:demo "$base/api/v1/tasks"

marks=()
mark() { sleep 1; marks+=("$(wc -l <"$work/app.log")"); }
json_id() { grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4; }

mark
instance=$(curl -sf -u admin:demo -H 'Content-Type: application/json' \
  -d '{"processKey":"bench-ten-user-tasks","businessKey":"sql-count"}' "$base/api/v1/process-instances" | json_id)
mark
task=$(curl -sf -u disnaker:demo "$base/api/v1/tasks?businessKey=sql-count" | json_id)
mark
curl -sf -o /dev/null -u disnaker:demo -H 'Content-Type: application/json' -d '{"variables":{}}' \
  "$base/api/v1/tasks/$task/complete"
mark
curl -sf -o /dev/null -u disnaker:demo "$base/api/v1/process-instances/$instance"
mark
curl -sf -o /dev/null -u admin:demo "$base/api/v1/process-instances/$instance"
mark

names=("POST /process-instances" "GET /tasks?businessKey" "POST /tasks/{id}/complete" "GET /process-instances/{id} (clerk)" "GET /process-instances/{id} (admin)")
machine_line
for i in 0 1 2 3 4; do
  from=$((marks[i] + 1)) to=${marks[i + 1]}
  printf '%-38s %3d engine statements\n' "${names[i]}" "$(sed -n "${from},${to}p" "$work/app.log" | grep 'Preparing:' | grep -c '(executor-thread-')"
  if [ "${VERBOSE:-}" = 1 ]; then
    sed -n "${from},${to}p" "$work/app.log" | grep 'Preparing:' | grep '(executor-thread-' | sed 's/.*Preparing: /    /' | cut -c1-110
  fi
done
