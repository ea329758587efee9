#!/usr/bin/env bash
# Start-up benchmark: time from `java -jar target/atrium.jar` to the first page served (GET / → 200
# with the web client's index.html), on an existing data directory.
#   bench/startup.sh [runs]         → prints one line per run and a summary; needs target/atrium.jar
#   bench/startup.sh 1 --smoke      → one run on a fresh data directory, for the test suite
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
mode=${2:-}
jar=target/atrium.jar
[[ -f $jar ]] || { echo "startup: $jar missing; build it with ./mvnw -DskipTests package" >&2; exit 2; }
java=${JAVA:-}
if [[ -z $java ]]; then
  for dir in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [[ -x $dir/bin/java ]] && "$dir/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && { java=$dir/bin/java; break; }
  done
fi
[[ -n $java ]] || { echo "startup: no Java 21+ found" >&2; exit 2; }

data=target/bench-startup-data
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
[[ $mode == --smoke ]] && rm -rf "$data"
mkdir -p "$data"

start_once() {
  local log=$1 t0 t1 pid
  t0=$(date +%s%N)
  "$java" -jar "$jar" --atrium.data-dir="$data" --server.port="$port" >"$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { echo "startup: Atrium exited; see $log" >&2; tail -20 "$log" >&2; exit 1; }
    (( $(date +%s%N) - t0 < 120000000000 )) || { kill "$pid"; echo "startup: no page after 120 s; see $log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

if [[ $mode != --smoke && ! -f $data/pg/PG_VERSION ]]; then
  echo "preparing the data directory (first start, not measured): $(start_once target/bench-startup-first.log) ms"
fi
times=()
for ((i = 1; i <= runs; i++)); do
  ms=$(start_once target/bench-startup-$i.log)
  times+=("$ms")
  echo "run $i: $ms ms to the first page"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "startup: runs=$runs min=${sorted[0]} median=${sorted[$(( runs / 2 ))]} max=${sorted[-1]} ms"
