#!/usr/bin/env bash
# Sites benchmark (issue 7): anonymous home and article pages under wrk at 100 connections, next to
# nginx serving the same HTML saved as static files, measured in the same run; then site search over
# ARTICLES generated articles (default 100,000) through the public API, next to the same full-text
# query run alone in SQL (pgbench).
# Usage: bash bench/sites.sh [seconds=10]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

seconds="${1:-10}"
articles="${ARTICLES:-100000}"
port="${BENCH_APP_PORT:-18094}"
db_port="${BENCH_DB_PORT:-54395}"
nginx_port="${BENCH_NGINX_PORT:-18095}"
for tool in curl wrk nginx pgbench psql python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool: apt-get install -y curl wrk nginx-light postgresql-client python3" >&2; exit 1; }
done

bench_workdir
bench_start_app "$work" "$port" "$db_port" --parcomms.evidence.link-titles.enabled=false
app="http://127.0.0.1:$port"
psql_db() { psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d parcomms "$@"; }

home="/xa-quang-khe/"
article=$(curl -fs "$app/api/v1/sites/xa-quang-khe/articles" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["url"])')
mkdir -p "$work/www$home" "$work/www$article"
curl -fs "$app$home" -o "$work/www${home}index.html"
curl -fs "$app$article" -o "$work/www${article}/index.html"
# nginx's workers run as another user: let them read the copies.
chmod a+x "$work" && chmod -R a+rX "$work/www"
cat > "$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $work/nginx-tmp;
  proxy_temp_path $work/nginx-tmp;
  fastcgi_temp_path $work/nginx-tmp;
  uwsgi_temp_path $work/nginx-tmp;
  scgi_temp_path $work/nginx-tmp;
  server { listen 127.0.0.1:$nginx_port; root $work/www; location / { try_files \$uri \$uri/index.html =404; } }
}
NGINX
mkdir -p "$work/nginx-tmp"
nginx -c "$work/nginx.conf" -p "$work"
trap 'nginx -c "$work/nginx.conf" -p "$work" -s stop 2>/dev/null || true; bench_cleanup' EXIT
nginx_url="http://127.0.0.1:$nginx_port"

cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.connect + e.read + e.write + e.status + e.timeout))
end
LUA
# Both servers must send the same bytes, and every answer must be a 200 with them.
for page in "$home" "$article"; do
  a=$(curl -fs "$app$page" | sha256sum); b=$(curl -fs "$nginx_url$page" | sha256sum)
  [ "$a" = "$b" ] || { echo "ParComms and nginx do not serve the same $page" >&2; exit 1; }
done
measure() { # url -> "req/s p50ms p99ms", failing on any error or non-2xx answer
  wrk -t2 -c100 -d1s "$1" >/dev/null 2>&1 || true
  local result
  result=$(wrk -t2 -c100 -d"${seconds}s" -s "$work/report.lua" "$1" | awk '/^RESULT/ {print $2, $3, $4, $5}')
  [ "${result##* }" = "0" ] || { echo "errors or non-2xx answers from $1: $result" >&2; exit 1; }
  echo "${result% *}"
}
# The JVM compiles its hot paths during the first seconds under load: warm both pages up before measuring either.
wrk -t2 -c100 -d5s "$app$home" >/dev/null 2>&1 || true
wrk -t2 -c100 -d5s "$app$article" >/dev/null 2>&1 || true
read -r app_home_rps app_home_p50 app_home_p99 < <(measure "$app$home")
read -r nginx_home_rps nginx_home_p50 nginx_home_p99 < <(measure "$nginx_url$home")
read -r app_article_rps app_article_p50 app_article_p99 < <(measure "$app$article")
read -r nginx_article_rps nginx_article_p50 nginx_article_p99 < <(measure "$nginx_url$article")

echo "Generating $articles published articles on the demo site ..." >&2
started=$(date +%s)
psql_db <<SQL
SET synchronous_commit = off;
CREATE TEMP TABLE words AS SELECT w, row_number() OVER () - 1 AS n FROM unnest(string_to_array(
 'dịch vụ công trực tuyến hồ sơ thủ tục hành chính cải cách người dân doanh nghiệp xã phường tỉnh hội nghị tuyên truyền '
 || 'khai sinh kết hôn chứng thực đất đai bảo hiểm xã hội hộ kinh doanh một cửa liên thông chuyển đổi số định danh điện tử '
 || 'VNeID thanh toán trực tuyến phí lệ phí cán bộ công chức viên chức kỷ luật kỷ cương chỉ số PAR Index SIPAS PAPI PCI '
 || 'hài lòng phản ánh kiến nghị đối thoại lãnh đạo thôn bản tổ dân phố loa truyền thanh Zalo Facebook video infographic '
 || 'cuộc thi tìm hiểu pháp luật kế hoạch báo cáo quý năm tháng kết quả nổi bật hạn chế nguyên nhân đề xuất hướng dẫn', ' ')) AS w;
CREATE FUNCTION pg_temp.text_of(seed bigint, len int) RETURNS text LANGUAGE sql AS \$\$
  SELECT string_agg(w, ' ' ORDER BY i) FROM generate_series(1, len) i
  JOIN words ON words.n = ((seed * 7919 + i * 104729 + i * i * 31) % (SELECT count(*) FROM words))
\$\$;
WITH site AS (SELECT id FROM site WHERE slug = 'xa-quang-khe'),
ins AS (
  INSERT INTO article (site_id, slug) SELECT site.id, 'bai-' || g FROM site, generate_series(1, $articles) g RETURNING id
)
INSERT INTO article_edition (article_id, edition, state, kind, title, summary, body, plain_text, published_at)
SELECT id, 1, 'PUBLISHED', 'NEWS', initcap(pg_temp.text_of(id, 8)), pg_temp.text_of(id + 1, 25),
       '<p>' || pg_temp.text_of(id + 2, 120) || '</p>', pg_temp.text_of(id + 2, 120),
       now() - (id % 1000) * interval '1 hour'
FROM ins;
VACUUM ANALYZE article;
VACUUM ANALYZE article_edition;
VACUUM ANALYZE article_search;
SQL
generated=$(( $(date +%s) - started ))
curl -fs -o /dev/null "$app/api/v1/sites/xa-quang-khe/articles?q=khai+sinh"

queries=("khai sinh truc tuyen" "dich vu cong" "ho so dat dai" "chuyen doi so" "hoi nghi doi thoai lanh dao" "bao hiem xa hoi"
         "phan anh kien nghi" "cuoc thi tim hieu" "ky luat ky cuong" "VNeID dinh danh")
{
  echo 'local queries = {'
  for q in "${queries[@]}"; do printf '"%s",\n' "${q// /+}"; done
  echo '}'
  cat <<'LUA'
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/sites/xa-quang-khe/articles?q=" .. queries[(i % #queries) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
LUA
} > "$work/search.lua"
wrk -t2 -c4 -d2s -s "$work/search.lua" "$app" >/dev/null 2>&1 || true
read -r search1_rps search1_p50 search1_p95 < <(wrk -t1 -c1 -d"${seconds}s" -s "$work/search.lua" "$app" | awk '/^RESULT/ {print $2, $3, $4}')
read -r search_rps search_p50 search_p95 < <(wrk -t2 -c4 -d"${seconds}s" -s "$work/search.lua" "$app" | awk '/^RESULT/ {print $2, $3, $4}')
site_id=$(psql_db -At -c "SELECT id FROM site WHERE slug = 'xa-quang-khe'")
for q in "${queries[@]}"; do
  cat >> "$work/search.sql" <<Q
WITH newest AS (SELECT x.edition_id AS id, x.search, x.published_at FROM article_search x JOIN site s ON s.id = x.site_id
           WHERE s.enabled AND x.site_id = $site_id ORDER BY x.published_at DESC LIMIT 5000),
recent AS (SELECT newest.* FROM newest WHERE newest.search @@ websearch_to_tsquery('simple', '$q')
           ORDER BY newest.published_at DESC LIMIT 300)
SELECT recent.id FROM recent ORDER BY ts_rank_cd(recent.search, websearch_to_tsquery('simple', '$q')) DESC, recent.published_at DESC;
Q
done
sql_ms=$(pgbench -n -f "$work/search.sql" -c 4 -T "$seconds" -h 127.0.0.1 -p "$db_port" -U postgres parcomms 2>/dev/null \
  | awk '/latency average/ {printf "%.2f", $4 / 10}')

mkdir -p bench/results
report="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-sites.txt"
python3 - "$app_home_rps" "$nginx_home_rps" "$app_article_rps" "$nginx_article_rps" > "$work/ratios" <<'PY'
import sys
a, b, c, d = map(float, sys.argv[1:])
print(f"{a / b:.3f} {c / d:.3f}")
PY
read -r home_ratio article_ratio < "$work/ratios"
{
  echo "ParComms sites, $(date -u +%FT%TZ), $(nproc) cores; wrk -t2 -c100 -d${seconds}s"
  echo "targets: anonymous pages >= 0.12 x nginx (aim 0.25 x), p99 < 50 ms at 100 connections; search p95 < 50 ms over $articles articles"
  printf '%-34s %12s %10s %10s\n' "anonymous page" "req/s" "p50 ms" "p99 ms"
  printf '%-34s %12s %10s %10s\n' "home, ParComms" "$app_home_rps" "$app_home_p50" "$app_home_p99"
  printf '%-34s %12s %10s %10s\n' "home, nginx (same HTML)" "$nginx_home_rps" "$nginx_home_p50" "$nginx_home_p99"
  printf '%-34s %12s\n' "home, ratio ParComms / nginx" "$home_ratio"
  printf '%-34s %12s %10s %10s\n' "article, ParComms" "$app_article_rps" "$app_article_p50" "$app_article_p99"
  printf '%-34s %12s %10s %10s\n' "article, nginx (same HTML)" "$nginx_article_rps" "$nginx_article_p50" "$nginx_article_p99"
  printf '%-34s %12s\n' "article, ratio ParComms / nginx" "$article_ratio"
  echo "site search over $articles generated articles (generated in ${generated}s), 10 queries without diacritics:"
  printf '%-34s %12s %10s %10s\n' "search API, 1 connection" "$search1_rps" "$search1_p50" "p95 $search1_p95"
  printf '%-34s %12s %10s %10s\n' "search API, 4 connections" "$search_rps" "$search_p50" "p95 $search_p95"
  printf '%-34s %12s\n' "same query alone in SQL (avg ms)" "$sql_ms"
  echo "search ranks the 300 most recent matches among the 5,000 newest articles when they hold at least 100 (else the whole site);"
  echo "generated texts draw on ~100 words, so every query matches at least 2.5 % of the articles"
} | tee "$report"
echo "saved $report"
