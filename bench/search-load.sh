#!/usr/bin/env bash
# Search benchmark: starts Atrium (target/atrium.jar) on a fresh data directory, runs the generator
# bench/SearchLoad.java against it on 127.0.0.1 (corpus load, index rebuild, queries through the
# search API and through PostgreSQL full-text search on the same tables, recall on the Chinese
# queries), prints its summary line, stops Atrium.
#
# Usage: bench/search-load.sh [messages] [people] [channels]   (defaults: 1000000 5000 1000)
#        bench/search-load.sh --smoke                            (3,000 messages, 200 people, 40 channels, 2 searchers)
# Environment: SEARCH_LOAD_ARGS   more generator arguments (--searchers 8 --concurrency 1,8 --per-category 25
#                                 --rounds 2 --recall-queries 60 --seed 42 --public-readable false --atrium true)
#              SEARCH_LOAD_HEAP   the server's -Xmx (default: the JVM's own, a quarter of the memory, as ./atrium)
#              SEARCH_LOAD_JFR=1  record the server with JFR into target/bench-search-load/<port>/server.jfr
# Output: the generator's log, then one line
#   search-load: messages=… people=… channels=… load=…s pg-gin=…s pg-gin-size=…MB pg-p95-1=…ms pg-p95-8=…ms
#                rebuild=…s docs/s=… index=…MB p95-1=…ms p95-8=…ms recall-zh=… pg-recall-zh=…
# Exit status 0 only if every step ran and no search request failed.
#
# The server runs with generous request limits and cheap password hashing, as bench/chat-load.sh
# does: the benchmark measures search, not the abuse limits or Argon2. Needs a built
# target/atrium.jar (./mvnw -DskipTests package); builds nothing. The generator loads the corpus
# straight into the database with the PostgreSQL driver from the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/jdk.sh
java="$JAVA_HOME/bin/java"
# the generator is two source files (SearchLoad.java and Bench.java): the launcher finds the second from JDK 22 on
(( $(java_major "$JAVA_HOME") >= 22 )) || { echo "search-load: needs a JDK 22+ to run bench/SearchLoad.java from source" >&2; exit 2; }
[[ -f target/atrium.jar ]] || { echo "search-load: target/atrium.jar missing; run ./mvnw -DskipTests package" >&2; exit 2; }

if [[ ${1:-} == --smoke ]]; then
  args=(--messages 3000 --people 200 --channels 40 --searchers 2 --concurrency 1,2 --per-category 4 --rounds 1 --recall-queries 12)
else
  args=(--messages "${1:-1000000}" --people "${2:-5000}" --channels "${3:-1000}")
fi
read -r -a more <<<"${SEARCH_LOAD_ARGS:-}"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# Each run has its own directory and its own copy of the jar, so a build or another run meanwhile
# cannot pull the jar or the data directory from under it. The data directory is removed at the end.
run=target/bench-search-load/$port
data=$run/data
log=$run/server.log
rm -rf "$run"
mkdir -p "$run"
cp target/atrium.jar "$run/atrium.jar"
driver=$("$JAVA_HOME/bin/jar" tf "$run/atrium.jar" | grep -m1 -E '^BOOT-INF/lib/postgresql-[0-9.]+\.jar$')
(cd "$run" && "$JAVA_HOME/bin/jar" xf atrium.jar "$driver")
jvm=()
[[ -n ${SEARCH_LOAD_HEAP:-} ]] && jvm+=(-Xmx"$SEARCH_LOAD_HEAP")
[[ ${SEARCH_LOAD_JFR:-} == 1 ]] && jvm+=(-XX:StartFlightRecording=filename=$run/server.jfr,settings=profile,dumponexit=true)
source bench/server.sh
# a shared machine under load took three minutes to start it
start_atrium search-load 600 "${jvm[@]}"
echo "search-load: Atrium pid $pid on port $port (${SEARCH_LOAD_HEAP:+-Xmx$SEARCH_LOAD_HEAP, }generous request limits), up in $started_in s; log in $log"

status=0
"$java" -Xmx2g -cp "$run/$driver" bench/SearchLoad.java --url "http://127.0.0.1:$port" --data "$data" \
  --admin-email "$admin_email" --admin-password "$admin_password" "${args[@]}" "${more[@]}" || status=$?
if [[ -n ${SEARCH_LOAD_KEEP:-} ]]; then
  echo "search-load: SEARCH_LOAD_KEEP set: Atrium (pid $pid, port $port) left running on $data; stop it with kill $pid"
  trap - EXIT
  exit "$status"
fi
stop
trap - EXIT
exit "$status"
