#!/usr/bin/env bash
# Cold-load benchmark of the web client: starts Atrium (target/atrium.jar, or $FIRST_PAINT_JAR) on a
# fresh data directory on 127.0.0.1, loads the sign-in screen in Debian's Chromium (Playwright) at a
# phone's width with an empty cache, prints one line per run and a summary line of medians, stops Atrium.
#
# Usage: bench/first-paint.sh [runs] [width] [kbit/s]   (defaults: 5 360, loopback speed)
#        bench/first-paint.sh --smoke                   (one run at 360 px)
# With kbit/s, Chromium's network emulation holds every transfer to that rate with 150 ms latency.
# Environment: FIRST_PAINT_JAR        another build's jar to measure (e.g. an older release, for a before/after)
#              FIRST_PAINT_CLASSPATH  Playwright's jars; by default Maven's test class path of this project
# Output: run N: bytes=… decoded=… requests=… fp=…ms fcp=…ms ready=…ms
#         first-paint: width=… [kbits=…] runs=… bytes=… fp=…ms fcp=…ms ready=…ms
# bytes: what went over the wire (compressed bodies and headers); fp / fcp: Chromium's first paint and
# first contentful paint; ready: the sign-in form visible. Needs a JDK 22+, /usr/bin/chromium and a
# built jar (./mvnw -DskipTests package); builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/jdk.sh
java="$JAVA_HOME/bin/java"
jar=${FIRST_PAINT_JAR:-target/atrium.jar}
[[ -f $jar ]] || { echo "first-paint: $jar missing; run ./mvnw -DskipTests package" >&2; exit 2; }

if [[ ${1:-} == --smoke ]]; then runs=1 width=360 kbits=0; else runs=${1:-5} width=${2:-360} kbits=${3:-0}; fi

classpath=${FIRST_PAINT_CLASSPATH:-}
if [[ -z $classpath ]]; then
  ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/first-paint.classpath >/dev/null
  classpath=$(cat target/first-paint.classpath)
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# Its own directory and copy of the jar, so a build meanwhile cannot pull either from under it.
run=target/bench-first-paint/$port
data=$run/data
log=$run/server.log
mkdir -p "$run"
cp "$jar" "$run/atrium.jar"
source bench/server.sh
start_atrium first-paint 180
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$java" -cp "$classpath" bench/FirstPaint.java "http://127.0.0.1:$port" "$runs" "$width" "$kbits"
