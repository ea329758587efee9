#!/usr/bin/env bash
# Inbound SMTP throughput (issue #17): starts Atrium (target/atrium.jar) on a fresh data directory
# with its SMTP server on a free port, runs bench/MailSmtp.java against it on 127.0.0.1 (one person;
# mails sent to their address over concurrent SMTP connections, each stored raw before its 250, then
# parsed and filed), prints its summary line, stops Atrium.
#
# Usage: bench/mail-smtp.sh [messages] [connections] [kb]   (defaults: 2000 8 8)
#        bench/mail-smtp.sh --smoke                         (40 mails over 2 connections)
# Output: the generator's log, then one line
#   mail-smtp: messages=… connections=… kb=… accepted-per-s=… delivered-per-s=… accept-p50=…ms
#              accept-p95=…ms load=…
# Exit status 0 only if every mail was accepted and delivered.
#
# Needs a built target/atrium.jar (./mvnw -DskipTests package); builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/jdk.sh
java="$JAVA_HOME/bin/java"
(( $(java_major "$JAVA_HOME") >= 22 )) || { echo "mail-smtp: needs a JDK 22+ to run bench/MailSmtp.java from source" >&2; exit 2; }
[[ -f target/atrium.jar ]] || { echo "mail-smtp: target/atrium.jar missing; run ./mvnw -DskipTests package" >&2; exit 2; }

if [[ ${1:-} == --smoke ]]; then
  args=(--messages 40 --connections 2 --kb 4)
else
  args=(--messages "${1:-2000}" --connections "${2:-8}" --kb "${3:-8}")
fi

source bench/server.sh
prepare_run mail-smtp
smtp_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
start_atrium mail-smtp 600 -Datrium.mail.smtp.port="$smtp_port" -Datrium.mail.smtp.bind-address=127.0.0.1
echo "mail-smtp: Atrium pid $pid on port $port, SMTP on $smtp_port, up in $started_in s; log in $log"

status=0
"$java" -cp "$run/$driver" bench/MailSmtp.java --url "http://127.0.0.1:$port" \
  --data "$data" --admin-email "$admin_email" --admin-password "$admin_password" \
  --smtp-port "$smtp_port" "${args[@]}" || status=$?
stop
trap - EXIT
exit "$status"
