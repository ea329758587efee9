#!/usr/bin/env bash
# Co-editing benchmark: starts Atrium (target/atrium.jar) on a fresh data directory, has
# bench/doc-collab.cjs provision EDITORS people and one page they may all edit, and lets them type
# into it at human speed through /api/v1/pages/{id}/collab with the real yjs package; prints the
# propagation of every keystroke to every other editor, then stops Atrium.
#
# Usage: bench/doc-collab.sh [editors] [seconds] [chars-per-second]   (defaults: 20 60 5)
#        bench/doc-collab.sh --smoke                                     (3 editors, 5 s)
# Output: one line
#   doc-collab: editors=… seconds=… rate=… keystrokes=… deliveries=… p50=…ms p99=…ms max=…ms lost=… converged=true
# Exit status 0 only if every keystroke reached every editor and all ended with the same text.
# Needs a built target/atrium.jar (./mvnw -DskipTests package) and web/node_modules; builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/jdk.sh
java="$JAVA_HOME/bin/java"
[[ -f target/atrium.jar ]] || { echo "doc-collab: target/atrium.jar missing; run ./mvnw -DskipTests package" >&2; exit 2; }

if [[ ${1:-} == --smoke ]]; then
  editors=3 seconds=5 rate=5
else
  editors=${1:-20} seconds=${2:-60} rate=${3:-5}
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
run=target/bench-doc-collab/$port
data=$run/data
log=$run/server.log
rm -rf "$run"
mkdir -p "$run"
cp target/atrium.jar "$run/atrium.jar"
source bench/server.sh
start_atrium doc-collab 180 -Xmx1g

status=0
result=$(ATRIUM_URL="http://127.0.0.1:$port" ADMIN_EMAIL="$admin_email" ADMIN_PASSWORD="$admin_password" \
  EDITORS="$editors" DURATION_SECONDS="$seconds" CHARS_PER_SECOND="$rate" NODE_PATH="$PWD/web/node_modules" \
  node bench/doc-collab.cjs) || status=$?
[[ -n $result ]] || { echo "doc-collab: the editors failed; see above and $log" >&2; exit 1; }
echo "$result" | python3 -c '
import json, sys
r = json.loads(sys.stdin.readline())
print("doc-collab: editors=%d seconds=%s rate=%s keystrokes=%d deliveries=%d p50=%sms p99=%sms max=%sms lost=%d converged=%s"
      % (r["editors"], sys.argv[1], sys.argv[2], r["keystrokes"], r["deliveries"], r["p50"], r["p99"], r["max"], r["lost"], str(r["converged"]).lower()))
' "$seconds" "$rate"
stop
trap - EXIT
exit "$status"
