# Shared by the bench scripts: start the packaged app on loopback, wait for readiness, read /proc, stop it.
# Only the process started here is ever stopped (by its pid).

APP_JAR=${APP_JAR:-target/quarkus-app/quarkus-run.jar}
JAVA_OPTS=${JAVA_OPTS:-}
# The java that runs the server (JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java for the AOT cache, bench/aot-cache.sh)
JAVA=${JAVA:-java}

# A free TCP port on 127.0.0.1 (random, checked against listening sockets), below the kernel's ephemeral range
# (32768 and up): the load runs leave thousands of client ports there in TIME_WAIT, which the server cannot bind.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 12768))
    if ! ss -Hltn "sport = :$port" | grep -q .; then
      echo "$port"
      return
    fi
  done
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# start_app DATA_DIR PORT LOG -> sets APP_PID. Runs from the repository root so the models folder deploys.
start_app() {
  # shellcheck disable=SC2086
  ${JAVA:-java} $JAVA_OPTS -Dsatuatap.data-dir="$1" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$2" \
    -jar "$APP_JAR" >"$3" 2>&1 &
  APP_PID=$!
}

# wait_ready PORT TIMEOUT_S -> 0 when /q/health/ready answered 200 in time.
wait_ready() {
  local deadline=$(($(now_ms) + $2 * 1000))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    kill -0 "$APP_PID" 2>/dev/null || return 1
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/q/health/ready")" = 200 ]; then
      return 0
    fi
    sleep 0.05
  done
  return 1
}

rss_mib() { awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

# CPU seconds (user + system) the process has used so far.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$1/stat"
}

stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    for _ in $(seq 1 300); do
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID"
  fi
  APP_PID=
}

machine_line() {
  echo "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MiB, load $(cut -d' ' -f1-3 /proc/loadavg)," \
    "$("$JAVA" -version 2>&1 | head -n 1), $(date -u +%Y-%m-%dT%H:%MZ)"
}
