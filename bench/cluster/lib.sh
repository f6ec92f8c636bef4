# shellcheck shell=bash
# Shared by run-cluster.sh and run-faults.sh: the packaged app, a throw-away PostgreSQL, nodes on loopback ports,
# the Java driver, and a cleanup that always runs. Everything lives in one temp dir that is removed at exit.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$(mktemp -d /tmp/satuatap-cluster.XXXXXX)
PGPORT=${PGPORT:-55433}
DB_NAME=satuatap_cluster
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
PGDIR=""
JDBC="jdbc:postgresql://127.0.0.1:$PGPORT/$DB_NAME"
# Short enough that a run ends in minutes: see README.md for the production values.
JOB_LOCK_TIME=${JOB_LOCK_TIME:-PT30S}
declare -A NODE_PID NODE_PORT
STARTED=$(date +%s)

log() { printf '[%4ds] %s\n' $(($(date +%s) - STARTED)) "$*"; }

cleanup() {
  local rc=$?
  set +e
  for name in "${!NODE_PID[@]}"; do
    kill -9 "${NODE_PID[$name]}" 2>/dev/null && wait "${NODE_PID[$name]}" 2>/dev/null
  done
  # A load driver still running in the background when a step failed.
  for pid in $(jobs -p); do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  if [ "$rc" -ne 0 ]; then
    for f in "$WORK"/node-*.log; do
      [ -f "$f" ] || continue
      echo "--- $(basename "$f"): requests that failed with an unexpected error, and their causes ---"
      grep -A 60 -E 'Unexpected failure|HTTP Request to .* failed' "$f" \
        | grep -E 'Unexpected failure|HTTP Request to|^[a-zA-Z.]+(Exception|Error)|^Caused by' | cut -c1-240 | sort | uniq -c | sort -rn | head -n 20
    done
  fi
  if [ -n "${KEEP_LOGS:-}" ]; then
    mkdir -p "$KEEP_LOGS" && cp "$WORK"/*.log "$WORK"/*.out "$KEEP_LOGS"/ 2>/dev/null
  fi
  if [ -n "$PGDIR" ]; then
    su postgres -c "$PGBIN/pg_ctl -D $PGDIR/db -m immediate stop" >/dev/null 2>&1
    rm -rf "$PGDIR"
  fi
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The production build (quarkus.profile=prod), a private copy of it, the models and the driver.
prepare_app() {
  if [ -n "${PROD_APP:-}" ]; then
    # A production build made beforehand (CI builds it once for both scripts): a quarkus-app directory.
    log "production build from $PROD_APP"
    cp -r "$PROD_APP" "$WORK/app"
  else
    # Always rebuilt from clean: a jar left in target/ by ./mvnw verify is the embedded (H2) build, and files
    # removed from src/ (a migration, say) would otherwise linger in target/classes.
    log "building the production jar"
    (cd "$ROOT" && ./mvnw -q -B -DskipTests clean package -Dquarkus.profile=prod)
    # A private copy: a rebuild in the worktree during the run must not change the nodes' classes.
    cp -r "$ROOT/target/quarkus-app" "$WORK/app"
  fi
  cp -r "$ROOT/bpmn" "$WORK/bpmn"
  mkdir -p "$WORK/driver"
  javac -d "$WORK/driver" "$ROOT"/bench/cluster/driver/*.java
  PGJAR=$(ls "$WORK"/app/lib/main/org.postgresql.postgresql-*.jar)
}

driver() {
  java -Xmx256m -cp "$WORK/driver:$PGJAR" Driver "$@" --jdbc "$JDBC" --out "$WORK/out"
}

start_db() {
  PGDIR=$(PGPORT=$PGPORT "$ROOT/.ci/postgres")
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  "$PGBIN/psql" -q -h 127.0.0.1 -p "$PGPORT" -U postgres -c "create database $DB_NAME owner satuatap"
  mkdir -p "$WORK/out"
  log "PostgreSQL on 127.0.0.1:$PGPORT, database $DB_NAME"
}

stop_db() {
  su postgres -c "$PGBIN/pg_ctl -D $PGDIR/db -m fast -w stop" >/dev/null
}

restart_db() {
  # Port, socket directory and the rest are in the server's postgresql.conf (.ci/postgres wrote them).
  su postgres -c "$PGBIN/pg_ctl -D $PGDIR/db -l $PGDIR/log -w start" >/dev/null
}

# start_node NAME PORT: one node of the packaged app on 127.0.0.1:PORT, its log in the temp dir.
start_node() {
  local name=$1 port=$2
  NODE_PORT[$name]=$port
  (cd "$WORK" && SATUATAP_DB_URL="$JDBC" SATUATAP_DB_USER=satuatap SATUATAP_DB_PASSWORD=satuatap \
    SATUATAP_DB_POOL_SIZE=${POOL_SIZE:-20} \
    exec java -Xmx384m -XX:+UseSerialGC \
      -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
      -Dsatuatap.security.demo-accounts=true \
      -Dsatuatap.engine.models-dir="$WORK/bpmn" \
      -Dsatuatap.engine.node-name="$name" \
      -Dsatuatap.engine.job-lock-time="$JOB_LOCK_TIME" \
      -jar "$WORK/app/quarkus-run.jar" >>"$WORK/$name.log" 2>&1) &
  NODE_PID[$name]=$!
}

# wait_ready NAME [SECONDS]: readiness UP, or fail if the node died or took too long.
wait_ready() {
  local name=$1 limit=${2:-180} waited=0
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${NODE_PORT[$name]}/q/health/ready")" = 200 ]; do
    if ! kill -0 "${NODE_PID[$name]}" 2>/dev/null; then
      echo "$name died while starting:"; tail -n 30 "$WORK/$name.log"; return 1
    fi
    if [ "$waited" -ge "$limit" ]; then
      echo "$name not ready after ${limit}s"; return 1
    fi
    sleep 1; waited=$((waited + 1))
  done
  log "$name ready on 127.0.0.1:${NODE_PORT[$name]} (${waited}s)"
}

kill_node() {
  local name=$1
  kill -9 "${NODE_PID[$name]}"
  wait "${NODE_PID[$name]}" 2>/dev/null || true
  unset "NODE_PID[$name]"
}

url() { echo "http://127.0.0.1:${NODE_PORT[$1]}"; }

phase() { echo "$1" >"$WORK/phase.tmp" && mv "$WORK/phase.tmp" "$WORK/phase"; log "phase: $1"; }

# check NAME COMMAND...: runs a check step, remembers failure, goes on so that every count is printed.
FAILED=0
check() {
  local name=$1; shift
  if ! "$@"; then
    FAILED=$((FAILED + 1)); log "FAILED: $name"
  fi
}

machine() {
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM," \
    "$(java -version 2>&1 | head -n1), PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'), commit $(cd "$ROOT" && git rev-parse --short HEAD)"
}
