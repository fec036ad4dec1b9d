#!/usr/bin/env bash
# Activities benchmark (issue 4):
#  1. recording an activity without files (POST /api/v1/activities), 50 concurrent users, next to
#     the cheapest authenticated API call (GET /api/v1/me) measured in the same run;
#  2. the progress view of the province plan 428/KH-UBND with its 129 implementing bodies and
#     100,000 activities, page and API, next to the two SQL queries it runs (pgbench, one client).
# Latencies are measured by wrk over loopback, so they include the HTTP round trip on this machine.
# Usage: bash bench/activities.sh [seconds-per-target=15] [connections=50] [progress-connections=10]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

duration="${1:-15}"
connections="${2:-50}"
progress_connections="${3:-10}"
port="${BENCH_APP_PORT:-18091}"
db_port="${BENCH_DB_PORT:-54392}"
for tool in wrk curl pgbench psql python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool: apt-get install -y wrk curl postgresql-client python3" >&2; exit 1; }
done

bench_workdir
# Link titles are fetched in the background; the benchmark records no links, and must not reach out.
# Tomcat's access log gives the server time of each request (%{us}T: from reading the request to
# the last byte of the answer), next to what wrk sees through the loopback and its queues.
bench_start_app "$work" "$port" "$db_port" --parcomms.evidence.link-titles.enabled=false \
  --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$work/logs" \
  --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
  --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false \
  --server.tomcat.accesslog.pattern='%m %U %s %{us}T'
access_log="$work/logs/access.log"
api="http://127.0.0.1:$port/api/v1"
psql_db() { psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d parcomms "$@"; }

staff="pc_demo_xa_canbo"
coordinator="pc_demo_tinh_dieuphoi"
center=$(curl -fs "$api/organizations/by-code/24631.TTDVTH" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
plan=$(curl -fs -H "Authorization: Bearer $coordinator" "$api/plans?year=2026" \
  | python3 -c 'import json,sys; print([p["id"] for p in json.load(sys.stdin) if p["documentNumber"] == "428/KH-UBND"][0])')

echo "Giving each body under plan $plan an issued implementing plan (10 quarterly tasks) and writing 100,000 activities ..."
psql_db <<SQL
DO \$\$
DECLARE r record; p bigint; t bigint;
BEGIN
  FOR r IN SELECT ob.id, ob.organization_id FROM plan_obligation ob WHERE ob.plan_id = $plan AND ob.sub_plan_id IS NULL LOOP
    INSERT INTO plan (issuer_id, year, title, document_number, issue_date, status, revision, parent_plan_id, issued_at)
    VALUES (r.organization_id, 2026, 'Kế hoạch thực hiện (dữ liệu đo hiệu năng)', 'BENCH-' || r.id, DATE '2026-02-01',
            'ISSUED', 1, $plan, now()) RETURNING id INTO p;
    UPDATE plan_obligation SET sub_plan_id = p WHERE id = r.id;
    FOR i IN 1..10 LOOP
      INSERT INTO plan_task (plan_id, number, position, title, lead_id, schedule_code, deliverables)
      VALUES (p, i::text, i, 'Nhiệm vụ tuyên truyền số ' || i, r.organization_id, 'RECURRING:QUARTERLY',
              ARRAY['NEWS:2:QUARTER']) RETURNING id INTO t;
      INSERT INTO task_occurrence (task_id, plan_id, period_key, start_date, due_date)
      SELECT t, p, '2026-Q' || q, make_date(2026, 3 * q - 2, 1), (make_date(2026, 3 * q, 1) + interval '1 month - 1 day')::date
      FROM generate_series(1, 4) q;
    END LOOP;
  END LOOP;
END \$\$;
WITH occ AS (
  SELECT oc.id, oc.start_date, coalesce(t.lead_id, p.issuer_id) AS lead_id, row_number() OVER (ORDER BY oc.id) - 1 AS n
  FROM task_occurrence oc JOIN plan_task t ON t.id = oc.task_id JOIN plan p ON p.id = oc.plan_id
  WHERE oc.plan_id IN (SELECT sub_plan_id FROM plan_obligation WHERE plan_id = $plan AND sub_plan_id IS NOT NULL)
), total AS (SELECT count(*) AS c FROM occ)
INSERT INTO activity (organization_id, occurrence_id, start_date, end_date, channel_code, deliverable_code, title, status)
SELECT occ.lead_id, occ.id, occ.start_date + (g % 80), occ.start_date + (g % 80), 'LOUDSPEAKER',
       CASE WHEN g % 3 = 0 THEN NULL ELSE 'NEWS' END, 'Hoạt động đo hiệu năng ' || g,
       CASE WHEN g % 10 < 7 THEN 'ACCEPTED' WHEN g % 10 < 9 THEN 'RECORDED' ELSE 'RETURNED' END
FROM generate_series(0, 99999) g JOIN occ ON occ.n = (g * 7919) % (SELECT c FROM total);
-- Written behind the application's back, so recount the tallies it keeps.
SELECT activity_tally_rebuild();
ANALYZE;
SQL
activities=$(psql_db -At -c "SELECT count(*) FROM activity")
children=$(curl -fs -H "Authorization: Bearer $coordinator" "$api/plans/$plan/progress" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["children"]), sum(c["total"] for c in d["children"]))')
echo "plan $plan: $children (bodies, occurrences under them); $activities activities"

cat > "$work/record.lua" <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $staff"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"organizationId":$center,"startDate":"2026-11-12","channel":"LOUDSPEAKER","title":"Phát thanh tin CCHC trên hệ thống loa","reach":{"listeners":1200,"broadcasts":3}}'
LUA
cat > "$work/staff.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $staff"
LUA
cat > "$work/coordinator.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $coordinator"
LUA
measure() { # script url [connections] -> "p50 p99 requests/s server-p50"
  local c="${3:-$connections}"
  wrk -t2 -c"$c" -d5s -s "$1" "$2" >/dev/null 2>&1
  local from
  from=$(wc -l < "$access_log")
  wrk -t2 -c"$c" -d"${duration}s" --latency -s "$1" "$2" > "$work/wrk.txt"
  grep -q 'Non-2xx' "$work/wrk.txt" && { cat "$work/wrk.txt" >&2; echo "non-2xx answers" >&2; exit 1; }
  local server
  server=$(tail -n +"$((from + 1))" "$access_log" | python3 -c 'import sys, statistics
t = [int(l.split()[3]) for l in sys.stdin if len(l.split()) == 4]
print("%.2fms" % (statistics.median(t) / 1000))')
  echo "$(awk '$1=="50%" {print $2}' "$work/wrk.txt") $(awk '$1=="99%" {print $2}' "$work/wrk.txt") $(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt") $server"
}
sql() { # file -> average latency in ms of one execution, one client
  pgbench -n -f "$1" -c 1 -T 5 -h 127.0.0.1 -p "$db_port" -U postgres parcomms 2>/dev/null | awk '/latency average/ {print $4}'
}
cat > "$work/counts.sql" <<SQL
SELECT a.occurrence_id, a.deliverable_code, a.accepted, a.pending, a.last_accepted_end
FROM activity_tally a JOIN task_occurrence oc ON oc.id = a.occurrence_id
WHERE oc.plan_id = ANY(ARRAY(SELECT sub_plan_id FROM plan_obligation WHERE plan_id = $plan) || $plan::bigint);
SQL
cat > "$work/aggregate.sql" <<SQL
SELECT a.occurrence_id, a.deliverable_code, count(*) FILTER (WHERE a.status = 'ACCEPTED'),
       count(*) FILTER (WHERE a.status IN ('RECORDED', 'RETURNED')), max(a.end_date) FILTER (WHERE a.status = 'ACCEPTED')
FROM activity a JOIN task_occurrence oc ON oc.id = a.occurrence_id
WHERE oc.plan_id = ANY(ARRAY(SELECT sub_plan_id FROM plan_obligation WHERE plan_id = $plan) || $plan::bigint) AND a.status <> 'SUPERSEDED'
GROUP BY a.occurrence_id, a.deliverable_code;
SQL
cat > "$work/occurrences.sql" <<SQL
SELECT oc.id, oc.plan_id, t.id, t.number, t.title, t.lead_id, l.name, oc.period_key, oc.due_date, t.deliverables
FROM task_occurrence oc JOIN plan_task t ON t.id = oc.task_id LEFT JOIN organization l ON l.id = t.lead_id
WHERE oc.plan_id = ANY(ARRAY(SELECT sub_plan_id FROM plan_obligation WHERE plan_id = $plan) || $plan::bigint)
ORDER BY oc.plan_id, t.position, oc.due_date;
SQL

read -r me_p50 me_p99 me_rps me_server < <(measure "$work/staff.lua" "$api/me")
read -r rec_p50 rec_p99 rec_rps rec_server < <(measure "$work/record.lua" "$api/activities")
recorded=$(psql_db -At -c "SELECT count(*) FROM activity WHERE title = 'Phát thanh tin CCHC trên hệ thống loa'")
read -r prog_p50 prog_p99 prog_rps prog_server < <(measure "$work/coordinator.lua" "$api/plans/$plan/progress" "$progress_connections")
read -r page_p50 page_p99 page_rps page_server < <(measure "$work/coordinator.lua" "http://127.0.0.1:$port/plans/$plan/progress" "$progress_connections")
counts_sql=$(sql "$work/counts.sql")
aggregate_sql=$(sql "$work/aggregate.sql")
occurrences_sql=$(sql "$work/occurrences.sql")

mkdir -p bench/results
report="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-activities.txt"
{
  echo "ParComms activities, $(date -u +%FT%TZ), $(nproc) cores; $connections concurrent users recording, $progress_connections viewing progress"
  echo "targets: record an activity, median under 30 ms; progress of a province plan with 130 bodies and 100,000 activities, under 200 ms"
  printf '%-58s %13s %9s %9s %11s\n' request "server p50" "wrk p50" "wrk p99" requests/s
  printf '%-58s %13s %9s %9s %11s\n' "baseline: GET /api/v1/me (token check, no work)" "$me_server" "$me_p50" "$me_p99" "$me_rps"
  printf '%-58s %13s %9s %9s %11s\n' "record an activity  POST /api/v1/activities ($recorded made)" "$rec_server" "$rec_p50" "$rec_p99" "$rec_rps"
  printf '%-58s %13s %9s %9s %11s\n' "progress API  GET /api/v1/plans/$plan/progress" "$prog_server" "$prog_p50" "$prog_p99" "$prog_rps"
  printf '%-58s %13s %9s %9s %11s\n' "progress page with chart  GET /plans/$plan/progress" "$page_server" "$page_p50" "$page_p99" "$page_rps"
  echo "baseline for the progress view, its two SQL queries alone (pgbench, 1 client): tallies ${counts_sql} ms, occurrences ${occurrences_sql} ms"
  echo "  (counting the 100,000 activities on each request instead of reading the tallies: ${aggregate_sql} ms)"
  echo "data: $children (bodies, occurrences) under plan $plan; $activities activities before the recording run"
} | tee "$report"
echo "saved $report"
