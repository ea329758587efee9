#!/usr/bin/env bash
# "Which pages may S see": starts Atrium (target/atrium.jar) on a fresh data directory, runs the
# generator bench/DocVisibility.java against it on 127.0.0.1 (departments and people through the API;
# spaces, pages, grants and restrictions straight into the tables; then doc's visibility SQL timed in
# PostgreSQL with its plans, and the page trees of every space S may read through the API), prints
# its summary line, stops Atrium.
#
# Usage: bench/doc-visibility.sh [pages] [spaces] [people]   (defaults: 5000 100 300)
#        bench/doc-visibility.sh --smoke                      (300 pages, 12 spaces, 40 people, 4 rounds)
# Environment: DOC_VISIBILITY_ARGS  more generator arguments (--rounds 20 --seed 42)
# Output: the generator's log (with EXPLAIN ANALYZE of each statement), then one line
#   doc-visibility: pages=… spaces=… people=… sql-all-p50=…ms sql-all-p95=…ms sql-all-admin-p50=…ms
#                   sql-all-admin-p95=…ms keys-p95=…ms tree-p95=…ms api-all=…ms seen=…
# Exit status 0 only if every step ran and the API showed S as many pages as the SQL counted.
#
# Needs a built target/atrium.jar (./mvnw -DskipTests package); builds nothing. The generator is
# compiled against the jar's own classes, so it times the SQL that access.Visibility and
# doc's DocResources build, not a copy of it.
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/jdk.sh
java="$JAVA_HOME/bin/java"
(( $(java_major "$JAVA_HOME") >= 22 )) || { echo "doc-visibility: needs a JDK 22+ to run bench/DocVisibility.java from source" >&2; exit 2; }
[[ -f target/atrium.jar ]] || { echo "doc-visibility: target/atrium.jar missing; run ./mvnw -DskipTests package" >&2; exit 2; }

if [[ ${1:-} == --smoke ]]; then
  args=(--pages 300 --spaces 12 --people 40 --rounds 4)
else
  args=(--pages "${1:-5000}" --spaces "${2:-100}" --people "${3:-300}")
fi
read -r -a more <<<"${DOC_VISIBILITY_ARGS:-}"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
run=target/bench-doc-visibility/$port
data=$run/data
log=$run/server.log
rm -rf "$run"
mkdir -p "$run"
cp target/atrium.jar "$run/atrium.jar"
driver=$("$JAVA_HOME/bin/jar" tf "$run/atrium.jar" | grep -m1 -E '^BOOT-INF/lib/postgresql-[0-9.]+\.jar$')
jspecify=$("$JAVA_HOME/bin/jar" tf "$run/atrium.jar" | grep -m1 -E '^BOOT-INF/lib/jspecify-[0-9.]+\.jar$')
(cd "$run" && "$JAVA_HOME/bin/jar" xf atrium.jar "$driver" "$jspecify" BOOT-INF/classes/dev)
source bench/server.sh
start_atrium doc-visibility 600
echo "doc-visibility: Atrium pid $pid on port $port, up in $started_in s; log in $log"

status=0
"$java" -cp "$run/$driver:$run/$jspecify:$run/BOOT-INF/classes" bench/DocVisibility.java --url "http://127.0.0.1:$port" \
  --data "$data" --admin-email "$admin_email" --admin-password "$admin_password" "${args[@]}" "${more[@]}" || status=$?
stop
trap - EXIT
exit "$status"
