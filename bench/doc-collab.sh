#!/usr/bin/env bash
# Co-editing benchmark: starts Atrium (target/atrium.jar) on a fresh data directory, runs a part of
# bench/doc-collab.cjs against it (real Yjs clients on /api/v1/pages/{id}/collab; each part
# provisions its own people), prints one summary line per part, then stops Atrium.
#
# Usage: bench/doc-collab.sh [editors] [seconds] [chars-per-second]   one page (defaults: 20 60 5)
#        bench/doc-collab.sh --pages [people] [pages] [seconds]       every person with one page open,
#                                                                     10 % of them typing (defaults: 1000 200 60)
#        bench/doc-collab.sh --large [bytes] [opens]                  opening a page of that much text (defaults: 1000000 10)
#        bench/doc-collab.sh --smoke                                  all three, tiny (one page: 3 editors for 5 s;
#                                                                     pages: 20 people on 4 pages for 5 s; large: 100 kB, 3 opens)
# Environment: DOC_COLLAB_HEAP   the server's -Xmx (default 1g)
#              DOC_COLLAB_JFR=1  record the server with JFR into target/bench-doc-collab/<port>/server.jfr
#              DOC_COLLAB_JVM    more server JVM options, e.g. -Datrium.doc.collab.version-every-updates=1000000
#              TIMELINE=1        also print propagation p50/p99/max per 5-second window (stderr)
#              and each part's own settings (TYPING_SHARE, CHARS_PER_SECOND, IDLE_SECONDS, SPACES,
#              PASTE_BYTES, PASTES_PER_SECOND, …; see the bench/doc-collab*.cjs headers).
# Output: one line per part
#   doc-collab: editors=… seconds=… rate=… keystrokes=… deliveries=… p50=…ms p99=…ms max=…ms lost=… converged=true
#   doc-collab pages: people=… pages=… typists=… seconds=… keystrokes=… deliveries=… p50=…ms p99=…ms max=…ms lost=… converged=true refused=… closed=… …
#   doc-collab large: text=…B state=…B opens=… open p50=…ms max=…ms … lost=… converged=true
# and every part's full figures as JSON in target/bench-doc-collab/<port>/results.jsonl.
# Exit status 0 only if every keystroke reached every client of its page and every page converged
# (large: every open received the whole page).
#
# The server runs with generous request limits and cheap password hashing (bench/server.sh): the
# benchmark measures co-editing, not the abuse limits or Argon2. Needs a built target/atrium.jar
# (./mvnw -DskipTests package) and web/node_modules; builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/jdk.sh
java="$JAVA_HOME/bin/java"
[[ -f target/atrium.jar ]] || { echo "doc-collab: target/atrium.jar missing; run ./mvnw -DskipTests package" >&2; exit 2; }

settings=()
case ${1:-} in
  --smoke)
    parts=one,pages,large
    settings=(EDITORS=3 DURATION_SECONDS=5 CHARS_PER_SECOND=5 PEOPLE=20 PAGES=4 SPACES=2 TYPING_SHARE=0.2 IDLE_SECONDS=1
              LARGE_BYTES=100000 OPENS=3) ;;
  --pages)
    parts=pages
    settings=(PEOPLE="${2:-1000}" PAGES="${3:-200}" DURATION_SECONDS="${4:-60}") ;;
  --large)
    parts=large
    settings=(LARGE_BYTES="${2:-1000000}" OPENS="${3:-10}") ;;
  *)
    parts=one
    settings=(EDITORS="${1:-20}" DURATION_SECONDS="${2:-60}" CHARS_PER_SECOND="${3:-5}") ;;
esac

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
run=target/bench-doc-collab/$port
data=$run/data
log=$run/server.log
rm -rf "$run"
mkdir -p "$run"
cp target/atrium.jar "$run/atrium.jar"
jvm=(-Xmx"${DOC_COLLAB_HEAP:-1g}" ${DOC_COLLAB_JVM:-})
[[ ${DOC_COLLAB_JFR:-} == 1 ]] && jvm+=(-XX:StartFlightRecording=filename=$run/server.jfr,settings=profile,dumponexit=true)
source bench/server.sh
start_atrium doc-collab 180 "${jvm[@]}"
echo "doc-collab: Atrium pid $pid on port $port (-Xmx${DOC_COLLAB_HEAP:-1g}), up in $started_in s; load average $(cut -d' ' -f1-3 /proc/loadavg); log in $log"

status=0
env "${settings[@]}" PARTS="$parts" ATRIUM_URL="http://127.0.0.1:$port" ADMIN_EMAIL="$admin_email" ADMIN_PASSWORD="$admin_password" \
  ATRIUM_PID="$pid" ATRIUM_DATA="$data" JCMD="$JAVA_HOME/bin/jcmd" NODE_PATH="$PWD/web/node_modules" \
  node bench/doc-collab.cjs >"$run/results.jsonl" || status=$?
[[ -s $run/results.jsonl ]] || { echo "doc-collab: the clients failed; see above and $log" >&2; exit 1; }
python3 bench/doc-collab-summary.py "${settings[@]}" <"$run/results.jsonl"
echo "doc-collab: load average at the end $(cut -d' ' -f1-3 /proc/loadavg); figures in $run/results.jsonl"
stop
trap - EXIT
exit "$status"
