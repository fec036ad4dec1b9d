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
    private record Snapshot(long version, Doc[] docs, String[] words, Map<String, Integer> wordIds, int[][] postings,
            Map<String, Doc> byCode, Map<Long, List<String>> fields, Map<String, Result> results, Sets sets) {

        static final Snapshot EMPTY = new Snapshot(-1, new Doc[0], new String[0], Map.of(), new int[0][], Map.of(), Map.of(),
                new java.util.concurrent.ConcurrentHashMap<>(), Sets.build(new Doc[0], new int[0][]));

        /** The ids of the words beginning with a prefix: [from, to). */
        int[] range(String prefix) {
            int from = Arrays.binarySearch(words, prefix);
            from = from < 0 ? -from - 1 : from;
            int to = from;
            while (to < words.length && words[to].startsWith(prefix)) {
                to++;
            }
            return new int[] {from, to};
        }
    }

    /**
     * Documents by what filters and the best tiers look at, as bit sets: a query narrows its candidates with a
     * few AND operations and scores only those that can reach the first page.
     */
    private record Sets(int[][] namePostings, Map<Level, BitSet> levels, Map<OnlineLevel, BitSet> online,
            Map<Long, BitSet> provinces, Map<String, BitSet> fields, Map<String, BitSet> keywords, Map<String, BitSet> names,
            Map<LocalDate, BitSet> applying) {

        static Sets build(Doc[] docs, int[][] namePostings) {
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
            return new Sets(namePostings, levels, online, provinces, fields, keywords, names,
                    new java.util.concurrent.ConcurrentHashMap<>());
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
        String[] words = vocabulary.toArray(String[]::new);
        Map<String, Integer> wordIds = new HashMap<>(words.length * 2);
        for (int w = 0; w < words.length; w++) {
            wordIds.put(words[w], w);
        }
        List<List<Integer>> lists = new ArrayList<>(words.length);
        for (int w = 0; w < words.length; w++) {
            lists.add(new ArrayList<>());
        }
        List<List<Integer>> nameLists = new ArrayList<>(words.length);
        for (int w = 0; w < words.length; w++) {
            nameLists.add(new ArrayList<>());
        }
        Doc[] docs = new Doc[n];
        Map<String, Doc> byCode = new HashMap<>();
        Map<Long, Set<String>> fields = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Procedure p = ordered.get(i);
            ProcedureContent c = p.content();
            nameFolded[i] = Folding.fold(c.name());
            int[] nameWords = Arrays.stream(Folding.words(nameFolded[i])).mapToInt(wordIds::get).toArray();
            Set<String> keywords = new HashSet<>();
            c.keywords().forEach(k -> keywords.add(Folding.fold(k)));
            docs[i] = new Doc(p, nameFolded[i], nameWords, keywords, Folding.fold(c.field()), i, p.organizationId(),
                    Set.copyOf(c.levels()), p.code().toLowerCase(Locale.ROOT));
            byCode.put(p.code(), docs[i]);
            fields.computeIfAbsent(p.organizationId(), k -> new TreeSet<>(collator)).add(c.field());
            for (String w : docWords.get(i)) {
                lists.get(wordIds.get(w)).add(i);
            }
            for (int w : Arrays.stream(nameWords).distinct().toArray()) {
                nameLists.get(w).add(i);
            }
        }
        int[][] postings = new int[words.length][];
        int[][] namePostings = new int[words.length][];
        for (int w = 0; w < words.length; w++) {
            postings[w] = lists.get(w).stream().mapToInt(Integer::intValue).toArray();
            namePostings[w] = nameLists.get(w).stream().mapToInt(Integer::intValue).toArray();
        }
        Map<Long, List<String>> fieldLists = new HashMap<>();
        fields.forEach((k, v) -> fieldLists.put(k, List.copyOf(v)));
        snapshot = new Snapshot(version, docs, words, wordIds, postings, byCode, fieldLists,
                new java.util.concurrent.ConcurrentHashMap<>(), Sets.build(docs, namePostings));
        checkedAt = System.currentTimeMillis();
        log.info("Procedure index: {} procedures, {} words, catalog version {}, built in {} ms", docs.length, words.length,
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

    private static Result run(Snapshot s, String folded, String fieldFolded, Query query, LocalDate today, boolean narrow) {
        String[] words = Folding.words(folded);
        if (words.length > MAX_WORDS) {
            words = Arrays.copyOf(words, MAX_WORDS);
        }
        int n = s.docs().length;
        BitSet candidates = new BitSet(n);
        candidates.set(0, n);
        int[] matchedWords = null;
        List<Term> terms = new ArrayList<>();
        boolean relaxed = false;
        if (words.length > 0) {
            matchedWords = new int[n];
            for (int i = 0; i < words.length; i++) {
                Term term = term(s, words[i], i == words.length - 1);
                terms.add(term);
                BitSet docs = term.docs(s, n);
                for (int d = docs.nextSetBit(0); d >= 0; d = docs.nextSetBit(d + 1)) {
                    matchedWords[d]++;
                }
                candidates.and(docs);
            }
            if (candidates.isEmpty()) {
                relaxed = true;
                int needed = Math.max(1, (words.length + 1) / 2);
                for (int d = 0; d < n; d++) {
                    if (matchedWords[d] >= needed) {
                        candidates.set(d);
                    }
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
        // Only documents with every word in the name (or the exact name, or a keyword equal to the query) can
        // rank in the first tiers. When they fill the pages asked, the others need no score; codes and
        // relaxed matches are scored in full.
        int keep = (int) Math.min((long) (query.page() + 1) * query.size(), n);
        BitSet scoredSet = candidates;
        if (narrow && !relaxed && !terms.isEmpty() && !folded.matches(".*\\d.*")) {
            BitSet inName = (BitSet) candidates.clone();
            for (Term term : terms) {
                inName.and(term.nameDocs(sets, n));
            }
            inName.or(intersect(Sets.or(sets.keywords(), folded), candidates));
            inName.or(intersect(Sets.or(sets.names(), folded), candidates));
            if (inName.cardinality() >= keep) {
                scoredSet = inName;
            }
        }
        java.util.PriorityQueue<Scored> best = new java.util.PriorityQueue<>(Math.max(1, keep + 1), ORDER.reversed());
        BitSet exactNames = Sets.or(sets.names(), folded);
        BitSet keywordMatches = Sets.or(sets.keywords(), folded);
        boolean codeLike = folded.contains(".");
        for (int d = scoredSet.nextSetBit(0); keep > 0 && d >= 0; d = scoredSet.nextSetBit(d + 1)) {
            Doc doc = s.docs()[d];
            int tier = tier(doc, d, folded, terms, relaxed, exactNames, keywordMatches, codeLike);
            // Once the pages asked are full, a document of a worse tier than the worst kept cannot get in.
            if (best.size() >= keep && tier > best.peek().tier()) {
                continue;
            }
            Scored scored = score(doc, tier, folded, terms, matchedWords == null ? 0 : words.length - matchedWords[d]);
            if (best.size() < keep) {
                best.add(scored);
            } else if (ORDER.compare(scored, best.peek()) < 0) {
                best.poll();
                best.add(scored);
            }
        }
        List<Scored> top = new ArrayList<>(best);
        top.sort(ORDER);
        int from = Math.min(query.page() * query.size(), top.size());
        List<Procedure> items = top.subList(from, top.size()).stream().map(x -> x.doc().procedure()).toList();
        return new Result(items, total, query.page(), query.size(), s.version());
    }

    private static BitSet intersect(BitSet a, BitSet b) {
        BitSet out = (BitSet) a.clone();
        out.and(b);
        return out;
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
        return c != 0 ? c : Integer.compare(a.rank(), b.rank());
    };

    private record Scored(Doc doc, int tier, int phrase, int missing, int nameMisses, int typos, int length, int rank) {
    }

    /** One query word and the indexed words it stands for: itself, near spellings, and (last word) those it begins. */
    private record Term(String word, boolean known, BitSet near, int prefixFrom, int prefixTo) {

        boolean exactOrPrefix(int id) {
            return id >= prefixFrom && id < prefixTo;
        }

        BitSet docs(Snapshot s, int n) {
            BitSet docs = new BitSet(n);
            for (int w = prefixFrom; w < prefixTo; w++) {
                for (int d : s.postings()[w]) {
                    docs.set(d);
                }
            }
            for (int w = near.nextSetBit(0); w >= 0; w = near.nextSetBit(w + 1)) {
                for (int d : s.postings()[w]) {
                    docs.set(d);
                }
            }
            return docs;
        }

        /** The documents with this word (or a word it begins, or a near spelling) in their name. */
        BitSet nameDocs(Sets sets, int n) {
            BitSet docs = new BitSet(n);
            for (int w = prefixFrom; w < prefixTo; w++) {
                for (int d : sets.namePostings()[w]) {
                    docs.set(d);
                }
            }
            for (int w = near.nextSetBit(0); w >= 0; w = near.nextSetBit(w + 1)) {
                for (int d : sets.namePostings()[w]) {
                    docs.set(d);
                }
            }
            return docs;
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
    }

    private static Term term(Snapshot s, String word, boolean last) {
        Integer id = s.wordIds().get(word);
        int from = id == null ? 0 : id;
        int to = id == null ? 0 : id + 1;
        if (last && word.length() >= 2) {
            int[] range = s.range(word);
            if (range[1] > range[0]) {
                from = range[0];
                to = range[1];
            }
        }
        BitSet near = new BitSet();
        if (to == from && word.length() >= 3) {
            int max = word.length() >= 7 ? 2 : 1;
            String[] words = s.words();
            for (int w = 0; w < words.length; w++) {
                if (Math.abs(words[w].length() - word.length()) <= max && Folding.distance(word, words[w], max) <= max) {
                    near.set(w);
                }
            }
        }
        return new Term(word, to > from, near, from, to);
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
        // A name can only start with the query when its first word is the query's first word (or, for a
        // one-word query, begins with it): an int test before the string one.
        int[] nameWords = doc.nameWords();
        if (nameWords.length > 0 && (folded.length() < 2 || terms.getFirst().exactOrPrefix(nameWords[0]))
                && doc.nameFolded().startsWith(folded)) {
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
        for (Term term : terms) {
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
        return new Scored(doc, tier, phrase, missing, nameMisses, typos, doc.nameWords().length, doc.nameRank());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
