package vn.parcomms.activities;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Grant;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.accounts.CurrentUser;
import vn.parcomms.activities.ActivityImports.ImportedRow;
import vn.parcomms.activities.ActivityImports.Prior;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.plans.InboxItem;
import vn.parcomms.plans.OccurrenceRef;
import vn.parcomms.plans.PlanManagement;
import vn.parcomms.plans.Term;
import vn.parcomms.plans.Term.Vocabulary;
import vn.parcomms.plans.Vocabularies;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.Texts;

/**
 * Imports activities from a spreadsheet for one body, all or nothing: every row is checked with the
 * rules of {@link ActivityManagement#record}, every problem is reported by row and column, and only a
 * file without problems is stored, in one transaction. A file is imported once per body (by content
 * hash), and rows already imported from another file are caught by their fingerprint.
 */
@Service
public class ActivityImport {

    private static final Logger log = LoggerFactory.getLogger(ActivityImport.class);
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([., \u00a0]\\d{3})+");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final ActivityImports imports;
    private final ImportTemplate template;
    private final PlanManagement plans;
    private final Vocabularies vocabularies;
    private final OrganizationDirectory organizations;
    private final AccessPolicy access;
    private final AccountDirectory accounts;
    private final ImportSettings settings;
    private final Clock clock;

    ActivityImport(ActivityImports imports, ImportTemplate template, PlanManagement plans, Vocabularies vocabularies,
            OrganizationDirectory organizations, AccessPolicy access, AccountDirectory accounts, ImportSettings settings,
            Clock clock) {
        this.imports = imports;
        this.template = template;
        this.plans = plans;
        this.vocabularies = vocabularies;
        this.organizations = organizations;
        this.access = access;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    /** The bodies the current user may import for: their own and those of their grants. */
    @Transactional(readOnly = true)
    public List<Organization> bodies() {
        Set<Long> ids = new LinkedHashSet<>();
        accounts.currentUser().ifPresent(user -> ids.add(user.organizationId()));
        for (Grant grant : access.currentActor().grants()) {
            if (grant.organizationId() != null && ActivityActions.RECORD.roles().contains(grant.role())) {
                ids.add(grant.organizationId());
            }
        }
        return ids.stream().map(organizations::find).flatMap(Optional::stream)
                .filter(body -> access.allows(ActivityActions.RECORD, body)).toList();
    }

    /** The most rows one file may hold. */
    public int maxRows() {
        return settings.maxRows();
    }

    /** The XLSX template for a body, with its vocabularies and task occurrences to choose from. */
    @Transactional(readOnly = true)
    public byte[] template(long organizationId) {
        Organization body = body(organizationId);
        return template.write(body, catalog(body));
    }

    /** An import the current user may read. */
    @Transactional(readOnly = true)
    public SpreadsheetImport get(long importId) {
        SpreadsheetImport found = imports.findById(importId)
                .orElseThrow(() -> new NotFoundException("activity.import.not-found", importId));
        access.check(ActivityActions.VIEW, organizations.get(found.organizationId()));
        return found;
    }

    /**
     * Imports a spreadsheet for a body.
     *
     * @return the new import, or the earlier one (marked as a repeat) when the same file was imported before
     * @throws ImportRejectedException when the file or any row has a problem; nothing is stored then
     */
    @Transactional
    public SpreadsheetImport importFile(long organizationId, String filename, byte[] content) {
        Organization body = body(organizationId);
        String sha256 = sha256(content);
        Optional<SpreadsheetImport> earlier = imports.find(body.id(), sha256);
        if (earlier.isPresent()) {
            return earlier.get().asRepeat();
        }
        long started = System.nanoTime();
        SheetRows.Content sheet = read(content);
        long parsed = System.nanoTime();
        List<ImportedRow> rows = validated(sheet, body);
        long checked = System.nanoTime();
        String name = filename == null ? null : Texts.clean(filename.length() > 255 ? filename.substring(0, 255) : filename);
        Long userId = accounts.currentUser().map(CurrentUser::id).orElse(null);
        String userName = accounts.currentUser().map(CurrentUser::fullName).orElse("Hệ thống");
        Optional<Long> claimed = imports.claim(body.id(), sha256, name, rows.size(), userId, userName);
        if (claimed.isEmpty()) {
            // Imported by a concurrent upload of the same file that committed while this one was checked.
            return imports.find(body.id(), sha256).orElseThrow().asRepeat();
        }
        long importId = claimed.get();
        imports.insertAll(importId, userId, rows);
        imports.recordEvents(importId, userId, userName,
                "Nhập từ bảng tính" + (name == null ? "" : " \"" + name + "\"") + " (lần nhập số " + importId + ")");
        log.info("Imported {} activities for organization {} (import {}): read {} ms, checked {} ms, stored {} ms",
                rows.size(), body.id(), importId, (parsed - started) / 1_000_000, (checked - parsed) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000);
        return imports.findById(importId).orElseThrow();
    }

    private Organization body(long organizationId) {
        Organization body = organizations.find(organizationId).orElseThrow(
                () -> new InvalidInputException("organizationId", "organization.not-found", organizationId));
        access.check(ActivityActions.RECORD, body);
        return body;
    }

    ImportCatalog catalog(Organization body) {
        Map<Vocabulary, Collection<Term>> terms = new EnumMap<>(Vocabulary.class);
        for (Vocabulary vocabulary : Vocabulary.values()) {
            terms.put(vocabulary, vocabularies.all(vocabulary));
        }
        List<InboxItem> occurrences = plans.inbox(body.id(), null, null, null);
        Map<Long, Integer> years = new HashMap<>();
        occurrences.forEach(item -> years.computeIfAbsent(item.planId(), id -> plans.get(id).year()));
        return new ImportCatalog(terms, occurrences, years);
    }

    private SheetRows.Content read(byte[] content) {
        try {
            SheetRows.Content sheet = SheetRows.read(content, settings.maxRows());
            if (sheet.rows().isEmpty()) {
                throw rejected(ImportProblem.ofFile("activity.import.no-rows"));
            }
            return sheet;
        } catch (SheetRows.Unreadable e) {
            if (e.getCause() != null) {
                log.info("Unreadable spreadsheet: {}", e.getCause().toString());
            }
            throw rejected(switch (e.failure()) {
                case NOT_XLSX -> ImportProblem.ofFile("activity.import.not-xlsx");
                case UNREADABLE -> ImportProblem.ofFile("activity.import.unreadable");
                case EMPTY -> ImportProblem.ofFile("activity.import.empty");
                case TOO_MANY_ROWS -> ImportProblem.ofFile("activity.import.too-many-rows", settings.maxRows());
            });
        }
    }

    private static ImportRejectedException rejected(ImportProblem problem) {
        return new ImportRejectedException(List.of(problem), 1);
    }

    /** Checks the header and every row; throws with all problems found, or returns the rows to store. */
    private List<ImportedRow> validated(SheetRows.Content sheet, Organization body) {
        Map<ImportColumn, Integer> columns = columns(sheet.header());
        var problems = new Problems(settings.maxErrors());
        ImportCatalog catalog = catalog(body);
        var check = new RowCheck(body, catalog, columns, problems);
        List<ImportedRow> rows = new ArrayList<>(sheet.rows().size());
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        for (SheetRows.Row row : sheet.rows()) {
            ImportedRow checked = check.row(row);
            if (checked == null) {
                continue;
            }
            Integer first = firstRowOfKey.putIfAbsent(checked.key(), row.number());
            if (first != null) {
                problems.add(ImportProblem.at(row.number(), null, "activity.import.duplicate-row", first));
            }
            rows.add(checked);
        }
        Map<String, Prior> priors = imports.priors(body.id(), firstRowOfKey.keySet());
        if (!priors.isEmpty()) {
            for (int i = 0; i < rows.size(); i++) {
                Prior prior = priors.get(rows.get(i).key());
                if (prior != null) {
                    problems.add(ImportProblem.at(check.rowNumber(i), null, "activity.import.already-imported-row",
                            WHEN.format(prior.importedAt().atZone(clock.getZone())), prior.activityId()));
                }
            }
        }
        if (problems.total > 0) {
            problems.list.sort(Comparator.comparing(ImportProblem::row));
            throw new ImportRejectedException(problems.list, problems.total);
        }
        return rows;
    }

    /** Column positions by header; a header that does not match the template rejects the file. */
    private static Map<ImportColumn, Integer> columns(SheetRows.Row header) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cell(i);
            if (text == null) {
                continue;
            }
            ImportColumn column = ImportColumn.byHeader(text);
            if (column == null) {
                problems.add(ImportProblem.ofFile("activity.import.column.unknown", Texts.clean(text)));
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(ImportProblem.ofFile("activity.import.column.duplicate", column.header()));
            }
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(ImportProblem.ofFile("activity.import.column.missing", column.header()));
            }
        }
        if (!problems.isEmpty()) {
            String expected = String.join(", ", Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList());
            problems.addFirst(ImportProblem.ofFile("activity.import.columns", header.number(), expected));
            throw new ImportRejectedException(problems, problems.size());
        }
        return columns;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first problems up to a limit, and the count of all. */
    private static final class Problems {
        private final int limit;
        private final List<ImportProblem> list = new ArrayList<>();
        private int total;

        Problems(int limit) {
            this.limit = limit;
        }

        void add(ImportProblem problem) {
            total++;
            if (list.size() < limit) {
                list.add(problem);
            }
        }
    }

    /**
     * The rules of {@link ActivityManagement} applied to one spreadsheet row, with every lookup in
     * memory: occurrences referenced by id ("#123") are fetched once each.
     */
    private final class RowCheck {

        private final Organization body;
        private final ImportCatalog catalog;
        private final Map<ImportColumn, Integer> columns;
        private final Problems problems;
        private final Map<Long, Optional<OccurrenceRef>> byId = new HashMap<>();
        private final List<Integer> rowNumbers = new ArrayList<>();
        private final MessageDigest digest;
        private SheetRows.Row row;
        private boolean failed;

        RowCheck(Organization body, ImportCatalog catalog, Map<ImportColumn, Integer> columns, Problems problems) {
            this.body = body;
            this.catalog = catalog;
            this.columns = columns;
            this.problems = problems;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The spreadsheet row number of the i-th accepted row. */
        int rowNumber(int index) {
            return rowNumbers.get(index);
        }

        /** The row as an activity, or {@code null} (with its problems recorded) when it has any. */
        ImportedRow row(SheetRows.Row current) {
            row = current;
            failed = false;
            Integer year = null;
            Long occurrenceId = null;
            String reference = text(ImportColumn.OCCURRENCE);
            if (reference != null) {
                Occurrence occurrence = occurrence(reference);
                if (occurrence != null) {
                    occurrenceId = occurrence.id();
                    year = occurrence.year();
                }
            }
            LocalDate start = date(ImportColumn.START_DATE);
            LocalDate end = date(ImportColumn.END_DATE);
            if (start == null && text(ImportColumn.START_DATE) == null) {
                fail(ImportColumn.START_DATE, "activity.import.required");
            }
            if (start != null && end != null && end.isBefore(start)) {
                fail(ImportColumn.END_DATE, "activity.end-before-start");
            }
            if (end == null && text(ImportColumn.END_DATE) == null) {
                end = start;
            }
            if (year != null && start != null && (start.getYear() != year || (end != null && end.getYear() != year))) {
                fail(start.getYear() != year ? ImportColumn.START_DATE : ImportColumn.END_DATE,
                        "activity.date.outside-year", year);
            }
            String channel = code(ImportColumn.CHANNEL, Vocabulary.CHANNEL, "activity.import.channel.unknown");
            if (channel == null && text(ImportColumn.CHANNEL) == null) {
                fail(ImportColumn.CHANNEL, "activity.import.required");
            }
            String deliverable = code(ImportColumn.DELIVERABLE, Vocabulary.DELIVERABLE, "activity.import.deliverable.unknown");
            String title = text(ImportColumn.TITLE);
            if (title == null) {
                fail(ImportColumn.TITLE, "activity.import.required");
            } else if (title.length() > 500) {
                fail(ImportColumn.TITLE, "activity.import.too-long", 500);
            }
            String description = raw(ImportColumn.DESCRIPTION);
            description = description == null || description.isBlank() ? null : Texts.nfc(description.strip());
            if (description != null && description.length() > 20_000) {
                fail(ImportColumn.DESCRIPTION, "activity.import.too-long", 20_000);
            }
            List<String> links = new ArrayList<>();
            String linkCell = raw(ImportColumn.LINKS);
            if (linkCell != null) {
                for (String link : linkCell.strip().split("[\\s;]+")) {
                    if (link.isEmpty()) {
                        continue;
                    }
                    if (!LINK.matcher(link).matches()) {
                        fail(ImportColumn.LINKS, "activity.link.invalid", link);
                    } else if (link.length() > 2_000) {
                        fail(ImportColumn.LINKS, "activity.import.too-long", 2_000);
                    }
                    links.add(Texts.clean(link));
                }
            }
            var reach = new RecordActivity.ReachFigures(number(ImportColumn.VIEWS, Long.MAX_VALUE),
                    number(ImportColumn.LISTENERS, Long.MAX_VALUE), number(ImportColumn.PARTICIPANTS, Long.MAX_VALUE),
                    number(ImportColumn.COPIES, Long.MAX_VALUE), integer(ImportColumn.BROADCASTS),
                    integer(ImportColumn.DURATION));
            List<String> topics = codes(ImportColumn.TOPICS, Vocabulary.TOPIC, "activity.import.topic.unknown");
            List<String> audiences = codes(ImportColumn.AUDIENCES, Vocabulary.AUDIENCE, "activity.import.audience.unknown");
            if (failed) {
                return null;
            }
            rowNumbers.add(row.number());
            var activity = new RecordActivity(body.id(), occurrenceId, start, end, channel, deliverable, title, description,
                    links, reach, topics, audiences, null);
            return new ImportedRow(activity, key(activity));
        }

        private record Occurrence(long id, int year) {
        }

        private Occurrence occurrence(String reference) {
            String id = reference.startsWith("#") ? reference.substring(1).strip() : null;
            if (id != null && id.matches("\\d{1,18}")) {
                OccurrenceRef ref = byId.computeIfAbsent(Long.parseLong(id), plans::occurrence).orElse(null);
                if (ref == null) {
                    fail(ImportColumn.OCCURRENCE, "activity.occurrence.not-found");
                    return null;
                }
                if (!plans.isAssigned(ref, body)) {
                    fail(ImportColumn.OCCURRENCE, "activity.occurrence.not-assigned", body.name());
                    return null;
                }
                return new Occurrence(ref.occurrenceId(), ref.planYear());
            }
            List<ImportCatalog.Choice> matches = catalog.resolve(reference);
            if (matches.isEmpty()) {
                fail(ImportColumn.OCCURRENCE, "activity.import.occurrence.unknown", reference, body.name());
                return null;
            }
            if (matches.size() > 1) {
                fail(ImportColumn.OCCURRENCE, "activity.import.occurrence.ambiguous", reference, matches.getFirst().reference());
                return null;
            }
            ImportCatalog.Choice choice = matches.getFirst();
            return new Occurrence(choice.item().occurrenceId(), choice.planYear());
        }

        private LocalDate date(ImportColumn column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            Matcher dayFirst = DAY_FIRST.matcher(value);
            Matcher iso = ISO.matcher(value);
            try {
                if (dayFirst.matches()) {
                    return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                            Integer.parseInt(dayFirst.group(1)));
                }
                if (iso.matches()) {
                    return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                            Integer.parseInt(iso.group(3)));
                }
            } catch (DateTimeException e) {
                // 31/02/2026 and the like: reported below
            }
            fail(column, "activity.import.date.invalid", value);
            return null;
        }

        private String code(ImportColumn column, Vocabulary vocabulary, String unknownKey) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            Term term = catalog.term(vocabulary, value);
            if (term == null) {
                fail(column, unknownKey, value);
                return null;
            }
            if (!term.active()) {
                fail(column, "activity.import.term.retired", value);
                return null;
            }
            return term.code();
        }

        private List<String> codes(ImportColumn column, Vocabulary vocabulary, String unknownKey) {
            String value = raw(column);
            if (value == null) {
                return List.of();
            }
            Set<String> codes = new LinkedHashSet<>();
            for (String part : value.split("[;\\n\\r]+")) {
                String clean = Texts.clean(part);
                if (clean == null) {
                    continue;
                }
                Term term = catalog.term(vocabulary, clean);
                if (term == null) {
                    fail(column, unknownKey, clean);
                } else if (!term.active()) {
                    fail(column, "activity.import.term.retired", clean);
                } else {
                    codes.add(term.code());
                }
            }
            return List.copyOf(codes);
        }

        private Long number(ImportColumn column, long max) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            String digits = GROUPED.matcher(value).matches() ? value.replaceAll("[., \u00a0]", "") : value;
            if (!digits.matches("-?\\d+")) {
                fail(column, "activity.import.number.invalid", value);
                return null;
            }
            if (digits.startsWith("-")) {
                fail(column, "activity.reach.negative");
                return null;
            }
            try {
                long number = Long.parseLong(digits);
                if (number > max) {
                    throw new NumberFormatException();
                }
                return number;
            } catch (NumberFormatException e) {
                fail(column, "activity.import.number.too-large", value);
                return null;
            }
        }

        private Integer integer(ImportColumn column) {
            Long value = number(column, Integer.MAX_VALUE);
            return value == null ? null : value.intValue();
        }

        /** The cell cleaned (NFC, single spaces), or {@code null} when empty or the column is absent. */
        private String text(ImportColumn column) {
            return Texts.clean(raw(column));
        }

        private String raw(ImportColumn column) {
            Integer index = columns.get(column);
            return index == null ? null : row.cell(index);
        }

        private void fail(ImportColumn column, String messageKey, Object... arguments) {
            failed = true;
            problems.add(ImportProblem.at(row.number(), column, messageKey, arguments));
        }

        /** Fingerprint: occurrence, dates, channel and title (case and diacritics folded). */
        private String key(RecordActivity a) {
            String text = body.id() + "|" + a.occurrenceId() + "|" + a.startDate() + "|" + a.endDate() + "|" + a.channel()
                    + "|" + ImportColumn.fold(a.title());
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
