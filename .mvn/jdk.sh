# Sourced by ./mvnw and ./atrium: exports JAVA_HOME as a JDK of 21 or newer, whatever `java` on the
# PATH is (our machines default to 17 and keep newer JDKs under /usr/lib/jvm), and a UTF-8 locale.
JAVA_MIN=21

java_major() { "$1/bin/java" -version 2>&1 | sed -nE '1s/.*version "([0-9]+).*/\1/p'; }

pick_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]] && (( $(java_major "$JAVA_HOME") >= JAVA_MIN )); then
    echo "$JAVA_HOME"; return
  fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/*; do
    [[ -x "$dir/bin/javac" ]] || continue
    major=$(java_major "$dir"); [[ -n "$major" ]] || continue
    if (( major >= JAVA_MIN && major > best_major )); then best="$dir"; best_major=$major; fi
  done
  [[ -n "$best" ]] || { echo "no JDK $JAVA_MIN+ found; set JAVA_HOME" >&2; exit 1; }
  echo "$best"
}

# Java decodes file names in the locale's charset: under the POSIX locale (a container's default)
# it cannot even load a class from a checkout in /srv/团队 协作/. Every glibc has C.UTF-8.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) export LC_ALL=C.UTF-8 ;;
esac

JAVA_HOME="$(pick_jdk)"
export JAVA_HOME
