package vn.parcomms.plans;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * When a plan task is carried out, as read from the plan's “thời gian thực hiện” column, and the
 * occurrences it falls due in one plan year. Occurrences never fall outside that year: a schedule
 * that would (a deadline in another year) yields none, and the caller flags it.
 */
public sealed interface Schedule {

    /** The occurrences due in {@code year}, in date order; empty when none falls in that year. */
    List<Occurrence> occurrencesIn(int year);

    /**
     * Stable text form for storage: {@code ONGOING}, {@code RECURRING:QUARTERLY}, {@code MONTH:10},
     * {@code QUARTER:3}, {@code BY:2026-02-28}, {@code ON:10-10}, {@code UNPARSED}.
     */
    String code();

    /**
     * Inverts {@link #code()}. The original phrase travels separately because only {@link Unparsed}
     * needs it back.
     *
     * @throws IllegalArgumentException when {@code code} is not one {@link #code()} produces
     */
    static Schedule fromCode(String code, String text) {
        Objects.requireNonNull(code, "code");
        int colon = code.indexOf(':');
        String kind = colon < 0 ? code : code.substring(0, colon);
        String value = colon < 0 ? null : code.substring(colon + 1);
        try {
            Schedule schedule = switch (kind) {
                case "ONGOING" -> new Ongoing();
                case "RECURRING" -> new Recurring(Frequency.valueOf(required(value)));
                case "MONTH" -> new WithinMonth(Integer.parseInt(required(value)));
                case "QUARTER" -> new WithinQuarter(Integer.parseInt(required(value)));
                case "BY" -> new ByDate(LocalDate.parse(required(value)));
                case "ON" -> new OnDate(MonthDay.parse("--" + required(value)));
                case "UNPARSED" -> new Unparsed(text);
                default -> throw new IllegalArgumentException("unknown kind");
            };
            // Rejects trailing junk and non-canonical spellings ("MONTH:010"), so stored codes stay comparable.
            if (!schedule.code().equals(code)) {
                throw new IllegalArgumentException("not in canonical form");
            }
            return schedule;
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("Not a schedule code: " + code, e);
        }
    }

    private static String required(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing value");
        }
        return value;
    }

    /** “Thường xuyên”: continuous work, followed up once a quarter. */
    record Ongoing() implements Schedule {

        @Override
        public List<Occurrence> occurrencesIn(int year) {
            return IntStream.rangeClosed(1, 4).mapToObj(quarter -> Periods.quarter(year, quarter)).toList();
        }

        @Override
        public String code() {
            return "ONGOING";
        }
    }

    /** “Hằng tháng”, “Định kỳ 01 lần/quý”, “06 tháng/lần”, “Hằng năm”. */
    record Recurring(Frequency frequency) implements Schedule {

        public Recurring {
            Objects.requireNonNull(frequency, "frequency");
        }

        @Override
        public List<Occurrence> occurrencesIn(int year) {
            return switch (frequency) {
                case MONTHLY -> IntStream.rangeClosed(1, 12).mapToObj(month -> Periods.month(year, month)).toList();
                case QUARTERLY -> IntStream.rangeClosed(1, 4).mapToObj(quarter -> Periods.quarter(year, quarter)).toList();
                case SEMIANNUAL -> List.of(Periods.half(year, 1), Periods.half(year, 2));
                case ANNUAL -> List.of(Periods.wholeYear(year));
            };
        }

        @Override
        public String code() {
            return "RECURRING:" + frequency.name();
        }
    }

    /** “Tháng 10/2026”, “trong tháng 3”: once, due the last day of that month. */
    record WithinMonth(int month) implements Schedule {

        public WithinMonth {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month must be 1..12, was " + month);
            }
        }

        @Override
        public List<Occurrence> occurrencesIn(int year) {
            return List.of(Periods.month(year, month));
        }

        @Override
        public String code() {
            return "MONTH:" + month;
        }
    }

    /** “Quý III/2025”, “quý 3”: once, due the last day of that quarter. */
    record WithinQuarter(int quarter) implements Schedule {

        public WithinQuarter {
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("quarter must be 1..4, was " + quarter);
            }
        }

        @Override
        public List<Occurrence> occurrencesIn(int year) {
            return List.of(Periods.quarter(year, quarter));
        }

        @Override
        public String code() {
            return "QUARTER:" + quarter;
        }
    }

    /**
     * “Trước ngày 28/02/2026”: once, due that date, counted from the start of the year. A date in
     * another year gives no occurrence rather than one outside the plan year.
     */
    record ByDate(LocalDate date) implements Schedule {

        public ByDate {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public List<Occurrence> occurrencesIn(int year) {
            if (date.getYear() != year) {
                return List.of();
            }
            String key = "%d-BY-%02d-%02d".formatted(year, date.getMonthValue(), date.getDayOfMonth());
            return List.of(new Occurrence(key, LocalDate.of(year, 1, 1), date));
        }

        @Override
        public String code() {
            return "BY:" + date;
        }
    }

    /**
     * “Nhân ngày 10/10”: an event day, once on that day. 29/02 falls on 28/02 in other years so the
     * event is not silently dropped.
     */
    record OnDate(MonthDay day) implements Schedule {

        public OnDate {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public List<Occurrence> occurrencesIn(int year) {
            LocalDate date = day.atYear(year);
            return List.of(new Occurrence(date.toString(), date, date));
        }

        @Override
        public String code() {
            return "ON:%02d-%02d".formatted(day.getMonthValue(), day.getDayOfMonth());
        }
    }

    /** Wording that was not understood; kept as written so a person can choose the schedule. */
    record Unparsed(String text) implements Schedule {

        public Unparsed {
            text = text == null ? "" : text;
        }

        @Override
        public List<Occurrence> occurrencesIn(int year) {
            return List.of();
        }

        @Override
        public String code() {
            return "UNPARSED";
        }
    }
}
