#!/usr/bin/env bash
# "Which channels may S see": starts Atrium (target/atrium.jar) on a fresh data directory, runs the
# generator bench/ChatVisibility.java against it on 127.0.0.1 (S through the API; channels, members,
# grants and S's unread messages straight into the tables; then chat's channel list and search-key
# SQL timed in PostgreSQL with their plans, and GET /api/v1/channels for S), prints its summary line,
# stops Atrium.
#
# Usage: bench/chat-visibility.sh [mine] [others] [people]   (defaults: 2000 4000 3000)
#        bench/chat-visibility.sh --smoke                     (60 channels S is in, 60 not, 200 people, 4 rounds)
# Environment: CHAT_VISIBILITY_ARGS  more generator arguments (--rounds 20 --seed 42)
# Output: the generator's log (with EXPLAIN ANALYZE of each statement), then one line
#   chat-visibility: mine=… others=… people=… list-p50=…ms list-p95=…ms keys-p50=…ms keys-p95=…ms
#                    api-p50=…ms api-p95=…ms listed=… keys=…
# Exit status 0 only if every step ran and the API listed as many channels for S as the SQL.
#
# Needs a built target/atrium.jar (./mvnw -DskipTests package); builds nothing. The generator is
# compiled against the jar's own classes (and spring-jdbc, the type of a field of ChannelsTable, whose
# private view it reads), so it times the SQL that chat's ChannelsTable and ChannelGrants build.
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/jdk.sh
java="$JAVA_HOME/bin/java"
(( $(java_major "$JAVA_HOME") >= 22 )) || { echo "chat-visibility: needs a JDK 22+ to run bench/ChatVisibility.java from source" >&2; exit 2; }
[[ -f target/atrium.jar ]] || { echo "chat-visibility: target/atrium.jar missing; run ./mvnw -DskipTests package" >&2; exit 2; }

if [[ ${1:-} == --smoke ]]; then
  args=(--mine 60 --others 60 --people 200 --rounds 4)
else
  args=(--mine "${1:-2000}" --others "${2:-4000}" --people "${3:-3000}")
fi
read -r -a more <<<"${CHAT_VISIBILITY_ARGS:-}"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
run=target/bench-chat-visibility/$port
data=$run/data
log=$run/server.log
rm -rf "$run"
mkdir -p "$run"
cp target/atrium.jar "$run/atrium.jar"
lib() { "$JAVA_HOME/bin/jar" tf "$run/atrium.jar" | grep -m1 -E "^BOOT-INF/lib/$1-[0-9.]+(-[A-Za-z0-9]+)?\.jar\$"; }
driver=$(lib postgresql)
jspecify=$(lib jspecify)
jdbc=$(lib spring-jdbc)
(cd "$run" && "$JAVA_HOME/bin/jar" xf atrium.jar "$driver" "$jspecify" "$jdbc" BOOT-INF/classes/dev)
source bench/server.sh
start_atrium chat-visibility 600
echo "chat-visibility: Atrium pid $pid on port $port, up in $started_in s; log in $log"

status=0
"$java" -cp "$run/$driver:$run/$jspecify:$run/$jdbc:$run/BOOT-INF/classes" bench/ChatVisibility.java --url "http://127.0.0.1:$port" \
  --data "$data" --admin-email "$admin_email" --admin-password "$admin_password" "${args[@]}" "${more[@]}" || status=$?
stop
trap - EXIT
exit "$status"
