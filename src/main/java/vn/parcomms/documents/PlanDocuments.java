package vn.parcomms.documents;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.documents.OfficialDocument.Appendix;
import vn.parcomms.documents.OfficialDocument.Block;
import vn.parcomms.documents.OfficialDocument.Heading;
import vn.parcomms.documents.OfficialDocument.Paragraph;
import vn.parcomms.documents.OfficialDocument.Signature;
import vn.parcomms.documents.OfficialDocument.Table;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.plans.Deliverable;
import vn.parcomms.plans.Plan;
import vn.parcomms.plans.PlanManagement;
import vn.parcomms.plans.PlanTask;
import vn.parcomms.plans.Term;
import vn.parcomms.plans.Vocabularies;

/**
 * A plan as its official document (sections I–IV, the task table as a landscape appendix), and the
 * one-page decision that issues it (Điều 1–3). Reading the plan checks the reader's scope.
 */
@Component
public class PlanDocuments {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanManagement plans;
    private final OrganizationDirectory organizations;
    private final Vocabularies vocabularies;
    private final MessageSource messages;

    PlanDocuments(PlanManagement plans, OrganizationDirectory organizations, Vocabularies vocabularies,
            MessageSource messages) {
        this.plans = plans;
        this.organizations = organizations;
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public OfficialDocument plan(long planId) {
        Plan plan = plans.get(planId);
        List<PlanTask> tasks = plans.tasks(planId);
        Organization issuer = organizations.get(plan.issuerId());
        Organization parent = issuer.parentId() == null ? null : organizations.find(issuer.parentId()).orElse(null);

        List<Block> body = new ArrayList<>();
        for (String basis : plan.legalBases()) {
            body.add(Paragraph.italic(sentence("Căn cứ " + basis, ";")));
        }
        if (!plan.legalBases().isEmpty()) {
            body.add(Paragraph.plain(issuerName(issuer) + " ban hành " + plan.title() + " như sau:"));
        }
        body.add(new Heading("I. MỤC ĐÍCH, YÊU CẦU", false));
        body.add(new Heading("1. Mục đích", false));
        body.addAll(Prose.blocks(plan.purposes()));
        body.add(new Heading("2. Yêu cầu", false));
        body.addAll(Prose.blocks(plan.requirements()));
        body.add(new Heading("II. NỘI DUNG", false));
        body.addAll(Prose.blocks(plan.content()));
        int next = 3;
        if (plan.budget() != null && !plan.budget().isBlank()) {
            body.add(new Heading("III. KINH PHÍ THỰC HIỆN", false));
            body.addAll(Prose.blocks(plan.budget()));
            next = 4;
        }
        body.add(new Heading(roman(next) + ". TỔ CHỨC THỰC HIỆN", false));
        body.addAll(Prose.blocks(plan.implementation()));
        if (!tasks.isEmpty()) {
            body.add(Paragraph.italic("Nhiệm vụ cụ thể của từng cơ quan, đơn vị tại Phụ lục kèm theo Kế hoạch này."));
        }

        List<Appendix> appendices = tasks.isEmpty() ? List.of() : List.of(new Appendix("Phụ lục",
                List.of("DANH MỤC NHIỆM VỤ " + Issuers.upper(stripKind(plan.title()))),
                List.of("(Kèm theo Kế hoạch số " + plan.documentNumber() + " ngày " + shortDate(plan)
                        + " của " + issuerName(issuer) + ")"),
                taskTable(tasks, issuer)));
        return new OfficialDocument(Issuers.lines(issuer, parent), "Số: " + plan.documentNumber(),
                OfficialDates.placeAndDate(plan.place(), plan.issueDate()), "KẾ HOẠCH", List.of(stripKind(plan.title())),
                List.of(), body, recipients(plan.recipients(), List.of()), signature(plan), appendices);
    }

    /** The decision issuing the plan; its number is left blank for the registry to fill in. */
    @Transactional(readOnly = true)
    public OfficialDocument decision(long planId) {
        Plan plan = plans.get(planId);
        Organization issuer = organizations.get(plan.issuerId());
        Organization parent = issuer.parentId() == null ? null : organizations.find(issuer.parentId()).orElse(null);
        String abbreviation = Issuers.abbreviation(issuer);
        List<Block> body = new ArrayList<>();
        String head = issuer.kind().isTerritorial() ? "CHỦ TỊCH ỦY BAN NHÂN DÂN " + Issuers.upper(issuer.name())
                : "THỦ TRƯỞNG " + Issuers.upper(issuer.name());
        body.add(new Heading(head, true));
        if (issuer.kind().isTerritorial()) {
            body.add(Paragraph.italic("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"));
        }
        for (String basis : plan.legalBases()) {
            body.add(Paragraph.italic(sentence("Căn cứ " + basis, ";")));
        }
        switch (issuer.kind()) {
            case PROVINCE -> body.add(Paragraph.italic("Theo đề nghị của Giám đốc Sở Nội vụ."));
            case COMMUNE -> body.add(Paragraph.italic("Theo đề nghị của Trưởng phòng Văn hóa - Xã hội."));
            default -> { }
        }
        body.add(new Heading("QUYẾT ĐỊNH:", true));
        body.add(Paragraph.led("Điều 1.", "Ban hành kèm theo Quyết định này " + plan.title() + "."));
        body.add(Paragraph.led("Điều 2.", "Quyết định này có hiệu lực thi hành kể từ ngày ký."));
        String office = issuer.kind().isTerritorial()
                ? "Chánh Văn phòng " + issuerName(issuer) + ", thủ trưởng các cơ quan, đơn vị"
                : "Thủ trưởng các phòng, đơn vị thuộc " + issuer.name() + ", các cơ quan, đơn vị";
        body.add(Paragraph.led("Điều 3.", office + " và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."));
        return new OfficialDocument(Issuers.lines(issuer, parent),
                "Số:        /QĐ-" + (abbreviation.isEmpty() ? "" : abbreviation),
                OfficialDates.placeAndDate(plan.place(), plan.issueDate()), "QUYẾT ĐỊNH",
                List.of("Ban hành " + plan.title()), List.of(), body,
                recipients(plan.recipients(), List.of("Như Điều 3;")), signature(plan), List.of());
    }

    private Table taskTable(List<PlanTask> tasks, Organization issuer) {
        Map<String, String> deliverableLabels = vocabularies.labelsVi(Term.Vocabulary.DELIVERABLE);
        Map<String, String> groups = new HashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (PlanTask task : tasks) {
            String coordinators = String.join("; ", task.coordinatorNames());
            if (task.coordinatorGroup() != null) {
                String group = groups.computeIfAbsent(task.coordinatorGroup().labelKey(),
                        key -> messages.getMessage(key, null, key, Issuers.VIETNAMESE));
                coordinators = coordinators.isEmpty() ? group : coordinators + "; " + group;
            }
            String products = task.deliverables().stream().map(d -> product(d, deliverableLabels))
                    .collect(Collectors.joining(";\n"));
            String what = task.description() == null || task.description().isBlank() ? task.title()
                    : task.title() + "\n" + task.description().strip();
            rows.add(List.of(task.number(), what, task.leadName() == null ? issuer.name() : task.leadName(),
                    coordinators, task.scheduleText() == null ? "" : task.scheduleText(), products));
        }
        return new Table(List.of("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"),
                new float[] {5, 35, 15, 19, 12, 14}, rows, new boolean[] {true, false, false, false, true, false});
    }

    private static String product(Deliverable d, Map<String, String> labels) {
        String label = labels.getOrDefault(d.type(), d.type());
        if (d.target() == null) {
            return label;
        }
        String per = d.per() == null ? "" : switch (d.per()) {
            case MONTH -> "/tháng";
            case QUARTER -> "/quý";
            case HALF_YEAR -> "/6 tháng";
            case YEAR -> "/năm";
        };
        return label + ": " + d.target() + per;
    }

    private static Signature signature(Plan plan) {
        return new Signature(plan.signingAuthority(), plan.signerTitle() == null ? "" : Issuers.upper(plan.signerTitle()),
                plan.signerName());
    }

    static List<String> recipients(List<String> listed, List<String> first) {
        List<String> all = new ArrayList<>(first);
        boolean archived = false;
        for (String r : listed) {
            String cleaned = r.strip().replaceFirst("^[-–+]\\s*", "");
            if (!cleaned.isEmpty()) {
                all.add(cleaned);
                archived |= cleaned.startsWith("Lưu");
            }
        }
        if (!archived) {
            all.add("Lưu: VT.");
        }
        return all;
    }

    private static String issuerName(Organization issuer) {
        return issuer.kind().isTerritorial() ? "Ủy ban nhân dân " + lowerFirst(issuer.name()) : issuer.name();
    }

    private static String shortDate(Plan plan) {
        return plan.issueDate() == null ? "   /   /    " : plan.issueDate().format(SHORT_DATE);
    }

    /** "Kế hoạch tuyên truyền …" is shown under "KẾ HOẠCH" as "Tuyên truyền …". */
    private static String stripKind(String title) {
        String t = title.strip();
        if (t.regionMatches(true, 0, "Kế hoạch ", 0, 9)) {
            String rest = t.substring(9).strip();
            return rest.isEmpty() ? t : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return t;
    }

    static String lowerFirst(String text) {
        String t = text.strip();
        if (t.length() > 1 && Character.isUpperCase(t.charAt(0)) && !Character.isUpperCase(t.charAt(1))) {
            return Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }
        return t;
    }

    private static String sentence(String text, String end) {
        String t = text.strip().replaceAll("[.;,]+$", "");
        return t + end;
    }

    private static String roman(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            default -> "V";
        };
    }
}
