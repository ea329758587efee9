# Sourced by the benchmarks. start_atrium starts $run/atrium.jar on the fresh data directory $data
# at 127.0.0.1:$port (log in $log) with generous request limits, cheap password hashing and an
# administrator password that need not be changed at first sign-in (the benchmarks measure their
# feature, not the abuse limits or Argon2), waits until it answers, and arranges for stop to run on
# exit. Expects: java, run, data, port, log.
# Usage: start_atrium <bench name> <seconds to wait> [JVM options…]
# Sets: pid, admin_email, admin_password, started_in (seconds).

# prepare_run <bench name>: a free port, a fresh run directory target/bench-<name>/<port> with a copy of
# target/atrium.jar and the PostgreSQL driver taken out of it (for a generator that writes rows
# straight into the tables). Sets: port, run, data, log, driver (its path inside $run).
prepare_run() {
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  run=target/bench-$1/$port
  data=$run/data
  log=$run/server.log
  rm -rf "$run"
  mkdir -p "$run"
  cp target/atrium.jar "$run/atrium.jar"
  driver=$("$JAVA_HOME/bin/jar" tf "$run/atrium.jar" | grep -m1 -E '^BOOT-INF/lib/postgresql-[0-9.]+\.jar$')
  (cd "$run" && "$JAVA_HOME/bin/jar" xf atrium.jar "$driver")
}

start_atrium() {
  local name=$1 patience=$2
  shift 2
  admin_email=bench-admin@bench.test
  admin_password="Bench-admin-$RANDOM-$RANDOM"
  "$java" "$@" -jar "$run/atrium.jar" --atrium.data-dir="$data" --server.port="$port" --server.address=127.0.0.1 \
    --atrium.bootstrap.admin-email="$admin_email" --atrium.bootstrap.admin-password="$admin_password" \
    --atrium.bootstrap.admin-password-change-required=false \
    --atrium.limits.person-per-second=1000000 --atrium.limits.person-burst=1000000 \
    --atrium.limits.address-per-second=1000000 --atrium.limits.address-burst=1000000 \
    --atrium.auth.argon2-memory-kib=1024 --atrium.auth.argon2-iterations=1 \
    >"$log" 2>&1 &
  pid=$!
  trap stop EXIT
  local t0
  t0=$(date +%s)
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "$name: Atrium exited; see $log" >&2; tail -20 "$log" >&2; exit 1; }
    (( $(date +%s) - t0 < patience )) || { echo "$name: Atrium not up after $patience s; see $log" >&2; exit 1; }
    sleep 0.2
  done
  started_in=$(( $(date +%s) - t0 ))
}

stop() {
  if kill "$pid" 2>/dev/null; then
    # A graceful stop; a server that does not stop in 60 s (e.g. out of memory) is killed.
    for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  # The embedded PostgreSQL outlives a killed server: stop it by the pid it wrote.
  [[ -f $data/pg/postmaster.pid ]] && kill "$(head -1 "$data/pg/postmaster.pid")" 2>/dev/null && sleep 1
  rm -rf "$data" "$run/atrium.jar" "$run/BOOT-INF"
}
