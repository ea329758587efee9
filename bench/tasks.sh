#!/usr/bin/env bash
# Tasks at a team's size (issue #16): starts Atrium (target/atrium.jar) on a fresh data directory,
# runs the generator bench/Tasks.java against it on 127.0.0.1 (people, projects and tasks through
# the API; the board, a card's move to 50 real WebSockets, My tasks), prints its summary line, stops
# Atrium.
#
# Usage: bench/tasks.sh [board] [viewers] [mine] [projects]   (defaults: 2000 50 5000 100)
#        bench/tasks.sh --smoke                                (200 on the board, 5 viewers, 300 mine in 10 projects)
# Environment: TASKS_ARGS  more generator arguments (--rounds 50 --moves 40 --threads 8 --seed 42)
# Output: the generator's log, then one line
#   tasks: board=… viewers=… mine=… projects=… board-p50=…ms board-p95=…ms move-p50=…ms move-p99=…ms
#          move-missed=0 mine-p50=…ms mine-p95=…ms load=…
# Exit status 0 only if every step ran, the board and My tasks showed every card and every viewer's
# socket received every move.
#
# Needs a built target/atrium.jar (./mvnw -DskipTests package); builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/jdk.sh
java="$JAVA_HOME/bin/java"
(( $(java_major "$JAVA_HOME") >= 22 )) || { echo "tasks: needs a JDK 22+ to run bench/Tasks.java from source" >&2; exit 2; }
[[ -f target/atrium.jar ]] || { echo "tasks: target/atrium.jar missing; run ./mvnw -DskipTests package" >&2; exit 2; }

if [[ ${1:-} == --smoke ]]; then
  args=(--board 200 --viewers 5 --mine 300 --projects 10 --rounds 10 --moves 5)
else
  args=(--board "${1:-2000}" --viewers "${2:-50}" --mine "${3:-5000}" --projects "${4:-100}")
fi
read -r -a more <<<"${TASKS_ARGS:-}"

source bench/server.sh
prepare_run tasks
start_atrium tasks 600
echo "tasks: Atrium pid $pid on port $port, up in $started_in s; log in $log"

status=0
"$java" -cp "$run/$driver" bench/Tasks.java --url "http://127.0.0.1:$port" \
  --data "$data" --admin-email "$admin_email" --admin-password "$admin_password" "${args[@]}" "${more[@]}" || status=$?
stop
trap - EXIT
exit "$status"
