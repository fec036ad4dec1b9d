# Shared by the benchmarks: start the packaged application with demo data on a throw-away data
# directory, and stop it (and anything else registered) on exit.
set -euo pipefail

bench_java() {
  local java_bin="${JAVA_HOME:+$JAVA_HOME/bin/java}"
  [ -n "$java_bin" ] || java_bin="$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1 || true)"
  [ -x "$java_bin" ] || { echo "Java 25 not found: set JAVA_HOME" >&2; exit 1; }
  echo "$java_bin"
}

bench_jar() {
  local jar
  jar="$(ls target/parcomms-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)"
  if [ -z "$jar" ] || [ -n "${BENCH_REBUILD:-}" ]; then
    ./mvnw -q -B -DskipTests package >&2
    jar="$(ls target/parcomms-*.jar | grep -v plain | head -n 1)"
  fi
  echo "$jar"
}

# bench_start_app WORKDIR HTTP_PORT DB_PORT [extra args...]: sets APP_PID (JVM options from BENCH_JVM_OPTS)
bench_start_app() {
  local work="$1" port="$2" db_port="$3"; shift 3
  local java_bin jar
  java_bin="$(bench_java)"
  jar="$(bench_jar)"
  # Another application answering on these ports would be measured instead of this build: refuse.
  if curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null || (exec 3<>"/dev/tcp/127.0.0.1/$db_port") 2>/dev/null; then
    echo "port $port or $db_port is already in use: stop what listens there (or set BENCH_APP_PORT/BENCH_DB_PORT)" >&2
    return 1
  fi
  echo "Starting ParComms ($jar) on port $port ..." >&2
  # shellcheck disable=SC2086 # BENCH_JVM_OPTS: JVM options, split on spaces
  PARCOMMS_DATA_DIR="$work/data" "$java_bin" ${BENCH_JVM_OPTS:-} -jar "$jar" --spring.profiles.active=demo \
    --server.port="$port" --parcomms.database.embedded.port="$db_port" --logging.level.root=WARN "$@" \
    > "$work/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    kill -0 "$APP_PID" 2>/dev/null || { cat "$work/app.log" >&2; return 1; }
    curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP && return 0
    sleep 1
  done
  cat "$work/app.log" >&2
  return 1
}

# bench_workdir: a throw-away directory in $work, removed on exit with the application (APP_PID);
# BENCH_KEEP=1 leaves both for inspection and says where the database listens ($db_port).
bench_workdir() {
  work="$(mktemp -d)"
  APP_PID=""
  trap bench_cleanup EXIT
}

bench_cleanup() {
  local rc=$?
  if [ -n "${BENCH_KEEP:-}" ]; then
    echo "BENCH_KEEP: application (pid $APP_PID) and data ($work) left running; database on port ${db_port:-?}" >&2
    exit "$rc"
  fi
  if [ -n "$APP_PID" ]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$work"
  exit "$rc"
}
