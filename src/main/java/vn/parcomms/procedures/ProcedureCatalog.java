package vn.parcomms.procedures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.organizations.OrganizationKind;
import vn.parcomms.shared.FieldViolation;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.NotFoundException;

/**
 * A province's catalog of procedures. Every change goes through a decision of the province: publishing
 * (new codes), amending (a code whose content changed), replacing and abolishing; each is kept in the
 * procedure's history with the content it gave. A body's catalog is what its province publishes for its
 * level, on the day asked.
 */
@Service
public class ProcedureCatalog {

    private final ProcedureStore store;
    private final AccessPolicy access;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;

    ProcedureCatalog(ProcedureStore store, AccessPolicy access, OrganizationDirectory organizations,
            ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.organizations = organizations;
        this.events = events;
    }

    /** A decision to record, as the form or the API sends it. */
    public record DecisionDraft(String number, LocalDate signedOn, LocalDate effectiveOn, String issuer, String title) {
    }

    /** What an import or a publication did. */
    public record ImportResult(int published, int amended, int unchanged, ProcedureDecision decision) {
    }

    /** A row the import refused, with the messages of its fields. */
    public record RowProblem(int row, String code, List<FieldViolation> violations) {
    }

    /** The import was refused as a whole; nothing was stored. */
    public static class ImportRefused extends RuntimeException {

        private final List<RowProblem> rows;

        public ImportRefused(List<RowProblem> rows) {
            super(rows.size() + " rows refused");
            this.rows = List.copyOf(rows);
        }

        public List<RowProblem> rows() {
            return rows;
        }
    }

    @Transactional(readOnly = true)
    public Optional<Procedure> find(String code) {
        return code == null ? Optional.empty() : store.byCode(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Transactional(readOnly = true)
    public Procedure get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("procedure.not-found", code));
    }

    @Transactional(readOnly = true)
    public List<ProcedureChange> history(Procedure procedure) {
        return store.history(procedure.id());
    }

    /** The province whose catalog applies to an organization: itself for a province, else its top ancestor. */
    @Transactional(readOnly = true)
    public Organization provinceOf(long organizationId) {
        Organization org = organizations.get(organizationId);
        if (org.parentId() == null) {
            return org;
        }
        return organizations.ancestors(org).getFirst();
    }

    /**
     * The procedures that apply to a body on a day: those its province publishes for its level (commune
     * procedures for a commune and the bodies under it, province procedures for the province and its departments).
     */
    @Transactional(readOnly = true)
    public List<Procedure> catalog(long organizationId, LocalDate day) {
        Organization province = provinceOf(organizationId);
        ProcedureContent.Level level = levelOf(organizationId);
        return store.ofProvince(province.id()).stream().filter(p -> p.appliesOn(day))
                .filter(p -> p.content().levels().contains(level)).toList();
    }

    /** The level of procedures a body applies: commune for a commune and the bodies under it, else province. */
    @Transactional(readOnly = true)
    public ProcedureContent.Level levelOf(long organizationId) {
        Organization org = organizations.get(organizationId);
        boolean commune = org.kind() == OrganizationKind.COMMUNE || organizations.ancestors(org).stream()
                .anyMatch(o -> o.kind() == OrganizationKind.COMMUNE);
        return commune ? ProcedureContent.Level.COMMUNE : ProcedureContent.Level.PROVINCE;
    }

    /**
     * The procedures that apply to a body (its province's, for its level) that were published, amended, replaced or
     * abolished with effect in a period: the figures a body's periodic report gives.
     */
    @Transactional(readOnly = true)
    public Map<ProcedureChange.Kind, Long> countsFor(long organizationId, LocalDate from, LocalDate to) {
        return store.counts(provinceOf(organizationId).id(), levelOf(organizationId), from, to);
    }

    @Transactional(readOnly = true)
    public List<Procedure> all(long provinceId) {
        return store.ofProvince(provinceId);
    }

    /** New, amended, replaced and abolished procedures of a province with effect in a period, for reports. */
    @Transactional(readOnly = true)
    public Map<ProcedureChange.Kind, Long> counts(long provinceId, LocalDate from, LocalDate to) {
        return store.counts(provinceId, null, from, to);
    }

    @Transactional(readOnly = true)
    public List<ProcedureDecision> decisions(long provinceId) {
        return store.decisions(provinceId);
    }

    @Transactional(readOnly = true)
    public long version() {
        return store.catalogVersion();
    }

    @Transactional(readOnly = true)
    public List<Procedure> everything() {
        return store.all();
    }

    /** Whether the current user may change this province's catalog. */
    public boolean canManage(long provinceId) {
        return access.allows(ProcedureActions.MANAGE, organizations.get(provinceId));
    }

    /** Records a decision of a province (its managers); the number is unique in the province. */
    @Transactional
    public ProcedureDecision decide(long provinceId, DecisionDraft draft) {
        Organization province = organizations.get(provinceId);
        if (province.parentId() != null) {
            throw new InvalidInputException("organizationId", "procedure.decision.province-only");
        }
        access.check(ProcedureActions.MANAGE, province);
        List<FieldViolation> problems = new ArrayList<>();
        String number = draft == null || draft.number() == null ? null : draft.number().strip();
        if (number == null || number.isEmpty()) {
            problems.add(FieldViolation.of("number", "validation.required"));
        } else if (number.length() > 60) {
            problems.add(FieldViolation.of("number", "procedure.too-long", 60));
        } else if (store.decision(provinceId, number).isPresent()) {
            problems.add(FieldViolation.of("number", "procedure.decision.taken", number));
        }
        if (draft == null || draft.signedOn() == null) {
            problems.add(FieldViolation.of("signedOn", "validation.required"));
        }
        if (draft == null || draft.effectiveOn() == null) {
            problems.add(FieldViolation.of("effectiveOn", "validation.required"));
        } else if (draft.signedOn() != null && draft.effectiveOn().isBefore(draft.signedOn())) {
            problems.add(FieldViolation.of("effectiveOn", "procedure.decision.effective-before-signed"));
        }
        String issuer = draft == null || draft.issuer() == null || draft.issuer().isBlank() ? "Chủ tịch " + province.name()
                : draft.issuer().strip();
        String title = draft == null || draft.title() == null || draft.title().isBlank()
                ? "Về việc công bố danh mục thủ tục hành chính" : draft.title().strip();
        if (issuer.length() > 300) {
            problems.add(FieldViolation.of("issuer", "procedure.too-long", 300));
        }
        if (title.length() > 1000) {
            problems.add(FieldViolation.of("title", "procedure.too-long", 1000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = store.insertDecision(provinceId, nfc(number), draft.signedOn(), draft.effectiveOn(), nfc(issuer), nfc(title),
                access.currentActor().userId());
        return store.decision(id).orElseThrow();
    }

    /**
     * Publishes procedures under a decision, all or nothing: a new code is published, a known code whose
     * content differs is amended, an identical one is left as it is; so importing the same file twice
     * changes nothing. Any invalid row, or a code twice in the list, refuses the whole list with every row's
     * problems.
     */
    @Transactional
    public ImportResult publish(long decisionId, List<ProcedureContent> procedures) {
        return publish(decisionId, procedures, 1);
    }

    /**
     * Records the decision (or takes the province's decision with that number, when one already exists) and
     * publishes under it, in one transaction: a refused list leaves no decision behind either.
     *
     * @param firstRow the number of the first procedure's row in the file, for messages
     */
    @Transactional
    public ImportResult publishUnder(long provinceId, DecisionDraft draft, List<ProcedureContent> procedures, int firstRow) {
        return publish(decisionFor(provinceId, draft).id(), procedures, firstRow);
    }

    /** Abolishes under a decision recorded on the way (or an existing one with that number). */
    @Transactional
    public Procedure abolishUnder(long provinceId, DecisionDraft draft, String code, String note) {
        return abolish(decisionFor(provinceId, draft).id(), code, note);
    }

    /** The province's decision with the draft's number, or a new one. */
    @Transactional
    public ProcedureDecision decisionFor(long provinceId, DecisionDraft draft) {
        if (draft != null && draft.number() != null && !draft.number().isBlank()) {
            Optional<ProcedureDecision> existing = store.decision(provinceId, nfc(draft.number().strip()));
            if (existing.isPresent()) {
                access.check(ProcedureActions.MANAGE, organizations.get(provinceId));
                return existing.get();
            }
        }
        return decide(provinceId, draft);
    }

    @Transactional
    public ImportResult publish(long decisionId, List<ProcedureContent> procedures, int firstRow) {
        ProcedureDecision decision = decision(decisionId);
        access.check(ProcedureActions.MANAGE, organizations.get(decision.organizationId()));
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Procedure> known = store.byCodes(procedures.stream().filter(java.util.Objects::nonNull)
                .map(ProcedureContent::code).filter(java.util.Objects::nonNull).distinct().toList());
        for (int i = 0; i < procedures.size(); i++) {
            ProcedureContent content = procedures.get(i);
            List<FieldViolation> violations = new ArrayList<>(content == null ? List.of(FieldViolation.of("code", "validation.required"))
                    : content.problems());
            if (content != null && content.code() != null) {
                Integer first = seen.putIfAbsent(content.code(), firstRow + i);
                if (first != null) {
                    violations.add(FieldViolation.of("code", "procedure.code.duplicate", content.code(), first));
                }
                Procedure other = known.get(content.code());
                if (other != null && other.organizationId() != decision.organizationId()) {
                    violations.add(FieldViolation.of("code", "procedure.code.other-province", content.code()));
                }
            }
            if (!violations.isEmpty()) {
                problems.add(new RowProblem(firstRow + i, content == null ? null : content.code(), violations));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        if (procedures.size() > ProcedureFiles.MAX_ROWS) {
            throw new InvalidInputException("file", "procedure.import.too-many", ProcedureFiles.MAX_ROWS);
        }
        int published = 0;
        int amended = 0;
        int unchanged = 0;
        Long user = access.currentActor().userId();
        for (ProcedureContent content : procedures) {
            Optional<Procedure> existing = Optional.ofNullable(known.get(content.code()));
            if (existing.isEmpty()) {
                long id = store.insert(decision.organizationId(), content, decision.effectiveOn());
                store.change(id, decision.id(), ProcedureChange.Kind.PUBLISHED, decision.effectiveOn(), content, null, user);
                published++;
            } else if (existing.get().content().equals(content) && existing.get().status() == Procedure.Status.ACTIVE) {
                unchanged++;
            } else {
                Procedure p = existing.get();
                boolean back = p.status() != Procedure.Status.ACTIVE;
                store.update(p.id(), content, Procedure.Status.ACTIVE, back ? decision.effectiveOn() : p.validFrom(), null, null,
                        p.version());
                store.change(p.id(), decision.id(), back ? ProcedureChange.Kind.PUBLISHED : ProcedureChange.Kind.AMENDED,
                        decision.effectiveOn(), content, null, user);
                if (back) {
                    published++;
                } else {
                    amended++;
                }
            }
        }
        if (published + amended > 0) {
            events.publishEvent(new ProcedureCatalogChanged(decision.organizationId()));
        }
        return new ImportResult(published, amended, unchanged, decision);
    }

    /** Amends one procedure under a decision; the version read guards against a concurrent change. */
    @Transactional
    public Procedure amend(long decisionId, String code, ProcedureContent content, int version) {
        ProcedureDecision decision = decision(decisionId);
        access.check(ProcedureActions.MANAGE, organizations.get(decision.organizationId()));
        Procedure p = active(decision, code);
        if (content == null || !p.code().equals(content.code())) {
            throw new InvalidInputException("code", "procedure.code.changed");
        }
        List<FieldViolation> problems = content.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.update(p.id(), content, Procedure.Status.ACTIVE, p.validFrom(), null, null, version);
        store.change(p.id(), decision.id(), ProcedureChange.Kind.AMENDED, decision.effectiveOn(), content, null,
                access.currentActor().userId());
        events.publishEvent(new ProcedureCatalogChanged(decision.organizationId()));
        return store.byCode(p.code()).orElseThrow();
    }

    /** Abolishes a procedure under a decision: it no longer applies from the day the decision takes effect. */
    @Transactional
    public Procedure abolish(long decisionId, String code, String note) {
        ProcedureDecision decision = decision(decisionId);
        access.check(ProcedureActions.MANAGE, organizations.get(decision.organizationId()));
        Procedure p = active(decision, code);
        end(p, decision, Procedure.Status.ABOLISHED, null, trim(note));
        return store.byCode(p.code()).orElseThrow();
    }

    /** Replaces a procedure by another under a decision: the new one is published, the old one points to it. */
    @Transactional
    public Procedure replace(long decisionId, String code, ProcedureContent replacement) {
        ProcedureDecision decision = decision(decisionId);
        access.check(ProcedureActions.MANAGE, organizations.get(decision.organizationId()));
        Procedure old = active(decision, code);
        if (replacement == null || old.code().equals(replacement.code())) {
            throw new InvalidInputException("code", "procedure.replace.same-code");
        }
        publish(decisionId, List.of(replacement));
        end(old, decision, Procedure.Status.REPLACED, replacement.code(), replacement.code());
        return store.byCode(replacement.code()).orElseThrow();
    }

    /** Ends a procedure in force under a decision (abolished, or replaced by another code), with its history. */
    private void end(Procedure p, ProcedureDecision decision, Procedure.Status status, String replacedBy, String note) {
        store.update(p.id(), p.content(), status, p.validFrom(), decision.effectiveOn(), replacedBy, p.version());
        store.change(p.id(), decision.id(), status == Procedure.Status.REPLACED ? ProcedureChange.Kind.REPLACED
                : ProcedureChange.Kind.ABOLISHED, decision.effectiveOn(), p.content(), note, access.currentActor().userId());
        events.publishEvent(new ProcedureCatalogChanged(decision.organizationId()));
    }

    private Procedure active(ProcedureDecision decision, String code) {
        Procedure p = find(code).filter(x -> x.organizationId() == decision.organizationId())
                .orElseThrow(() -> new NotFoundException("procedure.not-found", code));
        if (p.status() != Procedure.Status.ACTIVE) {
            throw new InvalidInputException("code", "procedure.not-active", p.code());
        }
        return p;
    }

    private ProcedureDecision decision(long id) {
        return store.decision(id).orElseThrow(() -> new NotFoundException("procedure.decision.not-found", id));
    }

    private static String trim(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = nfc(text.strip());
        return t.length() > 1000 ? t.substring(0, 1000) : t;
    }

    private static String nfc(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }
}
