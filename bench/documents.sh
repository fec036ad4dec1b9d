#!/usr/bin/env bash
# Documents benchmark (issue 6): a plan with 200 tasks (led by bodies with long names) rendered to DOCX
# and to PDF through the API, after warm-up, next to the plan's JSON (the same data without rendering)
# measured in the same run. Target: under 1 s each.
# Usage: bash bench/documents.sh [runs=20]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

runs="${1:-20}"
port="${BENCH_APP_PORT:-18093}"
db_port="${BENCH_DB_PORT:-54394}"
for tool in curl python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool: apt-get install -y curl python3" >&2; exit 1; }
done

bench_workdir
bench_start_app "$work" "$port" "$db_port" --parcomms.evidence.link-titles.enabled=false
api="http://127.0.0.1:$port/api/v1"
token="pc_demo_tinh_dieuphoi"

echo "Creating a plan of Tỉnh Lâm Đồng with 200 tasks ..." >&2
plan=$(python3 - "$api" "$token" <<'PY'
import json, sys, urllib.request
api, token = sys.argv[1], sys.argv[2]
def call(method, path, body=None):
    req = urllib.request.Request(api + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)
province = call("GET", "/organizations?code=68&kind=PROVINCE")["items"][0]["id"]
long_name = ("Trung tâm Truyền thông, Thông tin cơ sở và Chuyển đổi số phục vụ người dân, doanh nghiệp trên địa bàn"
             " tỉnh Lâm Đồng (đơn vị sự nghiệp công lập trực thuộc Sở Văn hóa, Thể thao và Du lịch)")
leads = [call("POST", "/organizations", {"parentId": province, "code": "68.BENCH%d" % i, "name": long_name + " số %d" % i,
                                          "kind": "CENTER", "validFrom": "2025-07-01"})["id"] for i in range(3)]
plan = call("POST", "/plans", {"issuerId": province, "year": 2026, "title": "Kế hoạch đo hiệu năng văn bản",
                               "documentNumber": "990/KH-UBND", "issueDate": "2026-03-02", "place": "Lâm Đồng",
                               "signerName": "Nguyễn Văn Ký", "signerTitle": "PHÓ CHỦ TỊCH", "signingAuthority": "KT. CHỦ TỊCH",
                               "purposes": "Nâng cao nhận thức về CCHC.\nBảo đảm thông tin kịp thời.", "version": 0})["id"]
for i in range(1, 201):
    call("POST", "/plans/%d/tasks" % plan, {"task": {
        "number": str(i), "title": "Nhiệm vụ tuyên truyền số %d về cải cách hành chính trên địa bàn tỉnh" % i,
        "description": "Xây dựng tin, bài, phóng sự; đăng tải trên Trang thông tin điện tử và mạng xã hội." * (1 + i % 3),
        "leadId": leads[i % 3], "coordinatorIds": [leads[(i + 1) % 3], leads[(i + 2) % 3]],
        "timing": "Hằng quý", "deliverables": ["NEWS:1:QUARTER"], "version": 0}})
print(plan)
PY
)

timed() { # path -> "median p95" in ms over $runs calls, after 5 warm-up calls
  for _ in 1 2 3 4 5; do curl -fs -o /dev/null -H "Authorization: Bearer $token" "$api$1"; done
  for _ in $(seq 1 "$runs"); do
    curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$api$1"
  done | sort -n | awk '{a[NR]=$1*1000} END {printf "%.0f %.0f\n", a[int((NR+1)/2)], a[int(NR*0.95+0.5)]}'
}
read -r json_p50 json_p95 < <(timed "/plans/$plan")
read -r docx_p50 docx_p95 < <(timed "/plans/$plan/document?format=docx")
read -r pdf_p50 pdf_p95 < <(timed "/plans/$plan/document?format=pdf")
curl -fs -o "$work/plan.pdf" -H "Authorization: Bearer $token" "$api/plans/$plan/document?format=pdf"
curl -fs -o "$work/plan.docx" -H "Authorization: Bearer $token" "$api/plans/$plan/document?format=docx"
pages="?"
command -v pdfinfo >/dev/null 2>&1 && pages=$(pdfinfo "$work/plan.pdf" | awk '/^Pages/ {print $2}')

mkdir -p bench/results
report="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-documents.txt"
{
  echo "ParComms documents, $(date -u +%FT%TZ), $(nproc) cores; plan $plan with 200 tasks; $runs calls after 5 warm-up calls"
  echo "target: DOCX and PDF each under 1 s"
  printf '%-44s %10s %10s\n' "request" "p50 ms" "p95 ms"
  printf '%-44s %10s %10s\n' "plan as JSON (baseline, no rendering)" "$json_p50" "$json_p95"
  printf '%-44s %10s %10s   (%s bytes)\n' "plan as DOCX" "$docx_p50" "$docx_p95" "$(stat -c %s "$work/plan.docx")"
  printf '%-44s %10s %10s   (%s bytes, %s pages)\n' "plan as PDF" "$pdf_p50" "$pdf_p95" "$(stat -c %s "$work/plan.pdf")" "$pages"
} | tee "$report"
echo "saved $report"
