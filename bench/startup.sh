#!/usr/bin/env bash
# Start-up benchmark: time from the start command to the first page served (GET / answers 200 with
# the web client), on an existing data directory. Two start commands are measured:
#   atrium  ./atrium            the README's start command (build up to date, start-up cache trained)
#   jar     java -jar target/atrium.jar   the plain Spring Boot jar, for comparison
# Usage: bench/startup.sh [runs] [--smoke]
#   --smoke: one run of each on a fresh data directory, as the test suite does.
# Needs a built target/atrium.jar (./mvnw -DskipTests package, or ./atrium once).
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/jdk.sh
runs=${1:-5}
mode=${2:-}
[[ -f target/atrium.jar ]] || { echo "startup: target/atrium.jar missing; run ./mvnw -DskipTests package" >&2; exit 2; }

data=target/bench-startup-data
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
[[ $mode == --smoke ]] && rm -rf "$data"
mkdir -p "$data"

# Prints the milliseconds from launching "$@" to the first 200 on GET /, then stops it.
time_to_first_page() {
  local log=$1; shift
  local t0 t1 pid
  t0=$(date +%s%N)
  "$@" --atrium.data-dir="$data" --server.port="$port" >"$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { echo "startup: Atrium exited; see $log" >&2; tail -20 "$log" >&2; exit 1; }
    (( $(date +%s%N) - t0 < 180000000000 )) || { kill "$pid"; echo "startup: no page after 180 s; see $log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

summary() {
  local name=$1; shift
  local sorted=($(printf '%s\n' "$@" | sort -n))
  echo "startup[$name]: runs=${#sorted[@]} min=${sorted[0]} median=${sorted[$(( ${#sorted[@]} / 2 ))]} max=${sorted[-1]} ms"
}

# The first start creates the cluster and the schema and trains the start-up cache: not measured.
echo "preparing (first start, not measured): $(time_to_first_page target/bench-startup-first.log ./atrium) ms"
(( runs > 0 )) || exit 0
[[ $mode == --smoke ]] && runs=1
declare -a atrium_ms jar_ms
for ((i = 1; i <= runs; i++)); do
  atrium_ms+=("$(time_to_first_page target/bench-startup-atrium-$i.log ./atrium)")
  jar_ms+=("$(time_to_first_page target/bench-startup-jar-$i.log "$JAVA_HOME/bin/java" -jar target/atrium.jar)")
  echo "run $i: ./atrium ${atrium_ms[-1]} ms, java -jar ${jar_ms[-1]} ms"
done
summary atrium "${atrium_ms[@]}"
summary jar "${jar_ms[@]}"
