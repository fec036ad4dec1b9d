package vn.parcomms.procedures;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.parcomms.procedures.ProcedureContent.Level;
import vn.parcomms.procedures.ProcedureContent.OnlineLevel;

/**
 * The search index of procedures in force, held in memory and rebuilt from the database whenever a
 * catalog changes (and, on a cluster, when another node changed it: the catalog version is checked every
 * few seconds). A catalog of ten thousand procedures takes a few megabytes; a query takes well under a
 * millisecond, so the API holds thousands of requests a second without touching the database.
 *
 * <p>Ranking, in tiers: the exact name (or code); a citizen keyword equal to the query ("làm giấy khai sinh");
 * a name starting with it; every word in the name; every word in the name allowing typos (one or two letters, by
 * length) and the last word as a prefix (search as you type); every word anywhere (field, bodies,
 * subjects, dossier, result, keywords); then most of the words. Within a tier: the query as a phrase in
 * the name, more of the words, more of them in the name, fewer typos, shorter names, then alphabetical order.
 *
 * <p>{@link #tier} and {@link #score} define that order for one document. A search does not score documents one
 * by one: each tier, and each group of equal keys within it, is a few bit-set operations, read best first until
 * the pages asked are full. {@code searchScoringEverything} scores every candidate with the definition; tests
 * check that both give the same pages.
 */
@Component
public class ProcedureIndex {

    private static final Logger log = LoggerFactory.getLogger(ProcedureIndex.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Longer input is cut: no procedure name needs more, and the work stays bounded. */
    static final int MAX_QUERY = 200;
    private static final int MAX_WORDS = 12;
    private static final long CHECK_EVERY_MILLIS = 5_000;

    private final ProcedureCatalog catalog;
    private final Clock clock;
    private volatile Snapshot snapshot = Snapshot.EMPTY;
    private volatile long checkedAt;

    ProcedureIndex(ProcedureCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** What a citizen asks. */
    public record Query(String text, String field, Level level, Long provinceId, OnlineLevel online, int page, int size) {

        public Query {
            page = Math.max(0, page);
            size = Math.max(1, Math.min(size, 100));
        }
    }

    /** Procedures found, best first. */
    public record Result(List<Procedure> items, int total, int page, int size, long version) {

        public int pages() {
            return (total + size - 1) / size;
        }
    }

    /** A procedure as the index sees it: folded name, its words as vocabulary ids, folded keywords and field. */
    private record Doc(Procedure procedure, String nameFolded, int[] nameWords, Set<String> keywords, String fieldFolded,
            int nameRank, long provinceId, Set<Level> levels, String codeFolded) {
    }

    /**
     * One build of the index. Words get ids in alphabetical order, so the words beginning with a prefix are
     * one range of ids; postings are the ids of the documents holding each word. Results of recent queries
     * are kept with the build they came from.
     */
    private record Snapshot(long version, Doc[] docs, Vocabulary words, Postings postings, Map<String, Doc> byCode,
            Map<Long, List<String>> fields, Map<String, Result> results, Sets sets, Map<String, Term> terms,
            java.util.concurrent.atomic.AtomicLong termBytes) {

        static final Snapshot EMPTY = of(-1, new Doc[0], new Vocabulary(new TreeSet<>()), Postings.of(new int[0][], 0), Map.of(),
                Map.of(), Sets.build(new Doc[0], Postings.of(new int[0][], 0)));

        static Snapshot of(long version, Doc[] docs, Vocabulary words, Postings postings, Map<String, Doc> byCode,
                Map<Long, List<String>> fields, Sets sets) {
            return new Snapshot(version, docs, words, postings, byCode, fields, new java.util.concurrent.ConcurrentHashMap<>(), sets,
                    new java.util.concurrent.ConcurrentHashMap<>(), new java.util.concurrent.atomic.AtomicLong());
        }
    }

    /** The most the terms kept per build may take; past it they are dropped and kept anew. */
    private static final long MAX_TERM_BYTES = 16L * 1024 * 1024;

    /**
     * The documents holding each word: a list of ids, and for words held by more than one document in 64 also
     * a bit set, which ORs faster than setting each id (at most 8 bytes more per posting).
     */
    private record Postings(int[][] lists, BitSet[] dense) {

        static Postings of(int[][] lists, int documents) {
            BitSet[] dense = new BitSet[lists.length];
            for (int w = 0; w < lists.length; w++) {
                if (lists[w].length > Math.max(8, documents / 64)) {
                    dense[w] = new BitSet(documents);
                    for (int d : lists[w]) {
                        dense[w].set(d);
                    }
                }
            }
            return new Postings(lists, dense);
        }

        void addTo(int word, BitSet into) {
            if (dense[word] != null) {
                into.or(dense[word]);
            } else {
                for (int d : lists[word]) {
                    into.set(d);
                }
            }
        }

        /** The documents holding any word of a range or of a set of word ids. */
        BitSet documents(int from, int to, BitSet words, int documents) {
            BitSet docs = new BitSet(documents);
            for (int w = from; w < to; w++) {
                addTo(w, docs);
            }
            for (int w = words.nextSetBit(0); w >= 0; w = words.nextSetBit(w + 1)) {
                addTo(w, docs);
            }
            return docs;
        }
    }

    /**
     * Documents by what filters and the best tiers look at, as bit sets: a query narrows its candidates with a
     * few AND operations and scores only those that can reach the first page.
     */
    private record Sets(Postings namePostings, String[] sortedNames, int[] sortedNameDocs, Map<Level, BitSet> levels, Map<OnlineLevel, BitSet> online,
            Map<Long, BitSet> provinces, Map<String, BitSet> fields, Map<String, BitSet> keywords, Map<String, BitSet> names,
            Map<LocalDate, BitSet> applying, BitSet[] nameLengths, int[] nameLength) {

        static Sets build(Doc[] docs, Postings namePostings) {
            Map<Level, BitSet> levels = new java.util.EnumMap<>(Level.class);
            Map<OnlineLevel, BitSet> online = new java.util.EnumMap<>(OnlineLevel.class);
            Map<Long, BitSet> provinces = new HashMap<>();
            Map<String, BitSet> fields = new HashMap<>();
            Map<String, BitSet> keywords = new HashMap<>();
            Map<String, BitSet> names = new HashMap<>();
            for (int d = 0; d < docs.length; d++) {
                Doc doc = docs[d];
                for (Level level : doc.levels()) {
                    levels.computeIfAbsent(level, k -> new BitSet()).set(d);
                }
                online.computeIfAbsent(doc.procedure().content().onlineLevel(), k -> new BitSet()).set(d);
                provinces.computeIfAbsent(doc.provinceId(), k -> new BitSet()).set(d);
                fields.computeIfAbsent(doc.fieldFolded(), k -> new BitSet()).set(d);
                for (String keyword : doc.keywords()) {
                    keywords.computeIfAbsent(keyword, k -> new BitSet()).set(d);
                }
                names.computeIfAbsent(doc.nameFolded(), k -> new BitSet()).set(d);
            }
            Integer[] order = new Integer[docs.length];
            Arrays.setAll(order, d -> d);
            Arrays.sort(order, Comparator.comparing(d -> docs[d].nameFolded()));
            String[] sortedNames = new String[docs.length];
            int[] sortedNameDocs = new int[docs.length];
            for (int i = 0; i < order.length; i++) {
                sortedNames[i] = docs[order[i]].nameFolded();
                sortedNameDocs[i] = order[i];
            }
            int longest = Arrays.stream(docs).mapToInt(doc -> doc.nameWords().length).max().orElse(0);
            BitSet[] nameLengths = new BitSet[longest + 1];
            Arrays.setAll(nameLengths, l -> new BitSet(docs.length));
            int[] nameLength = new int[docs.length];
            for (int d = 0; d < docs.length; d++) {
                nameLength[d] = docs[d].nameWords().length;
                nameLengths[nameLength[d]].set(d);
            }
            return new Sets(namePostings, sortedNames, sortedNameDocs, levels, online, provinces, fields, keywords, names,
                    new java.util.concurrent.ConcurrentHashMap<>(), nameLengths, nameLength);
        }

        /** The documents whose folded name begins with a text. */
        BitSet namesBeginning(String prefix, int documents) {
            BitSet docs = new BitSet(documents);
            int[] range = Vocabulary.range(sortedNames, prefix);
            for (int i = range[0]; i < range[1]; i++) {
                docs.set(sortedNameDocs[i]);
            }
            return docs;
        }

        /** The documents in force on a day (computed once a day per build). */
        BitSet applying(Doc[] docs, LocalDate day) {
            return applying.computeIfAbsent(day, k -> {
                if (applying.size() > 3) {
                    applying.clear();
                }
                BitSet bits = new BitSet(docs.length);
                for (int d = 0; d < docs.length; d++) {
                    if (docs[d].procedure().appliesOn(day)) {
                        bits.set(d);
                    }
                }
                return bits;
            });
        }

        static BitSet or(Map<?, BitSet> map, Object key) {
            BitSet bits = map.get(key);
            return bits == null ? new BitSet() : bits;
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        reload();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void changed(ProcedureCatalogChanged event) {
        reload();
    }

    /** The version of the catalog the index holds (ETags use it). */
    public long version() {
        refreshIfStale();
        return snapshot.version();
    }

    /** Rebuilds the index from the database. */
    public synchronized void reload() {
        long started = System.nanoTime();
        long version = catalog.version();
        List<Procedure> active = catalog.everything().stream().filter(p -> p.status() == Procedure.Status.ACTIVE).toList();
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<Procedure> ordered = new ArrayList<>(active);
        ordered.sort(Comparator.comparing(Procedure::name, collator).thenComparing(Procedure::code));
        int n = ordered.size();
        String[] nameFolded = new String[n];
        List<Set<String>> docWords = new ArrayList<>(n);
        TreeSet<String> vocabulary = new TreeSet<>();
        for (Procedure p : ordered) {
            ProcedureContent c = p.content();
            StringBuilder text = new StringBuilder(c.name()).append(' ').append(c.field()).append(' ')
                    .append(nullToEmpty(c.implementingBody())).append(' ').append(nullToEmpty(c.competentBody())).append(' ')
                    .append(String.join(" ", c.subjects())).append(' ').append(nullToEmpty(c.result())).append(' ')
                    .append(String.join(" ", c.keywords())).append(' ').append(p.code());
            c.dossier().forEach(d -> text.append(' ').append(d.name()));
            Set<String> words = new HashSet<>(Arrays.asList(Folding.words(Folding.fold(text.toString()))));
            docWords.add(words);
            vocabulary.addAll(words);
        }
        Vocabulary words = new Vocabulary(vocabulary);
        List<List<Integer>> lists = new ArrayList<>(words.size());
        List<List<Integer>> nameLists = new ArrayList<>(words.size());
        for (int w = 0; w < words.size(); w++) {
            lists.add(new ArrayList<>());
            nameLists.add(new ArrayList<>());
        }
        Doc[] docs = new Doc[n];
        Map<String, Doc> byCode = new HashMap<>();
        Map<Long, Set<String>> fields = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Procedure p = ordered.get(i);
            ProcedureContent c = p.content();
            nameFolded[i] = Folding.fold(c.name());
            int[] nameWords = Arrays.stream(Folding.words(nameFolded[i])).mapToInt(words::id).toArray();
            Set<String> keywords = new HashSet<>();
            c.keywords().forEach(k -> keywords.add(Folding.fold(k)));
            docs[i] = new Doc(p, nameFolded[i], nameWords, keywords, Folding.fold(c.field()), i, p.organizationId(),
                    Set.copyOf(c.levels()), p.code().toLowerCase(Locale.ROOT));
            byCode.put(p.code(), docs[i]);
            fields.computeIfAbsent(p.organizationId(), k -> new TreeSet<>(collator)).add(c.field());
            for (String w : docWords.get(i)) {
                lists.get(words.id(w)).add(i);
            }
            for (int w : Arrays.stream(nameWords).distinct().toArray()) {
                nameLists.get(w).add(i);
            }
        }
        int[][] postings = new int[words.size()][];
        int[][] namePostings = new int[words.size()][];
        for (int w = 0; w < words.size(); w++) {
            postings[w] = lists.get(w).stream().mapToInt(Integer::intValue).toArray();
            namePostings[w] = nameLists.get(w).stream().mapToInt(Integer::intValue).toArray();
        }
        Map<Long, List<String>> fieldLists = new HashMap<>();
        fields.forEach((k, v) -> fieldLists.put(k, List.copyOf(v)));
        snapshot = Snapshot.of(version, docs, words, Postings.of(postings, n), byCode, fieldLists,
                Sets.build(docs, Postings.of(namePostings, n)));
        checkedAt = System.currentTimeMillis();
        log.info("Procedure index: {} procedures, {} words, catalog version {}, built in {} ms", docs.length, words.size(),
                version, (System.nanoTime() - started) / 1_000_000);
    }

    private void refreshIfStale() {
        long now = System.currentTimeMillis();
        if (now - checkedAt > CHECK_EVERY_MILLIS) {
            checkedAt = now;
            try {
                if (catalog.version() != snapshot.version()) {
                    reload();
                }
            } catch (RuntimeException e) {
                log.warn("Procedure index: could not check the catalog version: {}", e.getMessage());
            }
        }
    }

    /** A procedure in force, by code. */
    public Optional<Procedure> byCode(String code) {
        refreshIfStale();
        Doc doc = code == null ? null : snapshot.byCode().get(code.strip().toUpperCase(Locale.ROOT));
        return doc == null ? Optional.empty() : Optional.of(doc.procedure());
    }

    /** The fields (lĩnh vực) of a province's procedures in force, alphabetically; every province's when null. */
    public List<String> fields(Long provinceId) {
        refreshIfStale();
        if (provinceId != null) {
            return snapshot.fields().getOrDefault(provinceId, List.of());
        }
        TreeSet<String> all = new TreeSet<>(Collator.getInstance(Locale.forLanguageTag("vi")));
        snapshot.fields().values().forEach(all::addAll);
        return List.copyOf(all);
    }

    public Result search(Query query) {
        refreshIfStale();
        Snapshot s = snapshot;
        String text = query.text() == null ? "" : query.text();
        if (text.length() > MAX_QUERY * 4) {
            text = text.substring(0, MAX_QUERY * 4);
        }
        String folded = Folding.fold(text);
        if (folded.length() > MAX_QUERY) {
            folded = folded.substring(0, MAX_QUERY).strip();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        String fieldFolded = query.field() == null || query.field().isBlank() ? null : Folding.fold(query.field());
        String key = folded + "|" + fieldFolded + "|" + query.level() + "|" + query.provinceId() + "|" + query.online() + "|"
                + query.page() + "|" + query.size() + "|" + today;
        Result cached = s.results().get(key);
        if (cached != null) {
            return cached;
        }
        Result result = run(s, folded, fieldFolded, query, today, true);
        if (s.results().size() >= MAX_CACHED_RESULTS) {
            s.results().clear();
        }
        s.results().put(key, result);
        return result;
    }

    /** Results of recent queries kept per index build; a new build starts empty. */
    private static final int MAX_CACHED_RESULTS = 20_000;

    /** The same search scoring every candidate, without the result cache: what the narrowing must agree with (tests). */
    Result searchScoringEverything(Query query) {
        String folded = Folding.fold(query.text() == null ? "" : query.text());
        String fieldFolded = query.field() == null || query.field().isBlank() ? null : Folding.fold(query.field());
        return run(snapshot, folded, fieldFolded, query, LocalDate.now(clock.withZone(ZONE)), false);
    }

    private static Result run(Snapshot s, String folded, String fieldFolded, Query query, LocalDate today, boolean byTier) {
        String[] words = Folding.words(folded);
        if (words.length > MAX_WORDS) {
            words = Arrays.copyOf(words, MAX_WORDS);
        }
        int n = s.docs().length;
        BitSet candidates = new BitSet(n);
        candidates.set(0, n);
        List<Term> terms = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Term term = term(s, words[i], i == words.length - 1);
            terms.add(term);
            candidates.and(term.docs());
        }
        // No document has every word: those with most of them, each counted with the words it misses.
        int[] matchedWords = null;
        boolean relaxed = !terms.isEmpty() && candidates.isEmpty();
        if (relaxed) {
            matchedWords = new int[n];
            for (Term term : terms) {
                BitSet docs = term.docs();
                for (int d = docs.nextSetBit(0); d >= 0; d = docs.nextSetBit(d + 1)) {
                    matchedWords[d]++;
                }
            }
            int needed = Math.max(1, (words.length + 1) / 2);
            for (int d = 0; d < n; d++) {
                if (matchedWords[d] >= needed) {
                    candidates.set(d);
                }
            }
        }
        // Filters as bit operations; the count is exact.
        Sets sets = s.sets();
        if (query.provinceId() != null) {
            candidates.and(Sets.or(sets.provinces(), query.provinceId()));
        }
        if (query.level() != null) {
            candidates.and(Sets.or(sets.levels(), query.level()));
        }
        if (query.online() != null) {
            candidates.and(Sets.or(sets.online(), query.online()));
        }
        if (fieldFolded != null) {
            candidates.and(Sets.or(sets.fields(), fieldFolded));
        }
        candidates.and(sets.applying(s.docs(), today));
        int total = candidates.cardinality();
        int keep = (int) Math.min((long) (query.page() + 1) * query.size(), n);
        Top top = new Top(keep);
        BitSet exactNames = Sets.or(sets.names(), folded);
        BitSet keywordMatches = Sets.or(sets.keywords(), folded);
        boolean codeLike = folded.contains(".");
        if (byTier && !terms.isEmpty()) {
            // Tier by tier, each a few bit operations; a tier is scored only while the pages asked are not full,
            // only its own documents are, and from bit sets rather than by reading their names.
            BitSet seen = new BitSet(n);
            BitSet phrasePossible = phrasePossible(s, terms);
            BitSet[] byMissing = null;
            if (relaxed) {
                byMissing = new BitSet[words.length + 1];
                for (int d = candidates.nextSetBit(0); d >= 0; d = candidates.nextSetBit(d + 1)) {
                    int missing = words.length - matchedWords[d];
                    if (byMissing[missing] == null) {
                        byMissing[missing] = new BitSet(n);
                    }
                    byMissing[missing].set(d);
                }
            }
            for (int tier : relaxed ? RELAXED_TIERS : TIERS) {
                if (top.size() >= keep) {
                    break;
                }
                BitSet members = members(s, tier, folded, terms, exactNames, keywordMatches, codeLike, candidates);
                members.andNot(seen);
                offerByGroups(s, tier, members, folded, terms, phrasePossible, byMissing, top, keep);
                seen.or(members);
            }
        } else {
            for (int d = candidates.nextSetBit(0); keep > 0 && d >= 0; d = candidates.nextSetBit(d + 1)) {
                Doc doc = s.docs()[d];
                int tier = tier(doc, d, folded, terms, relaxed, exactNames, keywordMatches, codeLike);
                if (top.full() && tier > top.worstTier()) {
                    continue;
                }
                top.offer(score(doc, tier, folded, terms, matchedWords == null ? 0 : words.length - matchedWords[d]));
            }
        }
        List<Scored> best = top.sorted();
        int from = Math.min(query.page() * query.size(), best.size());
        List<Procedure> items = best.subList(from, best.size()).stream().map(x -> s.docs()[x.doc()].procedure()).toList();
        return new Result(items, total, query.page(), query.size(), s.version());
    }

    /**
     * A tier in its order without scoring each document: the phrase, the words missing (when no document has them
     * all), the words not in the name, the typos, the name's length, then the name. Each key splits the tier into
     * groups by bit operations (counts kept as one set per value); the groups are read best first until the pages
     * are full. Only names that may hold the phrase are read.
     */
    private static void offerByGroups(Snapshot s, int tier, BitSet members, String folded, List<Term> terms,
            BitSet phrasePossible, BitSet[] byMissing, Top top, int keep) {
        if (members.isEmpty()) {
            return;
        }
        // One word in the name as written (or a word it begins) is the phrase itself: those names need no reading.
        BitSet phrase = terms.size() == 1 ? intersect(members, terms.getFirst().exactInName()) : new BitSet(members.length());
        BitSet check = phrasePossible == null ? copy(members) : intersect(members, phrasePossible);
        check.andNot(phrase);
        for (int d = check.nextSetBit(0); d >= 0; d = check.nextSetBit(d + 1)) {
            if (s.docs()[d].nameFolded().contains(folded)) {
                phrase.set(d);
            }
        }
        BitSet noPhrase = copy(members);
        noPhrase.andNot(phrase);
        List<BitSet> notInName = new ArrayList<>(terms.size());
        List<BitSet> typo = new ArrayList<>(terms.size());
        for (Term term : terms) {
            BitSet miss = copy(members);
            miss.andNot(term.inName());
            BitSet near = intersect(members, term.inName());
            near.andNot(term.exactInName());
            if (!term.known()) {
                near.or(miss);
            }
            notInName.add(miss);
            typo.add(near);
        }
        BitSet[] byNameMisses = byCount(members, notInName);
        BitSet[] byTypos = byCount(members, typo);
        BitSet[] byLength = s.sets().nameLengths();
        BitSet[] missingGroups = byMissing == null ? new BitSet[] {members} : byMissing;
        for (int p = 0; p < 2; p++) {
            BitSet byPhrase = p == 0 ? phrase : noPhrase;
            for (int m = 0; m < missingGroups.length && !byPhrase.isEmpty(); m++) {
                BitSet g1 = missingGroups[m] == null ? new BitSet() : intersect(byPhrase, missingGroups[m]);
                for (int k = 0; k < byNameMisses.length && !g1.isEmpty(); k++) {
                    BitSet g2 = intersect(g1, byNameMisses[k]);
                    for (int y = 0; y < byTypos.length && !g2.isEmpty(); y++) {
                        BitSet g3 = intersect(g2, byTypos[y]);
                        for (int length = 0; length < byLength.length && !g3.isEmpty(); length++) {
                            BitSet group = intersect(g3, byLength[length]);
                            for (int d = group.nextSetBit(0); d >= 0; d = group.nextSetBit(d + 1)) {
                                top.offer(new Scored(d, tier, p, m, k, y, length));
                                if (top.size() >= keep) {
                                    return;
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** The members by how many of the sets hold them: element k holds those in exactly k of them. */
    private static BitSet[] byCount(BitSet members, List<BitSet> sets) {
        BitSet[] exactly = new BitSet[sets.size() + 1];
        exactly[0] = copy(members);
        for (int k = 1; k < exactly.length; k++) {
            exactly[k] = new BitSet(members.length());
        }
        for (int j = 0; j < sets.size(); j++) {
            BitSet x = sets.get(j);
            for (int k = j + 1; k >= 1; k--) {
                exactly[k].andNot(x);
                exactly[k].or(intersect(exactly[k - 1], x));
            }
            exactly[0].andNot(x);
        }
        return exactly;
    }

    private static BitSet intersect(BitSet a, BitSet b) {
        BitSet out = copy(a);
        out.and(b);
        return out;
    }

    /** A copy to change: shared sets are never cloned, as {@link BitSet#clone()} may trim the original. */
    private static BitSet copy(BitSet shared) {
        BitSet copy = new BitSet(shared.length());
        copy.or(shared);
        return copy;
    }

    private static final int[] TIERS = {0, 1, 2, 3, 4, 5};
    /** When no document has every word, tiers 3 to 5 make no sense: the rest is tier 6. */
    private static final int[] RELAXED_TIERS = {0, 1, 2, 6};

    /**
     * The documents whose name may hold the query as written: a name holding "w0 w1 … wk" has w1 … wk-1 as
     * words and a word beginning with wk (w0 may end a longer word). Null when every name may.
     */
    private static BitSet phrasePossible(Snapshot s, List<Term> terms) {
        if (terms.size() < 2 || terms.getLast().word().length() < 2) {
            return null;
        }
        BitSet possible = copy(terms.get(1).exactInName());
        for (int t = 2; t < terms.size(); t++) {
            possible.and(terms.get(t).exactInName());
        }
        return possible;
    }

    /**
     * The candidates of a tier, as {@link #tier} defines them: 0 the exact name or a code it begins, 1 a keyword
     * equal to the query, 2 a name beginning with the query, 3 every word in the name, 4 the same with typos, 5
     * the rest (6 when no document has every word). Earlier tiers are taken out by the caller.
     */
    private static BitSet members(Snapshot s, int tier, String folded, List<Term> terms, BitSet exactNames,
            BitSet keywordMatches, boolean codeLike, BitSet candidates) {
        int n = s.docs().length;
        BitSet members = switch (tier) {
            case 0 -> {
                BitSet bits = copy(exactNames);
                if (codeLike) {
                    for (int d = candidates.nextSetBit(0); d >= 0; d = candidates.nextSetBit(d + 1)) {
                        if (s.docs()[d].codeFolded().startsWith(folded)) {
                            bits.set(d);
                        }
                    }
                }
                yield bits;
            }
            case 1 -> copy(keywordMatches);
            case 2 -> s.sets().namesBeginning(folded, n);
            case 3, 4 -> {
                BitSet bits = (BitSet) candidates.clone();
                for (Term term : terms) {
                    bits.and(tier == 3 ? term.exactInName() : term.inName());
                }
                yield bits;
            }
            default -> (BitSet) candidates.clone(); // 5, and 6 when relaxed
        };
        members.and(candidates);
        return members;
    }

    /** The best documents so far, as many as the pages asked. */
    private static final class Top {

        private final int keep;
        private final java.util.PriorityQueue<Scored> worstFirst;

        Top(int keep) {
            this.keep = keep;
            this.worstFirst = new java.util.PriorityQueue<>(Math.max(1, keep + 1), ORDER.reversed());
        }

        int size() {
            return worstFirst.size();
        }

        boolean full() {
            return worstFirst.size() >= keep;
        }

        int worstTier() {
            return worstFirst.peek().tier();
        }

        void offer(Scored scored) {
            if (worstFirst.size() < keep) {
                worstFirst.add(scored);
            } else if (keep > 0 && ORDER.compare(scored, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(scored);
            }
        }

        List<Scored> sorted() {
            List<Scored> sorted = new ArrayList<>(worstFirst);
            sorted.sort(ORDER);
            return sorted;
        }
    }

    /** Tier, then the query as a phrase in the name, words missing, words not in the name, typos, length, name order. */
    private static final Comparator<Scored> ORDER = (a, b) -> {
        int c = Integer.compare(a.tier(), b.tier());
        if (c == 0) {
            c = Integer.compare(a.phrase(), b.phrase());
        }
        if (c == 0) {
            c = Integer.compare(a.missing(), b.missing());
        }
        if (c == 0) {
            c = Integer.compare(a.nameMisses(), b.nameMisses());
        }
        if (c == 0) {
            c = Integer.compare(a.typos(), b.typos());
        }
        if (c == 0) {
            c = Integer.compare(a.length(), b.length());
        }
        return c != 0 ? c : Integer.compare(a.doc(), b.doc());
    };

    /** A document (its index, which is its place in name order) and the keys of the order. */
    private record Scored(int doc, int tier, int phrase, int missing, int nameMisses, int typos, int length) {
    }

    /**
     * One query word and the indexed words it stands for: itself, near spellings, and (last word) those it begins;
     * with the documents holding them anywhere and in the name. Terms are kept per index build and shared by
     * the queries that use the same word: their bit sets are never changed.
     */
    private static final class Term {

        private final String word;
        private final boolean known;
        private final BitSet near;
        private final int prefixFrom;
        private final int prefixTo;
        private final BitSet docs;
        private final BitSet exactInName;
        private final BitSet inName;

        Term(Snapshot s, String word, boolean known, BitSet near, int prefixFrom, int prefixTo) {
            this.word = word;
            this.known = known;
            this.near = near;
            this.prefixFrom = prefixFrom;
            this.prefixTo = prefixTo;
            int n = s.docs().length;
            this.docs = s.postings().documents(prefixFrom, prefixTo, near, n);
            this.exactInName = s.sets().namePostings().documents(prefixFrom, prefixTo, new BitSet(), n);
            this.inName = near.isEmpty() ? exactInName : s.sets().namePostings().documents(prefixFrom, prefixTo, near, n);
        }

        String word() {
            return word;
        }

        boolean known() {
            return known;
        }

        boolean exactOrPrefix(int id) {
            return id >= prefixFrom && id < prefixTo;
        }

        /** The documents with this word (or a word it begins, or a near spelling) anywhere. */
        BitSet docs() {
            return docs;
        }

        /** The documents with this word, or a word it begins, in their name. */
        BitSet exactInName() {
            return exactInName;
        }

        /** The documents with this word, a word it begins, or a near spelling in their name. */
        BitSet inName() {
            return inName;
        }

        /** 0: the word itself (or a word it begins); 1: a near spelling; -1: not in this name. */
        int inName(int[] nameWords) {
            int best = -1;
            for (int w : nameWords) {
                if (exactOrPrefix(w)) {
                    return 0;
                }
                if (near.get(w)) {
                    best = 1;
                }
            }
            return best;
        }

        /** About what the term holds, in bytes (the bound of the terms kept). */
        int bytes() {
            return (docs.size() + exactInName.size() + inName.size() + near.size()) / 8 + 64;
        }
    }

    private static Term term(Snapshot s, String word, boolean last) {
        String key = last ? word + '\u0001' : word;
        Term kept = s.terms().get(key);
        if (kept != null) {
            return kept;
        }
        int id = s.words().id(word);
        int from = Math.max(id, 0);
        int to = id < 0 ? 0 : id + 1;
        if (last && word.length() >= 2) {
            int[] range = s.words().range(word);
            if (range[1] > range[0]) {
                from = range[0];
                to = range[1];
            }
        }
        BitSet near = to == from && word.length() >= 3 ? s.words().near(word, word.length() >= 7 ? 2 : 1) : new BitSet();
        Term term = new Term(s, word, to > from, near, from, to);
        if (s.termBytes().addAndGet(term.bytes()) > MAX_TERM_BYTES) {
            s.terms().clear();
            s.termBytes().set(term.bytes());
        }
        s.terms().put(key, term);
        return term;
    }

    /** The document's tier for this query (0 best): the first key of the order, and the cheap one. */
    private static int tier(Doc doc, int d, String folded, List<Term> terms, boolean relaxed, BitSet exactNames,
            BitSet keywordMatches, boolean codeLike) {
        if (terms.isEmpty()) {
            return 7;
        }
        String code = doc.codeFolded();
        if (exactNames.get(d) || code.equals(folded) || codeLike && code.startsWith(folded)) {
            return 0;
        }
        if (keywordMatches.get(d)) {
            return 1;
        }
        if (!doc.nameFolded().isEmpty() && doc.nameFolded().startsWith(folded)) {
            return 2;
        }
        if (relaxed) {
            return 6;
        }
        boolean allExactInName = true;
        for (Term term : terms) {
            int in = term.inName(doc.nameWords());
            if (in < 0) {
                return 5;
            }
            if (in == 1) {
                allExactInName = false;
            }
        }
        return allExactInName ? 3 : 4;
    }

    /** The rest of the order for a document that may make the pages: phrase, missing words, name misses, typos. */
    private static Scored score(Doc doc, int tier, String folded, List<Term> terms, int missing) {
        int typos = 0;
        int nameMisses = 0;
        // Tier 3 has every word, as written, in the name: no misses, no typos.
        for (int t = 0; tier != 3 && t < terms.size(); t++) {
            Term term = terms.get(t);
            int in = term.inName(doc.nameWords());
            if (in < 0) {
                nameMisses++;
                if (!term.known()) {
                    typos++;
                }
            } else if (in == 1) {
                typos++;
            }
        }
        int phrase = doc.nameFolded().contains(folded) ? 0 : 1;
        return new Scored(doc.nameRank(), tier, phrase, missing, nameMisses, typos, doc.nameWords().length);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
