package vn.parcomms.documents;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.documents.OfficialDocument.Block;
import vn.parcomms.documents.OfficialDocument.Heading;
import vn.parcomms.documents.OfficialDocument.Paragraph;
import vn.parcomms.documents.OfficialDocument.Signature;
import vn.parcomms.documents.OfficialDocument.Table;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.plans.Plan;
import vn.parcomms.plans.PlanManagement;
import vn.parcomms.plans.Term;
import vn.parcomms.plans.Vocabularies;
import vn.parcomms.reports.PeriodicReport;
import vn.parcomms.reports.ReportFigures;
import vn.parcomms.reports.ReportManagement;
import vn.parcomms.reports.ReportStatus;
import vn.parcomms.reports.ReportView;
import vn.parcomms.reports.ReportingCalendar;
import vn.parcomms.reports.ReportingPeriod;
import vn.parcomms.reports.Rollup;

/**
 * A periodic report as its official document: the figures as tables (its own and, for a level with
 * bodies below, the state of their reports), then the narrative. Frozen figures once submitted.
 */
@Component
public class ReportDocuments {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> REACH = Map.of("views", "Lượt xem, truy cập", "listeners", "Lượt người nghe",
            "participants", "Lượt người tham dự", "copies", "Số bản phát hành", "broadcasts", "Lượt phát sóng, phát thanh",
            "durationMinutes", "Thời lượng (phút)");

    private final ReportManagement reports;
    private final ReportingCalendar calendar;
    private final OrganizationDirectory organizations;
    private final PlanManagement plans;
    private final Vocabularies vocabularies;

    ReportDocuments(ReportManagement reports, ReportingCalendar calendar, OrganizationDirectory organizations,
            PlanManagement plans, Vocabularies vocabularies) {
        this.reports = reports;
        this.calendar = calendar;
        this.organizations = organizations;
        this.plans = plans;
        this.vocabularies = vocabularies;
    }

    @Transactional(readOnly = true)
    public OfficialDocument report(long reportId) {
        ReportView view = reports.view(reportId);
        PeriodicReport report = view.report();
        Organization body = organizations.get(report.organizationId());
        Organization parent = body.parentId() == null ? null : organizations.find(body.parentId()).orElse(null);
        ReportingPeriod period = calendar.period(report.periodKey());
        String label = PlanDocuments.lowerFirst(period.label(Issuers.VIETNAMESE));
        ReportFigures f = view.figures();

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading("I. KẾT QUẢ THỰC HIỆN", false));
        blocks.add(new Heading("1. Số liệu tổng hợp", false));
        blocks.add(Paragraph.plain("Trong kỳ báo cáo, " + body.name() + (view.rollup().subordinates().isEmpty() ? "" :
                " và các cơ quan, đơn vị trực thuộc") + " đã thực hiện " + f.activities()
                + " hoạt động thông tin, tuyên truyền cải cách hành chính được xác nhận"
                + (f.pending() > 0 ? " (" + f.pending() + " hoạt động khác đang chờ xác nhận)" : "") + "."));
        blocks.add(Paragraph.plain("Nhiệm vụ đến hạn trong kỳ: " + f.occurrencesDue() + "; hoàn thành đúng hạn: "
                + f.occurrencesDone() + "; hoàn thành muộn: " + f.occurrencesDoneLate() + "; quá hạn chưa thực hiện: "
                + f.occurrencesOverdue() + "."));
        if (f.procedures() != null) {
            ReportFigures.ProcedureCounts p = f.procedures();
            blocks.add(Paragraph.plain("Thủ tục hành chính áp dụng tại " + ("COMMUNE".equals(p.level()) ? "cấp xã"
                    : "cấp tỉnh") + " có hiệu lực trong kỳ theo quyết định công bố của Chủ tịch Ủy ban nhân dân tỉnh: công bố mới "
                    + p.published() + "; sửa đổi, bổ sung " + p.amended() + "; thay thế " + p.replaced() + "; bãi bỏ "
                    + p.abolished() + "."));
        }
        breakdown(blocks, "a) Theo hình thức tuyên truyền", "Hình thức", f.byChannel(), Term.Vocabulary.CHANNEL);
        breakdown(blocks, "b) Theo loại sản phẩm", "Loại sản phẩm", f.byDeliverable(), Term.Vocabulary.DELIVERABLE);
        breakdown(blocks, "c) Theo nội dung tuyên truyền", "Nội dung", f.byTopic(), Term.Vocabulary.TOPIC);
        breakdown(blocks, "d) Theo đối tượng", "Đối tượng", f.byAudience(), Term.Vocabulary.AUDIENCE);
        List<List<String>> reach = new ArrayList<>();
        int n = 1;
        for (String key : ReportFigures.REACH) {
            long value = f.reach().getOrDefault(key, 0L);
            if (value > 0) {
                reach.add(List.of(String.valueOf(n++), REACH.getOrDefault(key, key), number(value)));
            }
        }
        if (!reach.isEmpty()) {
            blocks.add(new Heading("đ) Mức độ lan tỏa", false));
            blocks.add(new Table(List.of("STT", "Chỉ tiêu", "Số lượng"), new float[] {8, 62, 30}, reach,
                    new boolean[] {true, false, true}));
        }
        Rollup rollup = view.rollup();
        if (!rollup.subordinates().isEmpty()) {
            blocks.add(new Heading("e) Báo cáo của các cơ quan, đơn vị trực thuộc", false));
            blocks.add(Paragraph.plain("Đã gửi " + rollup.submitted() + "/" + rollup.expected() + " báo cáo (tỷ lệ "
                    + rollup.reportingRate() + "%), đúng hạn " + rollup.onTime() + "."));
            List<List<String>> rows = new ArrayList<>();
            int i = 1;
            for (Rollup.Subordinate s : rollup.subordinates()) {
                rows.add(List.of(String.valueOf(i++), s.name(), status(s.status()),
                        s.status() == null || s.status() == ReportStatus.DRAFT ? "" : (s.onTime() ? "Đúng hạn" : "Muộn"),
                        s.figures() == null ? "" : number(s.figures().activities())));
            }
            blocks.add(new Table(List.of("STT", "Cơ quan, đơn vị", "Tình trạng báo cáo", "Thời hạn", "Số hoạt động"),
                    new float[] {7, 43, 20, 14, 16}, rows, new boolean[] {true, false, false, true, true}));
        }
        blocks.add(new Heading("2. Kết quả nổi bật", false));
        blocks.addAll(Prose.blocks(report.results()));
        blocks.add(new Heading("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", false));
        blocks.addAll(Prose.blocks(report.shortcomings()));
        blocks.add(new Heading("III. ĐỀ XUẤT, KIẾN NGHỊ", false));
        blocks.addAll(Prose.blocks(report.proposals()));
        blocks.add(Paragraph.plain("Trên đây là báo cáo kết quả công tác thông tin, tuyên truyền cải cách hành chính "
                + label + " của " + (body.kind().isTerritorial() ? "Ủy ban nhân dân " + PlanDocuments.lowerFirst(body.name())
                : body.name()) + "./."));

        List<String> recipients = new ArrayList<>();
        if (report.recipientName() != null) {
            recipients.add(report.recipientName() + ";");
        }
        String abbreviation = Issuers.abbreviation(body);
        return new OfficialDocument(Issuers.lines(body, parent), "Số:        /BC" + (abbreviation.isEmpty() ? "" : "-" + abbreviation),
                OfficialDates.placeAndDate(place(body), report.submittedAt() == null ? null
                        : report.submittedAt().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()),
                "BÁO CÁO", List.of("Kết quả công tác thông tin, tuyên truyền cải cách hành chính " + label),
                List.of("(Số liệu từ ngày " + period.from().format(SHORT_DATE) + " đến ngày " + period.to().format(SHORT_DATE) + ")"),
                blocks, PlanDocuments.recipients(recipients, List.of()), signature(body, period.from().getYear()), List.of());
    }

    private void breakdown(List<Block> blocks, String heading, String column, Map<String, Long> counts,
            Term.Vocabulary vocabulary) {
        if (counts.isEmpty()) {
            return;
        }
        Map<String, String> labels = vocabularies.labelsVi(vocabulary);
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (var e : counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList()) {
            String name = e.getKey().isEmpty() ? "Không phân loại" : labels.getOrDefault(e.getKey(), e.getKey());
            rows.add(List.of(String.valueOf(i++), name, number(e.getValue())));
        }
        blocks.add(new Heading(heading, false));
        blocks.add(new Table(List.of("STT", column, "Số hoạt động"), new float[] {8, 67, 25}, rows,
                new boolean[] {true, false, true}));
    }

    /** The signer of the body's plan for the year when there is one; otherwise a title to sign by hand. */
    private Signature signature(Organization body, int year) {
        List<Plan> issued = plans.list(year, body.id(), null);
        for (Plan plan : issued) {
            if (plan.signerTitle() != null && !plan.signerTitle().isBlank()) {
                return new Signature(plan.signingAuthority(), Issuers.upper(plan.signerTitle()), plan.signerName());
            }
        }
        return body.kind().isTerritorial() ? new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", null)
                : new Signature(null, "THỦ TRƯỞNG CƠ QUAN", null);
    }

    private static String place(Organization body) {
        String name = body.kind().isTerritorial() ? body.name() : body.parentName();
        if (name == null) {
            return "";
        }
        return name.replaceFirst("^(Tỉnh|Thành phố|Xã|Phường|Đặc khu)\\s+", "");
    }

    private static String status(ReportStatus status) {
        if (status == null) {
            return "Chưa lập";
        }
        return switch (status) {
            case DRAFT -> "Chưa gửi";
            case SUBMITTED -> "Đã gửi, chờ duyệt";
            case ACCEPTED -> "Đã duyệt";
            case RETURNED -> "Trả lại";
        };
    }

    private static String number(long value) {
        return String.format(java.util.Locale.GERMANY, "%,d", value);
    }
}
