#!/usr/bin/env bash
# Calendars at a company's size (issue #15): starts Atrium (target/atrium.jar) on a fresh data
# directory, runs the generator bench/Calendar.java against it on 127.0.0.1 (people, their year of
# events, rooms and bookings written into the tables; the week view of 30 overlaid calendars,
# free/busy of 30 people, a free-room search, a two-year iCalendar feed), prints its summary line,
# stops Atrium.
#
# Usage: bench/calendar.sh [people] [per-week] [rooms]   (defaults: 10000 20 200)
#        bench/calendar.sh --smoke                       (300 people, 20 rooms, 10 rounds)
# Environment: CALENDAR_ARGS  more generator arguments (--weeks 8 --bookings 30 --overlay 30 --rounds 50 --seed 42)
# Output: the generator's log, then one line
#   calendar: people=… events=… rooms=… overlay=… week-p50=…ms week-p95=…ms freebusy-p50=…ms
#             freebusy-p95=…ms rooms-p50=…ms rooms-p95=…ms feed-p50=…ms feed-max=…ms feed-vevents=…
#             feed-kb=… load=…
# Exit status 0 only if every step ran and each answer held what was loaded.
#
# Needs a built target/atrium.jar (./mvnw -DskipTests package); builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/jdk.sh
java="$JAVA_HOME/bin/java"
(( $(java_major "$JAVA_HOME") >= 22 )) || { echo "calendar: needs a JDK 22+ to run bench/Calendar.java from source" >&2; exit 2; }
[[ -f target/atrium.jar ]] || { echo "calendar: target/atrium.jar missing; run ./mvnw -DskipTests package" >&2; exit 2; }

if [[ ${1:-} == --smoke ]]; then
  args=(--people 300 --per-week 20 --rooms 20 --bookings 10 --weeks 4 --rounds 10)
else
  args=(--people "${1:-10000}" --per-week "${2:-20}" --rooms "${3:-200}")
fi
read -r -a more <<<"${CALENDAR_ARGS:-}"

source bench/server.sh
prepare_run calendar
start_atrium calendar 600
echo "calendar: Atrium pid $pid on port $port, up in $started_in s; log in $log"

status=0
"$java" -cp "$run/$driver" bench/Calendar.java --url "http://127.0.0.1:$port" \
  --data "$data" --admin-email "$admin_email" --admin-password "$admin_password" "${args[@]}" "${more[@]}" || status=$?
stop
trap - EXIT
exit "$status"
