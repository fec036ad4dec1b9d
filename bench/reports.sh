#!/usr/bin/env bash
# Reports benchmark (issue 5): the quarterly live roll-up of one province and of the whole country,
# each next to the plain SQL GROUP BY over the same rows measured in the same run, and the
# application's peak memory during the national roll-up.
#
# Data, generated straight in the database: 15 units under each body directly below Tỉnh Lâm Đồng,
# PROVINCE_ACTIVITIES activities over 2026 under the province (default 800,000), and
# NATIONAL_ACTIVITIES in all (default 10,000,000) spread over every commune of the 34 provinces.
# 80 % are accepted. Generating 10 million rows takes several minutes.
# Usage: bash bench/reports.sh [runs=7]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

runs="${1:-7}"
province_rows="${PROVINCE_ACTIVITIES:-800000}"
national_rows="${NATIONAL_ACTIVITIES:-10000000}"
port="${BENCH_APP_PORT:-18092}"
db_port="${BENCH_DB_PORT:-54393}"
for tool in curl pgbench psql python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool: apt-get install -y curl postgresql-client python3" >&2; exit 1; }
done

bench_workdir
bench_start_app "$work" "$port" "$db_port" --parcomms.evidence.link-titles.enabled=false
api="http://127.0.0.1:$port/api/v1"
psql_db() { psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d parcomms "$@"; }

province=$(psql_db -At -c "SELECT id FROM organization WHERE code = '68' AND valid_to IS NULL")
province_path=$(psql_db -At -c "SELECT path FROM organization WHERE id = $province")
echo "Generating: 15 units under each body of Tỉnh Lâm Đồng, $province_rows activities under it, $national_rows in the country ..."
started=$(date +%s)
psql_db <<SQL
SET synchronous_commit = off;
INSERT INTO organization (code, name, kind, parent_id, valid_from)
SELECT b.code || '.U' || u, 'Đơn vị ' || u || ' – ' || b.name, 'OFFICE', b.id, DATE '2025-07-01'
FROM organization b, generate_series(1, 15) u
WHERE b.parent_id = $province AND b.valid_to IS NULL;

-- Written behind the application's back with the summary trigger off; the summary is recounted below.
ALTER TABLE activity DISABLE TRIGGER activity_rollup_insert_delete;
CREATE TEMP TABLE gen_org AS
SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM organization WHERE path LIKE '$province_path%';
CREATE TEMP TABLE gen_commune AS
SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM organization WHERE kind = 'COMMUNE' AND path NOT LIKE '$province_path%';

CREATE FUNCTION pg_temp.gen(g bigint, org bigint) RETURNS TABLE (organization_id bigint, start_date date, end_date date,
    channel_code text, deliverable_code text, title text, topics text[], audiences text[], views bigint, listeners bigint,
    status text) LANGUAGE sql IMMUTABLE AS \$\$
  SELECT org, DATE '2026-01-01' + (g * 37 % 365)::int, DATE '2026-01-01' + (g * 37 % 365)::int,
         (ARRAY['LOUDSPEAKER','FACEBOOK','PAR_WEB_PAGE','ZALO_OA','VISUAL','CONFERENCE','RADIO_TV','PRESS','YOUTUBE','TRAINING'])[1 + g % 10],
         (ARRAY['NEWS','ARTICLE','REPORTAGE','INFOGRAPHIC','VIDEO_CLIP'])[1 + g % 5],
         'Hoạt động tuyên truyền CCHC số ' || g,
         CASE g % 3 WHEN 0 THEN ARRAY['ADMIN_PROCEDURE_REFORM'] WHEN 1 THEN ARRAY['INSTITUTIONAL_REFORM', 'CIVIL_SERVICE_REFORM'] ELSE '{}'::text[] END,
         CASE g % 2 WHEN 0 THEN ARRAY['OFFICIALS'] ELSE ARRAY['LEADERS', 'PUBLIC_SECTOR_WORKERS'] END,
         g % 500, g % 1200,
         CASE WHEN g % 10 < 8 THEN 'ACCEPTED' ELSE 'RECORDED' END
\$\$;

INSERT INTO activity (organization_id, start_date, end_date, channel_code, deliverable_code, title, topics, audiences,
                      views, listeners, status)
SELECT x.* FROM generate_series(0, $province_rows - 1) g
JOIN gen_org o ON o.n = g % (SELECT count(*) FROM gen_org), LATERAL pg_temp.gen(g, o.id) x;

INSERT INTO activity (organization_id, start_date, end_date, channel_code, deliverable_code, title, topics, audiences,
                      views, listeners, status)
SELECT x.* FROM generate_series($province_rows, $national_rows - 1) g
JOIN gen_commune c ON c.n = g % (SELECT count(*) FROM gen_commune), LATERAL pg_temp.gen(g, c.id) x;
ALTER TABLE activity ENABLE TRIGGER activity_rollup_insert_delete;
SQL
generated=$(( $(date +%s) - started ))
started=$(date +%s%N)
summary_rows=$(psql_db -At -c "SELECT activity_rollup_rebuild()")
rebuilt_ms=$(( ($(date +%s%N) - started) / 1000000 ))
psql_db -c "VACUUM ANALYZE activity" -c "VACUUM ANALYZE activity_rollup" -c "VACUUM ANALYZE organization"
read -r total_rows bodies units < <(psql_db -At -F ' ' -c "SELECT (SELECT count(*) FROM activity),
  (SELECT count(*) FROM organization WHERE parent_id = $province AND code NOT LIKE '%.U%' AND valid_to IS NULL),
  (SELECT count(*) FROM organization WHERE path LIKE '$province_path%' AND code LIKE '%.U%')")
period="2026-Q2"
read -r from to < <(curl -fs -H "Authorization: Bearer pc_demo_tinh_dieuphoi" "$api/reports/live?org=$province&period=$period" \
  | python3 -c 'import json,sys; p=json.load(sys.stdin)["period"]; print(p["from"], p["to"])')
province_quarter_rows=$(psql_db -At -c "SELECT count(*) FROM activity a JOIN organization o ON o.id = a.organization_id
  WHERE o.path LIKE '$province_path%' AND a.status = 'ACCEPTED' AND a.start_date BETWEEN '$from' AND '$to'")
national_quarter_rows=$(psql_db -At -c "SELECT count(*) FROM activity WHERE status = 'ACCEPTED' AND start_date BETWEEN '$from' AND '$to'")

timed() { # token url -> median seconds over $runs calls, after one warm-up
  curl -fs -o /dev/null -H "Authorization: Bearer $1" "$2"
  for _ in $(seq 1 "$runs"); do
    curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $1" "$2"
  done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
sql_ms() { # path prefix -> average ms of the plain GROUP BY, one client
  cat > "$work/plain.sql" <<Q
SELECT a.organization_id, a.channel_code, count(*)
FROM activity a JOIN organization o ON o.id = a.organization_id
WHERE o.path LIKE '$1%' AND a.status = 'ACCEPTED' AND a.start_date BETWEEN '$from' AND '$to'
GROUP BY 1, 2;
Q
  pgbench -n -f "$work/plain.sql" -c 1 -t "$runs" -h 127.0.0.1 -p "$db_port" -U postgres parcomms 2>/dev/null \
    | awk '/latency average/ {print $4}'
}
rollup_sql_ms() { # level id ("" for the country) -> average ms of the roll-up's own queries alone, as ReportCompiler.live runs them
  local below own=""
  if [ -z "$1" ]; then
    below="o.parent_id IS NULL"
  else
    below="o.parent_id = $1"
    own="SELECT channel_code, coalesce(deliverable_code, ''), topics, audiences, count(*), coalesce(sum(views), 0),
       coalesce(sum(listeners), 0), coalesce(sum(participants), 0), coalesce(sum(copies), 0), coalesce(sum(broadcasts), 0),
       coalesce(sum(duration_minutes), 0)
FROM activity WHERE organization_id = $1 AND status = 'ACCEPTED' AND start_date BETWEEN '$from' AND '$to' GROUP BY 1, 2, 3, 4;"
  fi
  cat > "$work/rollup.sql" <<Q
SELECT r.organization_id, r.channel_code, r.deliverable_code, r.topics, r.audiences, sum(r.activities), sum(r.views),
       sum(r.listeners), sum(r.participants), sum(r.copies), sum(r.broadcasts), sum(r.duration_minutes)
FROM organization o JOIN activity_rollup r ON r.organization_id = o.id
WHERE $below AND r.bucket BETWEEN activity_rollup_bucket('$from') AND activity_rollup_bucket('$to')
GROUP BY 1, 2, 3, 4, 5 HAVING sum(r.activities) > 0;
$own
Q
  pgbench -n -f "$work/rollup.sql" -c 1 -t "$runs" -h 127.0.0.1 -p "$db_port" -U postgres parcomms 2>/dev/null \
    | awk '/latency average/ {print $4}'
}
hwm() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status"; }

province_s=$(timed pc_demo_tinh_dieuphoi "$api/reports/live?org=$province&period=$period")
province_sql=$(sql_ms "$province_path")
province_own=$(rollup_sql_ms "$province")
memory_before=$(hwm)
national_s=$(timed pc_demo_admin "$api/reports/live?period=$period")
national_sql=$(sql_ms "/")
national_own=$(rollup_sql_ms "")
memory_after=$(hwm)

mkdir -p bench/results
report="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-reports.txt"
python3 - "$province_s" "$province_sql" "$national_s" "$national_sql" "$province_own" "$national_own" > "$work/ratios" <<'PY'
import sys
p, ps, n, ns, po, no = (float(sys.argv[1]) * 1000, float(sys.argv[2]), float(sys.argv[3]) * 1000, float(sys.argv[4]),
                        float(sys.argv[5]), float(sys.argv[6]))
print(f"{p:.0f} {ps:.0f} {p / ps:.2f} {n:.0f} {ns:.0f} {n / ns:.2f} {po:.0f} {p / po:.2f} {no:.0f} {n / no:.2f}")
PY
read -r p_ms p_sql p_ratio n_ms n_sql n_ratio p_own p_own_ratio n_own n_own_ratio < "$work/ratios"
{
  echo "ParComms reports, $(date -u +%FT%TZ), $(nproc) cores; $total_rows activities (generated in ${generated}s), median of $runs runs"
  echo "targets: province quarter < 1 s, national quarter < 5 s, each at most 1.5 x the plain SQL GROUP BY; memory < 1 GB"
  printf '%-58s %9s %24s %24s\n' "roll-up ($period, data $from..$to)" "API" "plain GROUP BY (ratio)" "roll-up query (ratio)"
  printf '%-58s %6s ms %14s ms (%4s) %14s ms (%4s)\n' "Tỉnh Lâm Đồng: $bodies bodies, $units units, $province_quarter_rows rows" "$p_ms" "$p_sql" "$p_ratio" "$p_own" "$p_own_ratio"
  printf '%-58s %6s ms %14s ms (%4s) %14s ms (%4s)\n' "national, 34 provinces: $national_quarter_rows rows" "$n_ms" "$n_sql" "$n_ratio" "$n_own" "$n_own_ratio"
  echo "plain GROUP BY: accepted rows of the period by body and channel, over the activity table"
  echo "roll-up query: the ones the API runs, alone, in SQL: the summary rows of the bodies below the level (activity_rollup,"
  echo "  $summary_rows rows, recounted from scratch in $rebuilt_ms ms) and the level's own activities"
  echo "application peak resident memory (VmHWM): ${memory_before} MB before the national roll-ups, ${memory_after} MB after"
} | tee "$report"
echo "saved $report"
