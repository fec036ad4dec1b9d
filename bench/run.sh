#!/usr/bin/env bash
# ParComms benchmarks. Usage: bash bench/run.sh [seconds-per-target] [connections]
# Starts the packaged application (demo data, throw-away embedded database) and nginx, runs wrk
# against each target in the same run, and prints every figure next to its baseline.
set -euo pipefail
cd "$(dirname "$0")/.."

duration="${1:-15}"
connections="${2:-64}"
threads=2
app_port="${BENCH_APP_PORT:-18080}"
nginx_port="${BENCH_NGINX_PORT:-18081}"

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool: apt-get install -y wrk nginx curl" >&2; exit 1; }
done

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/java}"
if [ -z "$java_bin" ]; then
  java_bin="$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1 || true)"
fi
[ -x "$java_bin" ] || { echo "Java 25 not found: set JAVA_HOME" >&2; exit 1; }

jar="$(ls target/parcomms-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)"
if [ -z "$jar" ] || [ -n "${BENCH_REBUILD:-}" ]; then
  ./mvnw -q -B -DskipTests package
  jar="$(ls target/parcomms-*.jar | grep -v plain | head -n 1)"
fi

work="$(mktemp -d)"
app_pid=""
cleanup() {
  local rc=$?
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT

echo "Starting ParComms ($jar) on port $app_port ..."
PARCOMMS_DATA_DIR="$work/data" "$java_bin" -jar "$jar" --spring.profiles.active=demo \
  --server.port="$app_port" --parcomms.database.embedded.port=0 --logging.level.root=WARN ${BENCH_APP_ARGS:-} \
  > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$app_port/actuator/health" 2>/dev/null | grep -q UP && break
  sleep 1
done
curl -fs "http://127.0.0.1:$app_port/actuator/health" | grep -q UP || { cat "$work/app.log"; exit 1; }

# The baseline: nginx serving the same sign-in page, saved as a static file.
mkdir -p "$work/www"
curl -fs "http://127.0.0.1:$app_port/login" > "$work/www/login.html"
cat > "$work/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  server { listen 127.0.0.1:$nginx_port; root $work/www; default_type text/html; }
}
NGINX
mkdir -p "$work/tmp"
nginx -c "$work/nginx.conf"

measure() { # name url -> "requests/s p50 p99"
  wrk -t"$threads" -c"$connections" -d5s "$2" >/dev/null 2>&1 # warm-up (JIT, caches)
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$2" > "$work/$1.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/$1.txt")
  p50=$(awk '$1=="50%" {print $2}' "$work/$1.txt")
  p99=$(awk '$1=="99%" {print $2}' "$work/$1.txt")
  echo "$rps $p50 $p99"
}

echo "wrk: $threads threads, $connections connections, ${duration}s per target after a 5s warm-up"
read -r nginx_rps nginx_p50 nginx_p99 < <(measure nginx "http://127.0.0.1:$nginx_port/login.html")
read -r login_rps login_p50 login_p99 < <(measure login "http://127.0.0.1:$app_port/login")
read -r health_rps health_p50 health_p99 < <(measure health "http://127.0.0.1:$app_port/actuator/health")

mkdir -p bench/results
report="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-signin.txt"
{
  echo "ParComms sign-in page and health, $(date -u +%FT%TZ), $(nproc) cores, $(uname -r)"
  printf '%-34s %12s %10s %10s %14s\n' target "requests/s" p50 p99 "vs nginx"
  printf '%-34s %12s %10s %10s %14s\n' "nginx static /login.html (baseline)" "$nginx_rps" "$nginx_p50" "$nginx_p99" "1.00"
  printf '%-34s %12s %10s %10s %14s\n' "ParComms GET /login" "$login_rps" "$login_p50" "$login_p99" \
    "$(awk -v a="$login_rps" -v b="$nginx_rps" 'BEGIN {printf "%.3f", a/b}')"
  printf '%-34s %12s %10s %10s %14s\n' "ParComms GET /actuator/health" "$health_rps" "$health_p50" "$health_p99" \
    "$(awk -v a="$health_rps" -v b="$nginx_rps" 'BEGIN {printf "%.3f", a/b}')"
} | tee "$report"
echo "saved $report"
