package vn.parcomms.plans;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the “thời gian thực hiện” wording of a plan task, typed or OCR'd from a scanned plan, into
 * a {@link Schedule}. It never guesses: wording it does not fully understand, several different
 * dates, and dates in another year than the plan come back as {@link Schedule.Unparsed} with a
 * Vietnamese message, so a person chooses the schedule.
 */
public final class ScheduleParser {

    static final String BLANK = "Chưa nhập thời gian thực hiện.";
    static final String UNKNOWN = "Không hiểu thời gian thực hiện: “%s”; hãy chọn lịch cụ thể.";
    static final String OTHER_YEAR = "Thời gian “%s” không thuộc năm của kế hoạch (%d).";
    static final String SEVERAL = "Thời gian “%s” nêu nhiều mốc khác nhau; hãy chọn lịch cụ thể.";

    // Matching runs on a key without diacritics, so OCR that drops or swaps tone marks
    // ("Thuờng xuyén") reads like the clean text. Scanned digits come back as o/l/i ("2O26",
    // "l0/10"), so digit positions accept those letters too.
    private static final String DIGIT = "[0-9oli]";
    private static final String NUMBER = "(" + DIGIT + "{1,2})";
    private static final String YEAR = "(2[0o]" + DIGIT + "{2})";
    private static final String END = "(?![a-z0-9])";
    /** Roman quarter numbers with OCR's I/l/1 confusion: "Ill", "lll", "1ll" are III; "lV" is IV. */
    private static final String QUARTER = "([il1]v|[il1]{1,3}|0?[1-4])";
    private static final String YEAR_SUFFIX = "(?:\\s*,?\\s*(?:/|-|nam)\\s*" + YEAR + END + ")?";
    private static final String COUNT = "([0-9]" + DIGIT + "?|[oli][0-9]|mot)";

    private static final Pattern ONGOING = Pattern.compile(
            "(?<![a-z])th[a-z0-9]{1,3}ng ?xu?y[a-z0-9]{1,2}n(?![a-z])|(?<![a-z])lien tuc(?![a-z])");
    private static final Pattern EVERY_UNIT = Pattern.compile(
            "(?<![a-z])(?:hang|moi|dinh ky)\\s*(thang|quy|nam)(?![a-z])");
    private static final Pattern PER_UNIT = Pattern.compile(
            "(?<![a-z0-9])(?:" + COUNT + "\\s*)?lan\\s*(?:/|trong|moi|mot)\\s*(thang|quy|nam)(?![a-z])");
    private static final Pattern MONTHS_PER_TIME = Pattern.compile(
            "(?<![a-z0-9/])" + COUNT + "\\s*thang\\s*(?:/\\s*(?:(?:0?1|mot)\\s*)?lan|(?:0?1|mot)\\s*lan)(?![a-z])");
    private static final Pattern ONCE_PER_MONTHS = Pattern.compile(
            "(?<![a-z0-9])(?:" + COUNT + "\\s*)?lan\\s*/\\s*" + COUNT + "\\s*thang(?![a-z])");
    private static final Pattern EVERY_MONTHS = Pattern.compile(
            "(?<![a-z])(?:dinh ky|moi|hang)\\s*" + COUNT + "\\s*thang(?![a-z])(?!\\s*(?:dau|cuoi))");
    /** “Báo cáo 6 tháng”, but not the one-off “6 tháng đầu năm” nor the duration “trong 6 tháng”. */
    private static final Pattern SIX_MONTHS = Pattern.compile(
            "(?<![a-z0-9/])(?<!trong )0?6\\s*thang(?![a-z])(?!\\s*(?:dau|cuoi|giua|[0-9]|/\\s*[0-9]))");
    private static final Pattern BY_UNIT = Pattern.compile("(?<![a-z])theo (thang|quy|nam)(?!\\s*[a-z0-9])");
    private static final Pattern WHOLE_YEAR_WORDS = Pattern.compile("(?<![a-z])ca nam(?![a-z])");

    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![a-z0-9/.])(?<!thang ?)(?<!quy ?)" + NUMBER + "\\s*([/.-])\\s*" + NUMBER
                    + "(?:\\s*\\2\\s*" + YEAR + ")?(?![a-z0-9]|\\s*[/.-]\\s*[0-9])");
    private static final Pattern WORDED_DATE = Pattern.compile(
            "(?<![a-z0-9/])(?:(ngay)\\s*)?" + NUMBER + "\\s*thang\\s*" + NUMBER + END
                    + "(?:\\s*,?\\s*(?:nam|/)\\s*" + YEAR + END + ")?");
    private static final Pattern MONTH = Pattern.compile("(?<![a-z])thang\\s*" + NUMBER + END + YEAR_SUFFIX);
    private static final Pattern QUARTER_MENTION = Pattern.compile("(?<![a-z])quy\\s*" + QUARTER + END + YEAR_SUFFIX);
    private static final Pattern MORE_MONTHS = Pattern.compile(
            "^\\s*(?:,|-|va|den|toi|&|\\+)\\s*(?:thang\\s*)?" + NUMBER + END);
    private static final Pattern MORE_QUARTERS = Pattern.compile(
            "^\\s*(?:,|-|va|den|toi|&|\\+)\\s*(?:quy\\s*)?" + QUARTER + END);
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![a-z0-9])" + YEAR + END);
    private static final Pattern WHOLE_YEAR_PHRASE = Pattern.compile(
            "(?:(?:trong|suot|trong suot|cuoi) )?nam(?: " + YEAR + ")?|" + YEAR);

    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "(?<![a-z])(?:truoc|trudc|tru0c|cham nhat|muon nhat|han chot|han cuoi|thoi han|han)(?![a-z])"
                    + "|(?<![a-z])den(?: het)?\\s*(?:ngay\\s*)?$");
    /** “Từ ngày 1/3”, “sau ngày 10/10”: a start, not a deadline nor an event day. */
    private static final Pattern STARTS_AFTER = Pattern.compile(
            "(?<![a-z])(?:tu|sau|ke tu|bat dau(?: tu)?)\\s*(?:ngay\\s*)?$");
    /** “Trước tháng 6” (June itself or May?), “từ quý II”: not the period itself. */
    private static final Pattern AROUND_PERIOD = Pattern.compile(
            "(?<![a-z])(?:tu|sau|ke tu|bat dau(?: tu)?|truoc|trudc|den|toi)\\s*(?:het\\s*|cuoi\\s*|dau\\s*)?$");

    private ScheduleParser() {
    }

    /**
     * Reads {@code phrase} as the schedule of a task in the plan for {@code planYear}. Wording that
     * names both a rhythm and a period (“Thường xuyên, trọng tâm Quý III/2025”) keeps the rhythm;
     * “hằng năm” with one period (“Tháng 10 hằng năm”) keeps the period, which says when in the year.
     */
    public static ParsedSchedule parse(String phrase, int planYear) {
        String text = clean(phrase);
        if (text.isEmpty()) {
            return notUnderstood(text, BLANK);
        }
        String key = key(text);
        Rhythm rhythm = rhythm(key);
        if (rhythm.unsupported) {
            return notUnderstood(text, UNKNOWN.formatted(text));
        }
        if (rhythm.ongoing) {
            // Monthly is finer than the quarterly follow-up of ongoing work, so it is worth keeping.
            Schedule schedule = rhythm.frequencies.contains(Frequency.MONTHLY)
                    ? new Schedule.Recurring(Frequency.MONTHLY)
                    : new Schedule.Ongoing();
            return understood(schedule, text);
        }
        if (!rhythm.frequencies.isEmpty()) {
            // "Hằng tháng, quý, năm" lists the reports of one activity; the finest covers the others.
            Frequency finest = rhythm.frequencies.iterator().next();
            if (finest == Frequency.ANNUAL && !rhythm.wholeYear) {
                ParsedSchedule period = period(text, key, planYear);
                if (period.understood()) {
                    return period;
                }
            }
            return understood(new Schedule.Recurring(finest), text);
        }
        return period(text, key, planYear);
    }

    /** NFC with whitespace runs collapsed: the form the phrase is kept in. */
    static String clean(String phrase) {
        if (phrase == null) {
            return "";
        }
        return Normalizer.normalize(phrase, Normalizer.Form.NFC).replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    /** Lower case, no diacritics (đ and the look-alike ð become d), dashes unified, spaces collapsed. */
    static String key(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'd').replace('ð', 'd').replace('Ð', 'd')
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replace('\u2044', '/')
                .replaceAll("[\\s\\p{Z}]+", " ")
                .strip();
    }

    private static final class Rhythm {
        boolean ongoing;
        boolean unsupported;
        boolean wholeYear;
        final Set<Frequency> frequencies = EnumSet.noneOf(Frequency.class);

        void add(Frequency frequency) {
            if (frequency == null) {
                unsupported = true;
            } else {
                frequencies.add(frequency);
            }
        }
    }

    private static Rhythm rhythm(String key) {
        Rhythm rhythm = new Rhythm();
        rhythm.ongoing = ONGOING.matcher(key).find();
        for (Matcher m = EVERY_UNIT.matcher(key); m.find(); ) {
            rhythm.add(perUnit(1, m.group(1)));
        }
        for (Matcher m = BY_UNIT.matcher(key); m.find(); ) {
            rhythm.add(perUnit(1, m.group(1)));
        }
        for (Matcher m = PER_UNIT.matcher(key); m.find(); ) {
            rhythm.add(perUnit(m.group(1) == null ? 1 : count(m.group(1)), m.group(2)));
        }
        for (Matcher m = MONTHS_PER_TIME.matcher(key); m.find(); ) {
            rhythm.add(everyMonths(count(m.group(1))));
        }
        for (Matcher m = ONCE_PER_MONTHS.matcher(key); m.find(); ) {
            boolean once = m.group(1) == null || count(m.group(1)) == 1;
            rhythm.add(once ? everyMonths(count(m.group(2))) : null);
        }
        for (Matcher m = EVERY_MONTHS.matcher(key); m.find(); ) {
            rhythm.add(everyMonths(count(m.group(1))));
        }
        if (SIX_MONTHS.matcher(key).find()) {
            rhythm.add(Frequency.SEMIANNUAL);
        }
        if (WHOLE_YEAR_WORDS.matcher(key).find()) {
            rhythm.wholeYear = true;
            rhythm.add(Frequency.ANNUAL);
        }
        return rhythm;
    }

    /** {@code null} for rhythms no {@link Frequency} expresses, such as “2 lần/tháng”. */
    private static Frequency perUnit(int times, String unit) {
        return switch (unit) {
            case "thang" -> times == 1 ? Frequency.MONTHLY : null;
            case "quy" -> times == 1 ? Frequency.QUARTERLY : null;
            default -> switch (times) {
                case 1 -> Frequency.ANNUAL;
                case 2 -> Frequency.SEMIANNUAL;
                case 4 -> Frequency.QUARTERLY;
                case 12 -> Frequency.MONTHLY;
                default -> null;
            };
        };
    }

    private static Frequency everyMonths(int months) {
        return switch (months) {
            case 1 -> Frequency.MONTHLY;
            case 3 -> Frequency.QUARTERLY;
            case 6 -> Frequency.SEMIANNUAL;
            case 12 -> Frequency.ANNUAL;
            default -> null;
        };
    }

    private static int count(String count) {
        return count.equals("mot") ? 1 : Integer.parseInt(digits(count));
    }

    private record DateMention(MonthDay day, boolean deadline) {
    }

    /** Dates, months and quarters named in the phrase, read most specific first. */
    private static final class Mentions {
        final List<DateMention> dates = new ArrayList<>();
        final Set<Integer> months = new TreeSet<>();
        final Set<Integer> quarters = new TreeSet<>();
        boolean several;
        boolean vague;
        boolean invalid;

        boolean none() {
            return dates.isEmpty() && months.isEmpty() && quarters.isEmpty();
        }
    }

    private static ParsedSchedule period(String text, String key, int planYear) {
        Mentions mentions = mentions(key);
        if (mentions.vague) {
            return notUnderstood(text, UNKNOWN.formatted(text));
        }
        if (mentions.none() && !WHOLE_YEAR_PHRASE.matcher(key.replaceAll("[^a-z0-9 ]", " ")
                .replaceAll(" +", " ").strip()).matches()) {
            return notUnderstood(text, UNKNOWN.formatted(text));
        }
        for (Matcher m = ANY_YEAR.matcher(key); m.find(); ) {
            if (Integer.parseInt(digits(m.group(1))) != planYear) {
                return notUnderstood(text, OTHER_YEAR.formatted(text, planYear));
            }
        }
        if (mentions.several) {
            return notUnderstood(text, SEVERAL.formatted(text));
        }
        if (mentions.invalid) {
            return notUnderstood(text, UNKNOWN.formatted(text));
        }
        if (mentions.none()) {
            return understood(new Schedule.Recurring(Frequency.ANNUAL), text);
        }
        Schedule schedule;
        try {
            schedule = mostSpecific(mentions, planYear);
        } catch (DateTimeException e) {
            return notUnderstood(text, UNKNOWN.formatted(text));
        }
        return schedule == null
                ? notUnderstood(text, SEVERAL.formatted(text))
                : understood(schedule, text);
    }

    /** The one date, month or quarter named, provided every other mention contains it. */
    private static Schedule mostSpecific(Mentions mentions, int planYear) {
        if (!mentions.dates.isEmpty()) {
            if (mentions.dates.stream().map(DateMention::day).distinct().count() > 1) {
                return null;
            }
            MonthDay day = mentions.dates.getFirst().day();
            if (!mentions.months.stream().allMatch(month -> month == day.getMonthValue())
                    || !mentions.quarters.stream().allMatch(quarter -> quarter == Periods.quarterOf(day.getMonthValue()))) {
                return null;
            }
            if (mentions.dates.stream().anyMatch(DateMention::deadline)) {
                // Throws for 29/02 in a plan year that has none; the caller reports it as not understood.
                return new Schedule.ByDate(LocalDate.of(planYear, day.getMonthValue(), day.getDayOfMonth()));
            }
            return new Schedule.OnDate(day);
        }
        if (!mentions.months.isEmpty()) {
            if (mentions.months.size() > 1) {
                return null;
            }
            int month = mentions.months.iterator().next();
            if (!mentions.quarters.stream().allMatch(quarter -> quarter == Periods.quarterOf(month))) {
                return null;
            }
            return new Schedule.WithinMonth(month);
        }
        if (mentions.quarters.size() > 1) {
            return null;
        }
        return new Schedule.WithinQuarter(mentions.quarters.iterator().next());
    }

    private static Mentions mentions(String key) {
        Mentions mentions = new Mentions();
        // Each date found is blanked out so its "tháng 10" is not read again as a month.
        StringBuilder rest = new StringBuilder(key);
        for (Matcher m = WORDED_DATE.matcher(key); m.find(); ) {
            if (m.group(1) == null && m.group(4) == null) {
                continue; // "6 tháng 10" without "ngày" or a year is too loose to be a date
            }
            if (hasDigit(m.group(2)) && hasDigit(m.group(3))) {
                date(mentions, key, m.start(), m.group(2), m.group(3), m.group(4));
                blank(rest, m);
            }
        }
        for (Matcher m = NUMERIC_DATE.matcher(rest.toString()); m.find(); ) {
            boolean withYear = m.group(4) != null;
            if (!withYear && m.group(2).equals(".")) {
                continue; // "1.5" is a number, not 1 May
            }
            if (hasDigit(m.group(1)) && hasDigit(m.group(3))) {
                date(mentions, rest.toString(), m.start(), m.group(1), m.group(3), m.group(4));
                blank(rest, m);
            }
        }
        String masked = rest.toString();
        for (Matcher m = MONTH.matcher(masked); m.find(); ) {
            // Months are written in digits, so a lone "l" after "tháng" is a scanned 1; "ll" could
            // be 11 or a Roman II and is left alone.
            if (!hasDigit(m.group(1)) && m.group(1).length() > 1) {
                continue;
            }
            int month = Integer.parseInt(digits(m.group(1)));
            if (month < 1 || month > 12) {
                mentions.invalid = true;
                continue;
            }
            mentions.months.add(month);
            mentions.vague |= AROUND_PERIOD.matcher(masked.substring(0, m.start())).find();
            mentions.several |= MORE_MONTHS.matcher(masked.substring(m.end())).find();
        }
        for (Matcher m = QUARTER_MENTION.matcher(masked); m.find(); ) {
            mentions.quarters.add(quarter(m.group(1)));
            mentions.vague |= AROUND_PERIOD.matcher(masked.substring(0, m.start())).find();
            mentions.several |= MORE_QUARTERS.matcher(masked.substring(m.end())).find();
        }
        return mentions;
    }

    private static void date(Mentions mentions, String key, int start, String day, String month, String year) {
        String before = key.substring(0, start);
        if (STARTS_AFTER.matcher(before).find()) {
            mentions.vague = true;
            return;
        }
        int d = Integer.parseInt(digits(day));
        int m = Integer.parseInt(digits(month));
        Integer y = year == null ? null : Integer.parseInt(digits(year));
        try {
            MonthDay.of(m, d);
            if (y != null) {
                LocalDate.of(y, m, d);
            }
        } catch (DateTimeException e) {
            mentions.invalid = true;
            return;
        }
        mentions.dates.add(new DateMention(MonthDay.of(m, d), DEADLINE_BEFORE.matcher(before).find()));
    }

    private static int quarter(String token) {
        if (token.endsWith("v")) {
            return 4;
        }
        if (token.matches("[il1]{1,3}")) {
            return token.length();
        }
        return Integer.parseInt(token);
    }

    private static void blank(StringBuilder text, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            text.setCharAt(i, '#');
        }
    }

    private static boolean hasDigit(String token) {
        return token.chars().anyMatch(Character::isDigit);
    }

    /** OCR'd digits back to digits: o → 0, l and i → 1. */
    private static String digits(String token) {
        return token.replace('o', '0').replace('l', '1').replace('i', '1');
    }

    private static ParsedSchedule understood(Schedule schedule, String text) {
        return new ParsedSchedule(schedule, text, true, null);
    }

    private static ParsedSchedule notUnderstood(String text, String problem) {
        return new ParsedSchedule(new Schedule.Unparsed(text), text, false, problem);
    }
}
