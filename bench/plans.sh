#!/usr/bin/env bash
# Plans benchmark: server time to show a plan of 200 tasks and the compliance table of a province
# with 129 subordinate bodies, 20 concurrent users, next to the single SQL query that reads the
# same rows (pgbench on the same database, in the same run).
# Usage: bash bench/plans.sh [seconds-per-target=15] [connections=20]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

duration="${1:-15}"
connections="${2:-20}"
port="${BENCH_APP_PORT:-18090}"
db_port="${BENCH_DB_PORT:-54391}"
token="pc_demo_tinh_dieuphoi"
for tool in wrk curl pgbench python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool: apt-get install -y wrk curl postgresql-client python3" >&2; exit 1; }
done

bench_workdir
bench_start_app "$work" "$port" "$db_port"
api="http://127.0.0.1:$port/api/v1"
auth="Authorization: Bearer $token"

echo "Creating a plan with 200 tasks and an obligation for every body of the province ..."
province=$(curl -fs "$api/organizations/by-code/68" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
department=$(curl -fs "$api/organizations/by-code/68.SNV" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
plan=$(curl -fs -H "$auth" -H 'Content-Type: application/json' "$api/plans" -d "{\"issuerId\":$province,\"year\":2026,
  \"title\":\"Kế hoạch đo hiệu năng\",\"documentNumber\":\"900/KH-UBND\",\"issueDate\":\"2026-01-05\",\"signerName\":\"Người Ký\",
  \"obligationGroup\":\"ALL_CHILD_BODIES\",\"obligationDue\":\"2026-12-31\",\"version\":0}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
timings=("Thường xuyên" "Định kỳ 01 lần/quý" "Hằng tháng" "Quý III/2026" "Nhân ngày 10/10" "Trước ngày 30/06/2026")
for i in $(seq 1 200); do
  parent=$(( (i - 1) / 10 + 1 )); child=$(( (i - 1) % 10 ))
  number="$parent"; [ "$child" -gt 0 ] && number="$parent.$child"
  curl -fs -o /dev/null -H "$auth" -H 'Content-Type: application/json' "$api/plans/$plan/tasks" -d "{\"task\":{
    \"number\":\"$number\",\"title\":\"Nhiệm vụ tuyên truyền số $i về cải cách hành chính\",\"leadId\":$department,
    \"coordinatorGroup\":\"ALL_COMMUNES\",\"timing\":\"${timings[$((i % 6))]}\",\"deliverables\":[\"NEWS:1:QUARTER\"],
    \"topics\":[\"PAR_INDEX\"],\"version\":0}}"
done
version=$(curl -fs -H "$auth" "$api/plans/$plan" | python3 -c 'import json,sys; print(json.load(sys.stdin)["plan"]["version"])')
curl -fs -o /dev/null -H "$auth" -H 'Content-Type: application/json' "$api/plans/$plan/issue" -d "{\"version\":$version}"
bodies=$(curl -fs -H "$auth" "$api/plans/$plan/obligations" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
echo "plan $plan: 200 tasks, $bodies obligations"

cat > "$work/auth.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
LUA
measure() { # url -> "p50 p99 requests/s"
  wrk -t2 -c"$connections" -d5s -s "$work/auth.lua" "$1" >/dev/null 2>&1
  wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$work/auth.lua" "$1" > "$work/wrk.txt"
  grep -q 'Non-2xx' "$work/wrk.txt" && { cat "$work/wrk.txt" >&2; echo "non-2xx answers" >&2; exit 1; }
  echo "$(awk '$1=="50%" {print $2}' "$work/wrk.txt") $(awk '$1=="99%" {print $2}' "$work/wrk.txt") $(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")"
}
sql() { # file -> average latency in ms of one execution, one client
  pgbench -n -f "$1" -c 1 -T 5 -h 127.0.0.1 -p "$db_port" -U postgres parcomms 2>/dev/null | awk '/latency average/ {print $4}'
}
cat > "$work/plan.sql" <<SQL
SELECT t.*, l.name AS lead_name,
       ARRAY(SELECT c.name FROM unnest(t.coordinator_ids) WITH ORDINALITY AS x(id, n) JOIN organization c ON c.id = x.id ORDER BY x.n)
FROM plan_task t LEFT JOIN organization l ON l.id = t.lead_id WHERE t.plan_id = $plan ORDER BY t.position, t.id;
SQL
cat > "$work/obligations.sql" <<SQL
SELECT ob.*, o.name, o.path, sp.document_number, sp.issue_date, sp.status
FROM plan_obligation ob JOIN organization o ON o.id = ob.organization_id LEFT JOIN plan sp ON sp.id = ob.sub_plan_id
WHERE ob.plan_id = $plan ORDER BY CASE o.kind WHEN 'COMMUNE' THEN 1 ELSE 0 END, parcomms_fold(o.name), ob.id;
SQL

read -r view_p50 view_p99 view_rps < <(measure "http://127.0.0.1:$port/plans/$plan")
read -r comp_p50 comp_p99 comp_rps < <(measure "http://127.0.0.1:$port/plans/$plan/obligations")
view_sql=$(sql "$work/plan.sql")
comp_sql=$(sql "$work/obligations.sql")

mkdir -p bench/results
report="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-plans.txt"
{
  echo "ParComms plans, $(date -u +%FT%TZ), $(nproc) cores, $connections concurrent users, target: median under 150 ms"
  printf '%-44s %10s %10s %12s %22s\n' page "p50" "p99" "requests/s" "SQL query (1 client)"
  printf '%-44s %10s %10s %12s %19s ms\n' "plan view, 200 tasks  GET /plans/$plan" "$view_p50" "$view_p99" "$view_rps" "$view_sql"
  printf '%-44s %10s %10s %12s %19s ms\n' "compliance, $bodies bodies  GET /plans/$plan/obligations" "$comp_p50" "$comp_p99" "$comp_rps" "$comp_sql"
} | tee "$report"
echo "saved $report"
