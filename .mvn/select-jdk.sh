# Picks a JDK 21 or newer for the build (sourced by ./mvnw and ./transform; POSIX sh).
# The Eclipse Platform bundles in the target platform need Java 21+ to compile and to run tests.
# Order: JAVA_HOME if it is 21+, else the newest JDK 21+ under /usr/lib/jvm, else a clear error.
# ./transform sets TRANSFORM_RUNTIME_ONLY=1 when the jar is built and only needs running: then a Java 17+
# runtime will do (the jar's own minimum), JAVA_HOME's first.

transform_jdk_major() {
  # prints the feature version of the JDK at $1 (e.g. 17, 21, 25), or nothing
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1
  elif [ -x "$1/bin/java" ]; then
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
  fi
}

transform_select_jdk() {
  minimum=21
  tool=javac
  if [ "${TRANSFORM_RUNTIME_ONLY-}" = 1 ]; then
    minimum=17
    tool=java
  fi
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/$tool" ]; then
    major=$(transform_jdk_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge "$minimum" ]; then
      return 0
    fi
  fi
  best=""
  best_major=0
  case "$-" in *f*) transform_noglob=1; set +f ;; *) transform_noglob=0 ;; esac
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/$tool" ] || continue
    major=$(transform_jdk_major "$candidate")
    [ -n "$major" ] || continue
    if [ "$major" -ge "$minimum" ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  [ "$transform_noglob" = 0 ] || set -f
  if [ -z "$best" ] && [ "$minimum" = 17 ]; then
    echo "Transform needs Java 17 or newer to run (found none: JAVA_HOME=${JAVA_HOME-<unset>}, nothing suitable under /usr/lib/jvm)." >&2
    echo "Install one (e.g. 'apt-get install openjdk-17-jre-headless' or Temurin 17+) and set JAVA_HOME to it." >&2
    return 1
  fi
  if [ -z "$best" ]; then
    echo "Transform needs a JDK 21 or newer to build (found none: JAVA_HOME=${JAVA_HOME-<unset>}, nothing suitable under /usr/lib/jvm)." >&2
    echo "Install one (e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+) and set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}

transform_select_jdk || exit 1
