#!/usr/bin/env bash
# The mailbox store at a company's size (issue #17): starts Atrium (target/atrium.jar) on a fresh
# data directory, runs bench/MailStore.java against it on 127.0.0.1 (a mail to a list of 2,000
# delivered inside Atrium; a 100,000-mail inbox's first and a deep page of conversations; a search
# in it), prints its summary line, stops Atrium.
#
# Usage: bench/mail-store.sh [list] [messages]   (defaults: 2000 100000)
#        bench/mail-store.sh --smoke             (a list of 200, 3,000 mails, 5 rounds)
# Environment: MAIL_STORE_ARGS  more generator arguments (--sends 5 --rounds 30)
# Output: the generator's log, then one line
#   mail-store: list=… messages=… first-send=…ms send-p50=…ms send-max=…ms page-p50=…ms
#               page-p95=…ms deep-p50=…ms search-p50=…ms search-p95=…ms load=…
# Exit status 0 only if every step ran and each answer held what was loaded.
#
# Needs a built target/atrium.jar (./mvnw -DskipTests package); builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/jdk.sh
java="$JAVA_HOME/bin/java"
(( $(java_major "$JAVA_HOME") >= 22 )) || { echo "mail-store: needs a JDK 22+ to run bench/MailStore.java from source" >&2; exit 2; }
[[ -f target/atrium.jar ]] || { echo "mail-store: target/atrium.jar missing; run ./mvnw -DskipTests package" >&2; exit 2; }

if [[ ${1:-} == --smoke ]]; then
  args=(--list 200 --messages 3000 --sends 2 --rounds 5)
else
  args=(--list "${1:-2000}" --messages "${2:-100000}")
fi
read -r -a more <<<"${MAIL_STORE_ARGS:-}"

source bench/server.sh
prepare_run mail-store
start_atrium mail-store 600
echo "mail-store: Atrium pid $pid on port $port, up in $started_in s; log in $log"

status=0
"$java" -cp "$run/$driver" bench/MailStore.java --url "http://127.0.0.1:$port" \
  --data "$data" --admin-email "$admin_email" --admin-password "$admin_password" "${args[@]}" "${more[@]}" || status=$?
stop
trap - EXIT
exit "$status"
