#!/usr/bin/env bash
# Org import benchmark: starts Atrium (target/atrium.jar) on a fresh data directory, runs the
# generator bench/OrgImport.java against it on 127.0.0.1 (a CSV of people in departments imported
# through the real import API, department channels and one default channel on), prints its summary
# line, stops Atrium.
#
# Usage: bench/org-import.sh [people] [departments]   (defaults: 5000 200; departments a multiple of 10)
#        bench/org-import.sh --smoke                  (100 people, 20 departments)
# Output: the generator's log, then one line
#   org-import: people=… departments=… answered=…s channels=…s settled=…s|no statements=… transactions=…
#               statements-settled=… failed=…
#   answered: the import's answer; channels: every department channel and the default channel hold
#   exactly their people; settled: no event publication waiting or running ("no" if not within five
#   minutes of the channels); statements, transactions: SQL statements (BEGIN/COMMIT apart) and
#   COMMITs/ROLLBACKs PostgreSQL executed until the channels were complete; statements-settled: until
#   settled; failed: publications left failed, for a replay.
# Exit status 0 only if the import succeeded and the channels became complete.
#
# The server runs with generous request limits and cheap password hashing, as the other benchmarks
# do. Needs a built target/atrium.jar (./mvnw -DskipTests package), or ORG_IMPORT_JAR naming another
# build (an older one, for a before/after comparison); builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/jdk.sh
java="$JAVA_HOME/bin/java"
(( $(java_major "$JAVA_HOME") >= 22 )) || { echo "org-import: needs a JDK 22+ to run bench/OrgImport.java from source" >&2; exit 2; }
jar=${ORG_IMPORT_JAR:-target/atrium.jar}
[[ -f $jar ]] || { echo "org-import: $jar missing; run ./mvnw -DskipTests package" >&2; exit 2; }

if [[ ${1:-} == --smoke ]]; then
  args=(--people 100 --departments 20)
else
  args=(--people "${1:-5000}" --departments "${2:-200}")
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# Each run has its own directory and its own copy of the jar; the data directory is removed at the end.
run=target/bench-org-import/$port
data=$run/data
log=$run/server.log
rm -rf "$run"
mkdir -p "$run"
cp "$jar" "$run/atrium.jar"
driver=$("$JAVA_HOME/bin/jar" tf "$run/atrium.jar" | grep -m1 -E '^BOOT-INF/lib/postgresql-[0-9.]+\.jar$')
(cd "$run" && "$JAVA_HOME/bin/jar" xf atrium.jar "$driver")
source bench/server.sh
start_atrium org-import 600
echo "org-import: Atrium pid $pid on port $port, up in $started_in s; log in $log"

status=0
"$java" -cp "$run/$driver" bench/OrgImport.java --url "http://127.0.0.1:$port" --data "$data" \
  --admin-email "$admin_email" --admin-password "$admin_password" "${args[@]}" || status=$?
stop
trap - EXIT
exit "$status"
