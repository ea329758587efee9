#!/usr/bin/env bash
# Announcements at a company's size (issue #14): starts Atrium (target/atrium.jar) on a fresh data
# directory, runs the generator bench/Announce.java against it on 127.0.0.1 (the org straight into
# its tables; publishing, statistics and the list through the API), prints its summary line, stops
# Atrium.
#
# Usage: bench/announce.sh [people] [departments] [inbox]   (defaults: 10000 300 2000)
#        bench/announce.sh --smoke                           (300 people, 20 departments, 100 in the inbox)
# Environment: ANNOUNCE_ARGS  more generator arguments (--confirm-seconds 60 --rounds 50 --seed 42)
# Output: the generator's log, then one line
#   announce: people=… departments=… inbox=… recipients=… publish=…ms notices=…ms confirmed=… stats-p50=…ms
#             stats-p95=…ms stats-dept-p50=…ms stats-dept-p95=…ms list-p50=…ms list-p95=…ms load=…
# Exit status 0 only if every step ran, every recipient's notice was stored and the statistics'
# final count equals the table's.
#
# Needs a built target/atrium.jar (./mvnw -DskipTests package); builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/jdk.sh
java="$JAVA_HOME/bin/java"
(( $(java_major "$JAVA_HOME") >= 22 )) || { echo "announce: needs a JDK 22+ to run bench/Announce.java from source" >&2; exit 2; }
[[ -f target/atrium.jar ]] || { echo "announce: target/atrium.jar missing; run ./mvnw -DskipTests package" >&2; exit 2; }

if [[ ${1:-} == --smoke ]]; then
  args=(--people 300 --departments 20 --inbox 100 --confirm-seconds 3 --rounds 5)
else
  args=(--people "${1:-10000}" --departments "${2:-300}" --inbox "${3:-2000}")
fi
read -r -a more <<<"${ANNOUNCE_ARGS:-}"

source bench/server.sh
prepare_run announce
start_atrium announce 600
echo "announce: Atrium pid $pid on port $port, up in $started_in s; log in $log"

status=0
"$java" -cp "$run/$driver" bench/Announce.java --url "http://127.0.0.1:$port" \
  --data "$data" --admin-email "$admin_email" --admin-password "$admin_password" "${args[@]}" "${more[@]}" || status=$?
stop
trap - EXIT
exit "$status"
