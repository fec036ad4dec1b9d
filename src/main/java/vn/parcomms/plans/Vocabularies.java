package vn.parcomms.plans;

import vn.parcomms.shared.JdbcRows;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.ScopedResource;
import vn.parcomms.plans.Term.Vocabulary;
import vn.parcomms.shared.FieldViolation;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.Texts;

/**
 * Audiences, topics, channels and deliverable types. Entries are added and retired, never deleted
 * or recoded, so plans written with an old entry keep their meaning. Read often, changed rarely:
 * the lists are cached per node and reloaded after a change.
 */
@Service("vocabularies")
public class Vocabularies {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Map<Vocabulary, Map<String, Term>> cache = new ConcurrentHashMap<>();

    Vocabularies(JdbcClient jdbc, AccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Every entry, retired ones included, in list order. */
    public Collection<Term> all(Vocabulary vocabulary) {
        return terms(vocabulary).values();
    }

    /** The entries that may be chosen for new content. */
    public List<Term> active(Vocabulary vocabulary) {
        return terms(vocabulary).values().stream().filter(Term::active).toList();
    }

    public List<Term> active(String vocabulary) {
        return active(Vocabulary.valueOf(vocabulary));
    }

    /** The label in the current language; unknown codes show as themselves. */
    public String label(String vocabulary, String code) {
        Term term = terms(Vocabulary.valueOf(vocabulary)).get(code);
        if (term == null) {
            return code;
        }
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? term.labelEn() : term.labelVi();
    }

    /** Code to Vietnamese label, for official documents and spreadsheets (always in Vietnamese). */
    public Map<String, String> labelsVi(Vocabulary vocabulary) {
        Map<String, String> labels = new LinkedHashMap<>();
        terms(vocabulary).forEach((code, term) -> labels.put(code, term.labelVi()));
        return labels;
    }

    public String label(Term term) {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? term.labelEn() : term.labelVi();
    }

    /**
     * Checks codes chosen for a plan or task: they must exist, and new choices must be active.
     * Codes already on the object stay valid even after retirement.
     */
    public List<FieldViolation> check(String field, Vocabulary vocabulary, List<String> codes, List<String> alreadyThere) {
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, Term> terms = terms(vocabulary);
        for (String code : codes) {
            Term term = terms.get(code);
            if (term == null) {
                violations.add(FieldViolation.of(field, "vocabulary.unknown", code));
            } else if (!term.active() && !alreadyThere.contains(code)) {
                violations.add(FieldViolation.of(field, "vocabulary.retired", code));
            }
        }
        return violations;
    }

    /** The codes in list order (unknown codes last), so that saving a form never reorders a plan's lists. */
    List<String> ordered(Vocabulary vocabulary, List<String> codes) {
        List<String> known = new ArrayList<>(terms(vocabulary).keySet());
        return codes.stream().distinct().sorted(java.util.Comparator.comparingInt(code -> {
            int index = known.indexOf(code);
            return index < 0 ? Integer.MAX_VALUE : index;
        })).toList();
    }

    @Transactional
    public Term add(Vocabulary vocabulary, String code, String labelVi, String labelEn, String groupCode) {
        access.check(PlanActions.MANAGE_VOCABULARIES, ScopedResource.of("/"));
        String cleanCode = Texts.clean(code) == null ? "" : Texts.clean(code).toUpperCase(Locale.ROOT);
        List<FieldViolation> violations = new ArrayList<>();
        if (!cleanCode.matches("[A-Z][A-Z0-9_]{0,39}")) {
            violations.add(FieldViolation.of("code", "vocabulary.code.pattern"));
        } else if (terms(vocabulary).containsKey(cleanCode)) {
            violations.add(FieldViolation.of("code", "vocabulary.code.taken", cleanCode));
        }
        if (Texts.clean(labelVi) == null) {
            violations.add(FieldViolation.of("labelVi", "validation.required"));
        }
        if (Texts.clean(labelEn) == null) {
            violations.add(FieldViolation.of("labelEn", "validation.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("""
                INSERT INTO taxonomy_term (vocabulary, code, label_vi, label_en, group_code, sort_order)
                VALUES (:v, :code, :vi, :en, :group,
                        (SELECT coalesce(max(sort_order), 0) + 10 FROM taxonomy_term WHERE vocabulary = :v))
                """).param("v", vocabulary.name()).param("code", cleanCode).param("vi", Texts.clean(labelVi))
                .param("en", Texts.clean(labelEn)).param("group", Texts.clean(groupCode)).update();
        cache.remove(vocabulary);
        return terms(vocabulary).get(cleanCode);
    }

    /** Retires (or, with {@code retired=false}, restores) an entry. */
    @Transactional
    public Term setRetired(Vocabulary vocabulary, String code, boolean retired) {
        access.check(PlanActions.MANAGE_VOCABULARIES, ScopedResource.of("/"));
        int updated = jdbc.sql("""
                UPDATE taxonomy_term SET retired_at = CASE WHEN :retired THEN coalesce(retired_at, now()) END
                WHERE vocabulary = :v AND code = :code
                """).param("retired", retired).param("v", vocabulary.name()).param("code", code).update();
        if (updated == 0) {
            throw new NotFoundException("vocabulary.not-found", code);
        }
        cache.remove(vocabulary);
        return terms(vocabulary).get(code);
    }

    private Map<String, Term> terms(Vocabulary vocabulary) {
        return cache.computeIfAbsent(vocabulary, v -> {
            Map<String, Term> map = new LinkedHashMap<>();
            jdbc.sql("""
                    SELECT code, label_vi, label_en, group_code, sort_order, retired_at FROM taxonomy_term
                    WHERE vocabulary = :v ORDER BY sort_order, code
                    """).param("v", v.name()).query((rs, row) -> new Term(v, rs.getString("code"), rs.getString("label_vi"),
                    rs.getString("label_en"), rs.getString("group_code"), rs.getInt("sort_order"),
                    JdbcRows.instant(rs, "retired_at"))).list().forEach(term -> map.put(term.code(), term));
            return java.util.Collections.unmodifiableMap(map);
        });
    }
}
