package vn.parcomms.plans;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * When a task is due, as Vietnamese plans say it: continuously, periodically, within a month or
 * quarter, by a date, or on an event day. Every schedule turns into dated occurrences within the
 * plan year and never outside it.
 */
public sealed interface Schedule {

    /** The occurrences in the plan year, in date order. */
    List<Occurrence> occurrencesIn(int year);

    /** Stable text form for storage: ONGOING, RECURRING:QUARTERLY, MONTH:10, QUARTER:3, BY:2026-02-28, ON:10-10, UNPARSED. */
    String code();

    /** Inverts {@link #code()}; anything unreadable becomes {@link Unparsed} with the original phrase. */
    static Schedule fromCode(String code, String text) {
        if (code == null) {
            return new Unparsed(text);
        }
        try {
            String[] parts = code.split(":", 2);
            return switch (parts[0]) {
                case "ONGOING" -> new Ongoing();
                case "RECURRING" -> new Recurring(Frequency.valueOf(parts[1]));
                case "MONTH" -> new WithinMonth(Integer.parseInt(parts[1]));
                case "QUARTER" -> new WithinQuarter(Integer.parseInt(parts[1]));
                case "BY" -> new ByDate(LocalDate.parse(parts[1]));
                case "ON" -> new OnDate(MonthDay.parse("--" + parts[1]));
                default -> new Unparsed(text);
            };
        } catch (RuntimeException e) {
            return new Unparsed(text);
        }
    }

    /** "Thường xuyên": one occurrence per quarter, the reporting rhythm of continuous work. */
    record Ongoing() implements Schedule {
        @Override
        public List<Occurrence> occurrencesIn(int year) {
            return new Recurring(Frequency.QUARTERLY).occurrencesIn(year);
        }

        @Override
        public String code() {
            return "ONGOING";
        }
    }

    /** "Hằng tháng", "Định kỳ 01 lần/quý", "6 tháng", "Hằng năm". */
    record Recurring(Frequency frequency) implements Schedule {
        @Override
        public List<Occurrence> occurrencesIn(int year) {
            List<Occurrence> occurrences = new ArrayList<>();
            switch (frequency) {
                case MONTHLY -> {
                    for (int m = 1; m <= 12; m++) {
                        YearMonth month = YearMonth.of(year, m);
                        occurrences.add(new Occurrence("%d-M%02d".formatted(year, m), month.atDay(1), month.atEndOfMonth()));
                    }
                }
                case QUARTERLY -> {
                    for (int q = 1; q <= 4; q++) {
                        occurrences.add(WithinQuarter.occurrence(year, q));
                    }
                }
                case SEMIANNUAL -> {
                    occurrences.add(new Occurrence(year + "-H1", LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30)));
                    occurrences.add(new Occurrence(year + "-H2", LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31)));
                }
                case ANNUAL -> occurrences.add(new Occurrence(String.valueOf(year), LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31)));
            }
            return occurrences;
        }

        @Override
        public String code() {
            return "RECURRING:" + frequency.name();
        }
    }

    /** "Tháng 10/2026": due at the end of that month. */
    record WithinMonth(int month) implements Schedule {
        public WithinMonth {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month " + month);
            }
        }

        @Override
        public List<Occurrence> occurrencesIn(int year) {
            YearMonth ym = YearMonth.of(year, month);
            return List.of(new Occurrence("%d-M%02d".formatted(year, month), ym.atDay(1), ym.atEndOfMonth()));
        }

        @Override
        public String code() {
            return "MONTH:" + month;
        }
    }

    /** "Quý III/2025": due at the end of that quarter. */
    record WithinQuarter(int quarter) implements Schedule {
        public WithinQuarter {
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("quarter " + quarter);
            }
        }

        static Occurrence occurrence(int year, int quarter) {
            YearMonth first = YearMonth.of(year, quarter * 3 - 2);
            YearMonth last = YearMonth.of(year, quarter * 3);
            return new Occurrence(year + "-Q" + quarter, first.atDay(1), last.atEndOfMonth());
        }

        @Override
        public List<Occurrence> occurrencesIn(int year) {
            return List.of(occurrence(year, quarter));
        }

        @Override
        public String code() {
            return "QUARTER:" + quarter;
        }
    }

    /** "Trước ngày 28/02/2026": one occurrence due that day, if it lies in the plan year. */
    record ByDate(LocalDate date) implements Schedule {
        @Override
        public List<Occurrence> occurrencesIn(int year) {
            if (date.getYear() != year) {
                return List.of();
            }
            return List.of(new Occurrence("%d-BY-%02d-%02d".formatted(year, date.getMonthValue(), date.getDayOfMonth()),
                    LocalDate.of(year, 1, 1), date));
        }

        @Override
        public String code() {
            return "BY:" + date;
        }
    }

    /** "Nhân ngày 10/10": the event day of the plan year. */
    record OnDate(MonthDay day) implements Schedule {
        @Override
        public List<Occurrence> occurrencesIn(int year) {
            LocalDate date = day.atYear(year);
            return List.of(new Occurrence("%d-%02d-%02d".formatted(year, date.getMonthValue(), date.getDayOfMonth()),
                    date, date));
        }

        @Override
        public String code() {
            return "ON:%02d-%02d".formatted(day.getMonthValue(), day.getDayOfMonth());
        }
    }

    /** A phrase the parser did not understand: kept as written, produces nothing until someone decides. */
    record Unparsed(String text) implements Schedule {
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
