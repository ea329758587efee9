#!/usr/bin/env bash
# Messaging load benchmark: starts Atrium (target/atrium.jar) on a fresh data directory, runs the
# load generator bench/ChatLoad.java against it on 127.0.0.1, prints its summary line, stops Atrium.
#
# Usage: bench/chat-load.sh [users] [channels] [rate] [seconds]     (defaults: 1000 52 100 60)
#        bench/chat-load.sh --smoke                                   (20 people, 4 channels, 20 posts/s, 5 s)
# Environment: CHAT_LOAD_ARGS   more generator arguments (--large 2 --large-size 200 --small-size 20
#                               --warmup 5 --grace 10 --backlog 30 --provision-threads 4 --in-flight 8
#                               --post socket|http)
#              CHAT_LOAD_HEAP   the server's -Xmx (default 1g: the aim is 10k people in under 1 GB)
#              CHAT_LOAD_JFR=1  record the server with JFR into target/bench-chat-load/<port>/server.jfr
# Output: the generator's log, then one line
#   chat-load: users=… channels=… rate=… seconds=… p50=…ms p99=…ms max=…ms delivered/s=… lost=0 duplicated=0 heap=…MB rss=…MB cpu=…% provision=…s
#              post=socket achieved=…/s post-errors=0 unsent=… db-cpu=…% generator-cpu=…% cpu-ms-per-post=<Atrium>/<PostgreSQL>/<generator>
#              load=<1-min load average at start>-<at end> search-pending=<changes not yet indexed at the step's end>
#   (cpu: the Atrium JVM; db-cpu: the embedded PostgreSQL with all its backends; both in % of one core; unsent: posts not
#   sent because the server fell more than --backlog seconds behind)
# Exit status 0 only if every post was stored and every member's socket got every message exactly once.
#
# The server runs with generous request limits (atrium.limits.* = 1,000,000/s per person and per
# address) and cheap password hashing (Argon2id 1 MiB, one pass): the benchmark measures messaging,
# not the abuse limits, and provisioning 10,000 people at the production cost would take an hour. Needs a built target/atrium.jar
# (./mvnw -DskipTests package); builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/jdk.sh
java="$JAVA_HOME/bin/java"
# the generator is two source files (ChatLoad.java and Bench.java): the launcher finds the second from JDK 22 on
(( $(java_major "$JAVA_HOME") >= 22 )) || { echo "chat-load: needs a JDK 22+ to run bench/ChatLoad.java from source" >&2; exit 2; }
[[ -f target/atrium.jar ]] || { echo "chat-load: target/atrium.jar missing; run ./mvnw -DskipTests package" >&2; exit 2; }

if [[ ${1:-} == --smoke ]]; then
  users=20 channels=4 rate=20 seconds=5
  extra=(--large 1 --large-size 20 --small-size 5 --grace 10)
else
  users=${1:-1000} channels=${2:-52} rate=${3:-100} seconds=${4:-60}
  extra=(--warmup 5)
fi
read -r -a more <<<"${CHAT_LOAD_ARGS:-}"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# Each run has its own directory and its own copy of the jar, so a build or another run meanwhile
# cannot pull the jar or the data directory from under it. The data directory is removed at the end.
run=target/bench-chat-load/$port
data=$run/data
log=$run/server.log
rm -rf "$run"
mkdir -p "$run"
cp target/atrium.jar "$run/atrium.jar"
jvm=(-Xmx"${CHAT_LOAD_HEAP:-1g}")
[[ ${CHAT_LOAD_JFR:-} == 1 ]] && jvm+=(-XX:StartFlightRecording=filename=$run/server.jfr,settings=profile,dumponexit=true)
source bench/server.sh
# a shared machine under load took over three minutes to start it
start_atrium chat-load 600 "${jvm[@]}"
echo "chat-load: Atrium pid $pid on port $port (-Xmx${CHAT_LOAD_HEAP:-1g}, generous request limits), up in $started_in s; log in $log"

db_pid=$(head -1 "$data/pg/postmaster.pid" 2>/dev/null || echo -1)
status=0
"$java" -Xss512k bench/ChatLoad.java --url "http://127.0.0.1:$port" \
  --admin-email "$admin_email" --admin-password "$admin_password" --pid "$pid" --db-pid "$db_pid" \
  --users "$users" --channels "$channels" --rate "$rate" --seconds "$seconds" "${extra[@]}" "${more[@]}" || status=$?
stop
trap - EXIT
exit "$status"
