package vn.parcomms.plans;

import java.time.LocalDate;
import java.time.YearMonth;

/** The calendar periods schedules are expanded into; one place for their keys and bounds. */
final class Periods {

    private Periods() {
    }

    static Occurrence month(int year, int month) {
        YearMonth period = YearMonth.of(year, month);
        return new Occurrence("%d-M%02d".formatted(year, month), period.atDay(1), period.atEndOfMonth());
    }

    static Occurrence quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, 3 * quarter - 2);
        YearMonth last = YearMonth.of(year, 3 * quarter);
        return new Occurrence("%d-Q%d".formatted(year, quarter), first.atDay(1), last.atEndOfMonth());
    }

    static Occurrence half(int year, int half) {
        YearMonth first = YearMonth.of(year, 6 * half - 5);
        YearMonth last = YearMonth.of(year, 6 * half);
        return new Occurrence("%d-H%d".formatted(year, half), first.atDay(1), last.atEndOfMonth());
    }

    static Occurrence wholeYear(int year) {
        return new Occurrence(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    static int quarterOf(int month) {
        return (month - 1) / 3 + 1;
    }
}
