#!/usr/bin/env bash
# Two nodes of the packaged app on one PostgreSQL, on loopback only: work crosses nodes, SLA timers fire exactly
# once across the cluster, node-a is killed with kill -9 while requests go on and node-b finishes its jobs.
# Prints every check with its counts; exits non-zero on any loss, duplicate or unexpected answer. See README.md.
#   bench/cluster/run-cluster.sh            (JOURNEYS=40 TIMERS=150 SPREAD=90 PGPORT=55433 to change the defaults)
source "$(dirname "$0")/lib.sh"
JOURNEYS=${JOURNEYS:-40}
TIMERS=${TIMERS:-150}
SPREAD=${SPREAD:-90}
PORT_A=${PORT_A:-18081}
PORT_B=${PORT_B:-18082}

log "run-cluster: $JOURNEYS cross-node journeys, $TIMERS SLA timers, job lock time $JOB_LOCK_TIME"
prepare_app
start_db
log "$(machine)"
# The first node creates the schemas; a second node starting at the same moment on an empty database would race it.
start_node node-a "$PORT_A"
wait_ready node-a
start_node node-b "$PORT_B"
wait_ready node-b
NODES="$(url node-a),$(url node-b)"
psql_count() { "$PGBIN/psql" -At -h 127.0.0.1 -p "$PGPORT" -U postgres -d "$DB_NAME" -c "$1"; }

phase cross
log "1. $JOURNEYS journeys: started on one node, first task completed on the other, second back on the first"
check "cross-node journeys" driver load --nodes "$NODES" --users 4 --journeys "$JOURNEYS" --prefix cross --phase-file "$WORK/phase"

log "2. two clients complete the same task at once, one through each node"
check "race" driver race --nodes "$NODES" --count 10 --prefix race

log "3. $TIMERS SLA timers started alternately on both nodes, falling due one after another over ${SPREAD}s"
deployed=$(curl -s -o "$WORK/deploy.json" -w '%{http_code}' -u admin:demo -F "files=@$ROOT/bench/cluster/cluster-sla-check.bpmn" \
  "$(url node-a)/api/v1/admin/deployments")
[ "$deployed" = 201 ] || { echo "deployment answered $deployed: $(cat "$WORK/deploy.json")"; exit 1; }
due_epoch=$(($(date +%s) + 20 + TIMERS / 10))
check "timers started" driver timers-start --nodes "$NODES" --count "$TIMERS" --spread "$SPREAD" \
  --due "$(date -u -d "@$due_epoch" +%Y-%m-%dT%H:%M:%SZ)"

log "4. load on both nodes; node-a is killed while it is running timer jobs"
phase before-kill
driver load --nodes "$NODES" --users 4 --prefix load --offset 100000 --stop-file "$WORK/stop" \
  --phase-file "$WORK/phase" >"$WORK/load.out" 2>&1 &
LOAD_PID=$!
# Killed once it has run a few timer jobs and holds the lock of a next one, or at the latest well into the spread.
until [ "$(psql_count "select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = 'node-a' and job_def_type_ = 'timer-transition'")" -ge 5 ] \
  && [ "$(psql_count "select count(*) from act_ru_job where lock_owner_ = 'node-a'")" -gt 0 ] \
  || [ "$(date +%s)" -gt $((due_epoch + SPREAD * 3 / 4)) ]; do
  sleep 0.1
done
killed_at=$(date +%s%3N)
kill_node node-a
phase node-a-killed
log "node-a killed (kill -9); $(psql_count "select count(*) from act_hi_actinst where act_id_ = 'review-overdue'") of $TIMERS timers had fired"
check "locks" driver locks --owner node-a
sleep 20
touch "$WORK/stop"
load_rc=0
wait "$LOAD_PID" || load_rc=$?
cat "$WORK/load.out"
[ "$load_rc" -eq 0 ] || { FAILED=$((FAILED + 1)); log "FAILED: load during the kill"; }

log "5. every timer fired exactly once; node-b finished node-a's jobs"
check "timers" driver timers-verify --killed-at "$killed_at" --killed-node node-a --timeout 240
log "6. every acknowledged request is in the database, nothing half-written or doubled"
check "database" driver verify

if [ "$FAILED" -eq 0 ]; then
  log "run-cluster: all checks passed"
else
  log "run-cluster: $FAILED check group(s) FAILED"
fi
exit "$FAILED"
