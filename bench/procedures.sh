#!/usr/bin/env bash
# Procedures benchmark (issue 8): 10,000 generated procedures; 50 concurrent clients on the search API,
# the detail page and the detail API (wrk), next to the same search and detail queries run directly in
# PostgreSQL (pgbench, 50 clients; the search as unaccent + pg_trgm + full text over an indexed folded
# name, which is what a database-only search would run).
# Usage: bash bench/procedures.sh [seconds=10]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

seconds="${1:-10}"
count="${PROCEDURES:-10000}"
port="${BENCH_APP_PORT:-18096}"
db_port="${BENCH_DB_PORT:-54397}"
for tool in curl wrk pgbench psql python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool: apt-get install -y curl wrk postgresql-client python3" >&2; exit 1; }
done

# wrk runs on this machine too. Requests get every core but one (the virtual threads' carriers), so that wrk
# is not starved and its own waiting is not counted as the server's; with 2 cores, one runs requests.
# BENCH_JVM_OPTS=" " runs the application with no option (requests on every core, wrk competing with them).
request_cores=$(( $(nproc) > 1 ? $(nproc) - 1 : 1 ))
export BENCH_JVM_OPTS="${BENCH_JVM_OPTS:--Djdk.virtualThreadScheduler.parallelism=$request_cores}"
bench_workdir
bench_start_app "$work" "$port" "$db_port" --parcomms.procedures.api.requests-per-minute=1000000000 \
  --parcomms.evidence.link-titles.enabled=false
app="http://127.0.0.1:$port"
psql_db() { psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d parcomms "$@"; }

echo "Generating $count procedures from the demo catalog ..." >&2
started=$(date +%s)
psql_db <<SQL
SET synchronous_commit = off;
-- Variants of the 45 demo procedures, as provinces publish them: the same procedure for another case,
-- another group of people, or another step, each with its own code and field.
CREATE TEMP TABLE cases (n int, text text);
INSERT INTO cases SELECT row_number() OVER (), t FROM unnest(ARRAY[
  'đối với người nước ngoài cư trú tại Việt Nam', 'tại khu vực biên giới', 'có yếu tố nước ngoài',
  'cho người Việt Nam định cư ở nước ngoài', 'đối với trường hợp quá hạn', 'trong trường hợp khẩn cấp',
  'cho người khuyết tật', 'đối với hộ gia đình, cá nhân', 'đối với tổ chức', 'thực hiện tại Trung tâm Phục vụ hành chính công',
  'liên thông với cơ quan bảo hiểm xã hội', 'liên thông với cơ quan công an', 'bằng hình thức trực tuyến toàn trình',
  'đối với đồng bào dân tộc thiểu số', 'cho trẻ em dưới 6 tuổi', 'cho người cao tuổi', 'trong khu công nghiệp',
  'đối với cán bộ, công chức, viên chức', 'cho hộ nghèo, hộ cận nghèo', 'đối với doanh nghiệp nhỏ và vừa',
  'tại đặc khu', 'ở vùng đặc biệt khó khăn', 'đối với người có công với cách mạng', 'cho học sinh, sinh viên',
  'đối với người lao động', 'khi thay đổi nơi cư trú', 'khi bị mất, hư hỏng', 'lần thứ hai trở lên',
  'theo yêu cầu của cơ quan nhà nước', 'theo đề nghị của tổ chức, cá nhân'] || ARRAY[]::text[]) t;
WITH base AS (SELECT row_number() OVER (ORDER BY code) AS b, * FROM procedure WHERE status = 'ACTIVE'),
nb AS (SELECT count(*) AS n FROM base), nc AS (SELECT count(*) AS n FROM cases)
INSERT INTO procedure (organization_id, code, name, field, levels, implementing_body, competent_body, subjects, conditions,
  steps, methods, dossier, processing_time, fees, result, legal_bases, online_level, portal_url, keywords, status, valid_from)
SELECT base.organization_id, '5.' || lpad((100000 + g)::text, 6, '0') || '.000.00.00.H36',
       base.name || ' ' || cases.text, base.field || CASE WHEN g % 3 = 0 THEN '' ELSE ' (' || (g % 7 + 1) || ')' END,
       CASE WHEN g % 4 = 0 THEN ARRAY['PROVINCE'] ELSE base.levels END, base.implementing_body, base.competent_body, base.subjects,
       base.conditions, base.steps, base.methods, base.dossier, base.processing_time, base.fees, base.result, base.legal_bases,
       (ARRAY['FULL', 'PARTIAL', 'NONE'])[1 + g % 3], base.portal_url, base.keywords, 'ACTIVE', DATE '2025-07-01'
FROM generate_series(1, $count - (SELECT count(*) FROM procedure)) g, nb, nc
JOIN base ON true JOIN cases ON true
WHERE base.b = 1 + (g % nb.n) AND cases.n = 1 + ((g / nb.n) % nc.n);
UPDATE procedure_catalog_version SET version = version + 1;
ANALYZE procedure;
-- What a database-only search needs: a folded name, trigram and full-text indexes on it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE OR REPLACE FUNCTION bench_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  \$\$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, \$1)) \$\$;
CREATE INDEX IF NOT EXISTS bench_procedure_trgm ON procedure USING gin (bench_fold(name) gin_trgm_ops);
CREATE INDEX IF NOT EXISTS bench_procedure_fts ON procedure USING gin (to_tsvector('simple', bench_fold(name)));
ANALYZE procedure;
SQL
generated=$(( $(date +%s) - started ))
total=0
for _ in $(seq 1 30); do
  total=$(curl -fs "$app/api/v1/procedures?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  [ "$total" -ge "$count" ] && break
  sleep 1
done
[ "$total" -ge "$count" ] || { echo "the index holds $total procedures, not $count" >&2; exit 1; }

queries=("khai sinh" "dang ky ket hon" "chung thuc ban sao" "sao y" "ho kinh doanh" "tam ngung kinh doanh" "khai snh"
         "ket hon nguoi nuoc ngoai" "tro cap xa hoi" "giay xac nhan khuyet tat" "hoa giai tranh chap dat" "mai tang phi"
         "đăng ký khai tử" "chứng thực chữ ký" "xác nhận tình trạng hôn nhân" "con nuoi" "tin nguong" "giay khen" "lam so do"
         "tuyen sinh lop 6" "ho ngheo" "di chuc" "trich luc ho tich" "cap lai giay chung nhan" "dang ki kai sinh")
codes=$(psql_db -At -c "SELECT code FROM procedure ORDER BY random() LIMIT 200")
{
  echo 'local queries = {'
  for q in "${queries[@]}"; do printf '"%s",\n' "$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$q")"; done
  echo '}'
  cat <<'LUA'
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/procedures?q=" .. queries[(i % #queries) + 1])
end
LUA
} > "$work/search.lua"
# Distinct queries, so that no answer comes from the result cache: two or three consecutive words of a random
# name, half of them without diacritics, a quarter with a typo (a letter dropped or two swapped).
psql_db -At -c "SELECT name FROM procedure" > "$work/names.txt"
python3 - "$work/names.txt" "$work/distinct.lua" "$work/distinct-warm.lua" <<'PY2'
import random, sys, unicodedata, urllib.parse
names = [l.strip() for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
def plain(t):
    t = unicodedata.normalize("NFD", t).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in t if unicodedata.category(c) != "Mn")
def queries(seed, avoid):
    random.seed(seed)
    seen = set()
    while len(seen) < 20000:
        words = [w.strip(",;()") for w in random.choice(names).split()]
        words = [w for w in words if w]
        k = random.choice([2, 3, 3, 4])
        start = random.randrange(max(1, len(words) - k + 1))
        q = " ".join(words[start:start + k]).lower()
        if random.random() < 0.5:
            q = plain(q)
        if random.random() < 0.25 and len(q) > 6:
            i = random.randrange(1, len(q) - 2)
            q = q[:i] + q[i + 1:] if random.random() < 0.5 else q[:i] + q[i + 1] + q[i] + q[i + 2:]
        if q not in avoid:
            seen.add(q)
    return seen
def write(path, qs):
    with open(path, "w", encoding="utf-8") as out:
        out.write("local queries = {\n")
        for q in qs:
            out.write('"%s",\n' % urllib.parse.quote_plus(q))
        out.write("}\n")
        out.write("""local counter = 0
function setup(thread) thread:set("id", counter); counter = counter + 1 end
function init(args) offset = (id or 0) * 10000; i = 0 end
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/procedures?q=" .. queries[((offset + i) % #queries) + 1])
end
""")
measured = queries(8, set())
write(sys.argv[2], measured)
# The warm-up asks 20,000 other queries: no measured query is answered before it is measured.
write(sys.argv[3], queries(9, measured))
PY2
{
  echo 'local codes = {'
  for c in $codes; do printf '"%s",\n' "$c"; done
  echo '}'
  echo 'local i = 0'
  echo 'request = function() i = i + 1; return wrk.format("GET", PREFIX .. codes[(i % #codes) + 1]) end'
} > "$work/codes.lua.in"
sed 's|PREFIX|"/thu-tuc/"|' "$work/codes.lua.in" > "$work/page.lua"
sed 's|PREFIX|"/api/v1/procedures/"|' "$work/codes.lua.in" > "$work/api.lua"
cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, e.connect + e.read + e.write + e.status + e.timeout))
end
LUA
# One client alone, on queries the 50-client run does not reach (it starts at 0 and at 10,000).
sed 's/offset = (id or 0) \* 10000/offset = 16000/' "$work/distinct.lua" > "$work/alone.lua"
for f in search distinct distinct-warm alone page api; do cat "$work/report.lua" >> "$work/$f.lua"; done
measure() { # script -> "req/s p50 p95", failing on any error or non-2xx answer
  # Distinct queries warm up for 20 s on 20,000 other queries, until the compiler has compiled the search;
  # every measured query is still asked for the first time.
  if [ "$1" = distinct ]; then
    wrk -t2 -c50 -d20s -s "$work/distinct-warm.lua" "$app" >/dev/null 2>&1 || true
  else
    wrk -t2 -c50 -d5s -s "$work/$1.lua" "$app" >/dev/null 2>&1 || true
  fi
  local output result
  output=$(wrk -t2 -c50 -d"${seconds}s" --timeout 5s -s "$work/$1.lua" "$app")
  result=$(echo "$output" | awk '/^RESULT/ {print $2, $3, $4, $5}')
  echo "$1: $result" >&2
  [ "${result##* }" = "0" ] || { echo "errors or non-2xx answers from $1:" >&2; echo "$output" >&2; exit 1; }
  echo "${result% *}"
}
read -r search_rps search_p50 search_p95 < <(measure search)
read -r distinct_rps distinct_p50 distinct_p95 < <(measure distinct)
read -r alone_rps alone_p50 alone_p95 < <(wrk -t1 -c1 -d"${seconds}s" -s "$work/alone.lua" "$app" | awk '/^RESULT/ {print $2, $3, $4}')
read -r page_rps page_p50 page_p95 < <(measure page)
read -r api_rps api_p50 api_p95 < <(measure api)

# The same work straight in PostgreSQL, 50 clients: the search ranked by exact name, prefix, words, then similarity.
: > "$work/search.args"
i=0
for q in "${queries[@]}"; do
  i=$((i + 1))
  cat > "$work/search$i.sql" <<Q
SELECT code, name FROM procedure, bench_fold('$q') AS f(q)
WHERE status = 'ACTIVE' AND (to_tsvector('simple', bench_fold(name)) @@ plainto_tsquery('simple', f.q) OR bench_fold(name) % f.q)
ORDER BY CASE WHEN bench_fold(name) = f.q THEN 0 WHEN bench_fold(name) LIKE f.q || '%' THEN 1
              WHEN to_tsvector('simple', bench_fold(name)) @@ plainto_tsquery('simple', f.q) THEN 2 ELSE 3 END,
         similarity(bench_fold(name), f.q) DESC, name LIMIT 20;
Q
  printf -- '-f search%s.sql ' "$i" >> "$work/search.args"
done
: > "$work/detail.args"
i=0
for c in $(echo "$codes" | head -n 20); do
  i=$((i + 1))
  printf "SELECT * FROM procedure WHERE code = '%s';\n" "$c" > "$work/detail$i.sql"
  printf -- '-f detail%s.sql ' "$i" >> "$work/detail.args"
done
pg_p95() { # scripts (one statement each) -> "p95 ms, statements" over pgbench's per-transaction log
  rm -f "$work"/pgbench_log.*
  # shellcheck disable=SC2086
  (cd "$work" && pgbench -n $1 -c 50 -j 2 -T "$seconds" -l -h 127.0.0.1 -p "$db_port" -U postgres parcomms >/dev/null 2>&1)
  cat "$work"/pgbench_log.* | python3 -c '
import sys
v = sorted(int(line.split()[2]) for line in sys.stdin if line.strip())
print(f"{v[int(len(v) * 0.95)] / 1000:.2f} {len(v)}")'
}
read -r sql_search_p95 sql_search_n < <(pg_p95 "$(cat "$work/search.args")")
read -r sql_detail_p95 sql_detail_n < <(pg_p95 "$(cat "$work/detail.args")")

mkdir -p bench/results
report="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-procedures.txt"
{
  echo "ParComms procedures, $(date -u +%FT%TZ), $(nproc) cores; $total procedures (generated in ${generated}s); wrk -t2 -c50 -d${seconds}s"
  opts="${BENCH_JVM_OPTS// /}"
  echo "JVM options: ${opts:-none}; wrk runs on the same machine ($(nproc) cores)"
  echo "targets: search p95 < 20 ms, detail page p95 < 10 ms, API >= 2000 req/s, with 50 concurrent clients"
  printf '%-46s %10s %10s %10s\n' "" "req/s" "p50 ms" "p95 ms"
  printf '%-46s %10s %10s %10s\n' "search API, ${#queries[@]} popular queries" "$search_rps" "$search_p50" "$search_p95"
  printf '%-46s %10s %10s %10s\n' "search API, 20,000 distinct queries" "$distinct_rps" "$distinct_p50" "$distinct_p95"
  printf '%-46s %10s %10s %10s\n' "search API, distinct queries, 1 client" "$alone_rps" "$alone_p50" "$alone_p95"
  printf '%-46s %10s %10s %10s\n' "same search in PostgreSQL (pgbench, 50 clients)" "$(( sql_search_n / seconds ))" "" "$sql_search_p95"
  printf '%-46s %10s %10s %10s\n' "detail page /thu-tuc/{code}" "$page_rps" "$page_p50" "$page_p95"
  printf '%-46s %10s %10s %10s\n' "detail API /api/v1/procedures/{code}" "$api_rps" "$api_p50" "$api_p95"
  printf '%-46s %10s %10s %10s\n' "same detail row in PostgreSQL (pgbench)" "$(( sql_detail_n / seconds ))" "" "$sql_detail_p95"
} | tee "$report"
echo "saved $report"
