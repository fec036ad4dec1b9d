package vn.parcomms.procedures;

import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.parcomms.shared.FieldViolation;

/**
 * A procedure as the national procedure database describes it: what an official imports, publishes or
 * amends, and what a citizen reads. Every text is kept in Unicode NFC.
 *
 * @param code the national code, e.g. {@code 1.001193.000.00.00.H36}
 * @param levels where it is carried out: {@code PROVINCE}, {@code COMMUNE}
 * @param methods direct, online or by post, each with its time limit and fee
 * @param dossier the documents to bring, with the number of originals and copies and the form template
 * @param keywords what citizens type for it ("làm giấy khai sinh"), used by search only
 */
public record ProcedureContent(String code, String name, String field, List<Level> levels, String implementingBody,
        String competentBody, List<String> subjects, String conditions, List<String> steps, List<Method> methods,
        List<DossierItem> dossier, String processingTime, List<Fee> fees, String result, List<LegalBasis> legalBases,
        OnlineLevel onlineLevel, String portalUrl, List<String> keywords) {

    /** The national code: group, six digits, then optionally the local suffix ending in the province (H + 2 digits). */
    public static final Pattern CODE = Pattern.compile("[0-9]{1,2}\\.[0-9]{6}(\\.[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.H[0-9]{2})?");

    public enum Level {
        PROVINCE, COMMUNE
    }

    /** Online public service level: the whole procedure online, part of it, or none. */
    public enum OnlineLevel {
        FULL, PARTIAL, NONE
    }

    public enum MethodKind {
        DIRECT, ONLINE, POSTAL
    }

    public record Method(MethodKind method, String timeLimit, String fee) {
    }

    public record DossierItem(String name, int originals, int copies, String form) {
    }

    public record Fee(String description, long amount, String legalBasis) {
    }

    public record LegalBasis(String number, String title, LocalDate date, String issuer) {
    }

    public ProcedureContent {
        code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        name = nfc(name);
        field = nfc(field);
        implementingBody = nfc(implementingBody);
        competentBody = nfc(competentBody);
        conditions = nfc(conditions);
        processingTime = nfc(processingTime);
        result = nfc(result);
        portalUrl = portalUrl == null || portalUrl.isBlank() ? null : portalUrl.strip();
        levels = levels == null ? List.of() : levels.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
        subjects = texts(subjects);
        steps = texts(steps);
        keywords = texts(keywords);
        methods = methods == null ? List.of() : List.copyOf(methods.stream().filter(java.util.Objects::nonNull).toList());
        dossier = dossier == null ? List.of() : dossier.stream().filter(java.util.Objects::nonNull)
                .map(d -> new DossierItem(nfc(d.name()), d.originals(), d.copies(), nfc(d.form()))).toList();
        fees = fees == null ? List.of() : fees.stream().filter(java.util.Objects::nonNull)
                .map(f -> new Fee(nfc(f.description()), f.amount(), nfc(f.legalBasis()))).toList();
        legalBases = legalBases == null ? List.of() : legalBases.stream().filter(java.util.Objects::nonNull)
                .map(l -> new LegalBasis(nfc(l.number()), nfc(l.title()), l.date(), nfc(l.issuer()))).toList();
        methods = methods.stream().map(m -> new Method(m.method(), nfc(m.timeLimit()), nfc(m.fee()))).toList();
    }

    private static String nfc(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : Normalizer.normalize(stripped, Normalizer.Form.NFC);
    }

    private static List<String> texts(List<String> values) {
        return values == null ? List.of() : values.stream().map(ProcedureContent::nfc).filter(java.util.Objects::nonNull).toList();
    }

    /** What is wrong with it, field by field (an empty list when it can be stored). */
    public List<FieldViolation> problems() {
        List<FieldViolation> problems = new ArrayList<>();
        if (code == null) {
            problems.add(FieldViolation.of("code", "validation.required"));
        } else if (code.length() > 40 || !CODE.matcher(code).matches()) {
            problems.add(FieldViolation.of("code", "procedure.code.pattern", code.length() > 60 ? code.substring(0, 60) + "…" : code));
        }
        required(problems, "name", name, 1000);
        required(problems, "field", field, 300);
        if (levels.isEmpty()) {
            problems.add(FieldViolation.of("levels", "procedure.levels.required"));
        }
        if (onlineLevel == null) {
            problems.add(FieldViolation.of("onlineLevel", "validation.required"));
        }
        longest(problems, "implementingBody", implementingBody, 1000);
        longest(problems, "competentBody", competentBody, 1000);
        longest(problems, "conditions", conditions, 20_000);
        longest(problems, "processingTime", processingTime, 5000);
        longest(problems, "result", result, 5000);
        for (int i = 0; i < methods.size(); i++) {
            if (methods.get(i).method() == null) {
                problems.add(FieldViolation.of("methods[" + i + "].method", "validation.required"));
            }
        }
        for (int i = 0; i < dossier.size(); i++) {
            DossierItem item = dossier.get(i);
            required(problems, "dossier[" + i + "].name", item.name(), 2000);
            if (item.originals() < 0 || item.copies() < 0 || item.originals() > 100 || item.copies() > 100) {
                problems.add(FieldViolation.of("dossier[" + i + "].originals", "procedure.dossier.count"));
            }
        }
        for (int i = 0; i < fees.size(); i++) {
            if (fees.get(i).amount() < 0) {
                problems.add(FieldViolation.of("fees[" + i + "].amount", "procedure.fee.negative"));
            }
        }
        if (portalUrl != null) {
            try {
                URI uri = URI.create(portalUrl);
                if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null
                        || portalUrl.length() > 1000) {
                    problems.add(FieldViolation.of("portalUrl", "procedure.url.invalid"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(FieldViolation.of("portalUrl", "procedure.url.invalid"));
            }
        }
        return problems;
    }

    private static void required(List<FieldViolation> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(FieldViolation.of(field, "validation.required"));
        } else {
            longest(problems, field, value, max);
        }
    }

    private static void longest(List<FieldViolation> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(FieldViolation.of(field, "procedure.too-long", max));
        }
    }
}
