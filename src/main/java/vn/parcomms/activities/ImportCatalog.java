package vn.parcomms.activities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parcomms.plans.InboxItem;
import vn.parcomms.plans.Term;
import vn.parcomms.plans.Term.Vocabulary;

/**
 * What a body may choose from when filling in the spreadsheet, loaded once per file so that every
 * row is checked against maps rather than the database: vocabulary entries by code and label, and
 * the task occurrences assigned to the body by reference.
 */
final class ImportCatalog {

    /**
     * A task occurrence the body leads or supports.
     *
     * @param reference what users write in the spreadsheet, e.g. "1.2 – 2026-Q4"
     * @param item the occurrence
     * @param planYear the year of its plan
     */
    record Choice(String reference, InboxItem item, int planYear) {
    }

    private final Map<Vocabulary, List<Term>> active = new LinkedHashMap<>();
    private final Map<Vocabulary, Map<String, Term>> lookup = new HashMap<>();
    private final List<Choice> choices = new ArrayList<>();
    private final Map<String, Choice> byReference = new HashMap<>();
    private final Map<String, List<Choice>> byShortReference = new HashMap<>();

    ImportCatalog(Map<Vocabulary, Collection<Term>> terms, List<InboxItem> occurrences, Map<Long, Integer> planYears) {
        terms.forEach((vocabulary, all) -> {
            Map<String, Term> map = new HashMap<>();
            for (Term term : all) {
                // Labels first, codes last: a code always wins over a label that happens to spell it.
                map.put(ImportColumn.fold(term.labelEn()), term);
                map.put(ImportColumn.fold(term.labelVi()), term);
            }
            all.forEach(term -> map.put(ImportColumn.fold(term.code()), term));
            lookup.put(vocabulary, map);
            active.put(vocabulary, all.stream().filter(Term::active).toList());
        });
        Map<String, Integer> shortCounts = new HashMap<>();
        occurrences.forEach(item -> shortCounts.merge(normalize(shortReference(item)), 1, Integer::sum));
        Set<Long> seen = new HashSet<>();
        for (InboxItem item : occurrences) {
            if (!seen.add(item.occurrenceId())) {
                continue;
            }
            String shortRef = shortReference(item);
            String longRef = item.planNumber() + ": " + shortRef;
            String reference = shortCounts.get(normalize(shortRef)) > 1 ? longRef : shortRef;
            Choice choice = new Choice(reference, item, planYears.get(item.planId()));
            choices.add(choice);
            byReference.put(normalize(longRef), choice);
            byShortReference.computeIfAbsent(normalize(shortRef), k -> new ArrayList<>()).add(choice);
        }
    }

    /** Active entries of a vocabulary, in list order: what the template offers. */
    List<Term> active(Vocabulary vocabulary) {
        return active.getOrDefault(vocabulary, List.of());
    }

    /** The entry (active or retired) a cell names by Vietnamese or English label or by code, or {@code null}. */
    Term term(Vocabulary vocabulary, String text) {
        return lookup.getOrDefault(vocabulary, Map.of()).get(ImportColumn.fold(text));
    }

    /** The body's task occurrences, in due-date order. */
    List<Choice> choices() {
        return choices;
    }

    /**
     * The occurrences a reference may mean: one when it is clear, several when the short form is
     * shared by tasks of different plans, none when unknown.
     */
    List<Choice> resolve(String reference) {
        String key = normalize(reference);
        Choice full = byReference.get(key);
        if (full != null) {
            return List.of(full);
        }
        return byShortReference.getOrDefault(key, List.of());
    }

    private static String shortReference(InboxItem item) {
        return item.taskNumber() + " – " + item.periodKey();
    }

    /** Folds case and diacritics and writes every dash between words the same way. */
    private static String normalize(String reference) {
        return ImportColumn.fold(reference).replaceAll("\\s*[–—‒−]\\s*", " - ").replaceAll("\\s+-\\s+", " - ")
                .replaceAll("\\s*:\\s*", ": ");
    }
}
