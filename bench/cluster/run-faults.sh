#!/usr/bin/env bash
# Faults under load, on loopback only: kill -9 of the node and a restart, PostgreSQL stopped and started again,
# and two clients completing the same task at once. Prints every check with its counts; exits non-zero on any
# lost or half-written request, any 500, or a service that does not recover by itself. See README.md.
#   bench/cluster/run-faults.sh            (DB_DOWN_SECONDS=15 PGPORT=55433 to change the defaults; CI runs it shorter
#                                           with WARM_SECONDS, AFTER_RESTART_SECONDS, AFTER_DB_SECONDS and RACES)
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18091}
DB_DOWN_SECONDS=${DB_DOWN_SECONDS:-15}
RECOVER_WITHIN=${RECOVER_WITHIN:-60}
# Load before the kill, after the restart and after the database's return; races of two clients for one task.
WARM_SECONDS=${WARM_SECONDS:-15}
AFTER_RESTART_SECONDS=${AFTER_RESTART_SECONDS:-15}
AFTER_DB_SECONDS=${AFTER_DB_SECONDS:-30}
RACES=${RACES:-20}

log "run-faults: kill -9 and restart, PostgreSQL down for ${DB_DOWN_SECONDS}s, concurrent completion"
prepare_app
start_db
log "$(machine)"
start_node node-a "$PORT"
wait_ready node-a
NODES=$(url node-a)

phase warm
driver load --nodes "$NODES" --users 4 --prefix faults --stop-file "$WORK/stop" --phase-file "$WORK/phase" \
  --probe --expect-restart --expect-db-outage --recover-within "$RECOVER_WITHIN" >"$WORK/load.out" 2>&1 &
LOAD_PID=$!
sleep "$WARM_SECONDS"

log "1. kill -9 of the node under load, then a restart on the same port"
phase node-killed
kill_node node-a
sleep 3
phase node-restarting
start_node node-a "$PORT"
wait_ready node-a
phase restarted
sleep "$AFTER_RESTART_SECONDS"

log "2. PostgreSQL stopped under load for ${DB_DOWN_SECONDS}s, then started again; the node is left alone"
phase db-down
stop_db
sleep "$DB_DOWN_SECONDS"
restart_db
phase db-up
sleep "$AFTER_DB_SECONDS"

touch "$WORK/stop"
load_rc=0
wait "$LOAD_PID" || load_rc=$?
cat "$WORK/load.out"
[ "$load_rc" -eq 0 ] || { FAILED=$((FAILED + 1)); log "FAILED: client-side checks of the load"; }

log "3. two clients complete the same task at once"
check "race" driver race --nodes "$NODES" --count "$RACES" --prefix race

log "4. every acknowledged request is in the database, nothing half-written or doubled"
check "database" driver verify

if [ "$FAILED" -eq 0 ]; then
  log "run-faults: all checks passed"
else
  log "run-faults: $FAILED check group(s) FAILED"
fi
exit "$FAILED"
