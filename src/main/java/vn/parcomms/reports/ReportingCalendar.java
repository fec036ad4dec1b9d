package vn.parcomms.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.parcomms.organizations.OrganizationKind;

/**
 * The reporting calendar. By default the data of a period runs from the 15th of the month before it
 * to the 14th of its last month (Decree 09/2019/NĐ-CP, art. 12: a year from 15/12 of the year before
 * to 14/12); a setting switches to calendar periods. Reports fall due on a day of the period's last
 * month (Decree mode) or of the month after it (calendar mode): by default the 16th for communes,
 * departments and units, the 18th for a province.
 */
@Component
public class ReportingCalendar {

    private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-(M|Q|H)(\\d{1,2}))?");

    /** Where period data is cut. */
    public enum CutOff { DECREE_09, CALENDAR }

    private final CutOff cutOff;
    private final int bodyDueDay;
    private final int provinceDueDay;

    public ReportingCalendar(@Value("${parcomms.reports.cut-off:DECREE_09}") CutOff cutOff,
            @Value("${parcomms.reports.due-day.body:16}") int bodyDueDay,
            @Value("${parcomms.reports.due-day.province:18}") int provinceDueDay) {
        if (bodyDueDay < 1 || bodyDueDay > 28 || provinceDueDay < 1 || provinceDueDay > 28) {
            throw new IllegalArgumentException("report due days must be between 1 and 28");
        }
        this.cutOff = cutOff;
        this.bodyDueDay = bodyDueDay;
        this.provinceDueDay = provinceDueDay;
    }

    public CutOff cutOff() {
        return cutOff;
    }

    /** The period of a key, or {@code null} when the key is not one. */
    public ReportingPeriod period(String key) {
        Matcher m = key == null ? null : KEY.matcher(key.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            return null;
        }
        if (m.group(2) == null) {
            return of(PeriodType.ANNUAL, year, 1);
        }
        int n = Integer.parseInt(m.group(3));
        return switch (m.group(2)) {
            case "M" -> n >= 1 && n <= 12 && m.group(3).length() == 2 ? of(PeriodType.MONTHLY, year, n) : null;
            case "Q" -> n >= 1 && n <= 4 && m.group(3).length() == 1 ? of(PeriodType.QUARTERLY, year, n) : null;
            default -> n >= 1 && n <= 2 && m.group(3).length() == 1 ? of(PeriodType.SEMIANNUAL, year, n) : null;
        };
    }

    /** The n-th period of a type in a year (month 1–12, quarter 1–4, half 1–2; 1 for the year). */
    public ReportingPeriod of(PeriodType type, int year, int n) {
        YearMonth first = switch (type) {
            case MONTHLY -> YearMonth.of(year, n);
            case QUARTERLY -> YearMonth.of(year, 3 * n - 2);
            case SEMIANNUAL -> YearMonth.of(year, 6 * n - 5);
            case ANNUAL -> YearMonth.of(year, 1);
        };
        YearMonth last = switch (type) {
            case MONTHLY -> first;
            case QUARTERLY -> first.plusMonths(2);
            case SEMIANNUAL -> first.plusMonths(5);
            case ANNUAL -> YearMonth.of(year, 12);
        };
        String key = switch (type) {
            case MONTHLY -> "%d-M%02d".formatted(year, n);
            case QUARTERLY -> "%d-Q%d".formatted(year, n);
            case SEMIANNUAL -> "%d-H%d".formatted(year, n);
            case ANNUAL -> Integer.toString(year);
        };
        if (cutOff == CutOff.DECREE_09) {
            return new ReportingPeriod(type, key, first.minusMonths(1).atDay(15), last.atDay(14), last);
        }
        return new ReportingPeriod(type, key, first.atDay(1), last.atEndOfMonth(), last.plusMonths(1));
    }

    /** All periods of a type in a year, in order. */
    public List<ReportingPeriod> periods(PeriodType type, int year) {
        int count = switch (type) {
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            case SEMIANNUAL -> 2;
            case ANNUAL -> 1;
        };
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            periods.add(of(type, year, n));
        }
        return periods;
    }

    /** The period of a type whose data includes the given day. */
    public ReportingPeriod containing(PeriodType type, LocalDate day) {
        for (int year = day.getYear(); year <= day.getYear() + 1; year++) {
            for (ReportingPeriod period : periods(type, year)) {
                if (!day.isBefore(period.from()) && !day.isAfter(period.to())) {
                    return period;
                }
            }
        }
        throw new IllegalStateException("no period contains " + day);
    }

    /** When a body of this kind must submit its report of the period. */
    public LocalDate dueDate(ReportingPeriod period, OrganizationKind kind) {
        int day = kind == OrganizationKind.PROVINCE ? provinceDueDay : bodyDueDay;
        return period.dueMonth().atDay(day);
    }

    /** Whether the period's data is complete on the given day (its last day has passed). */
    public boolean closed(ReportingPeriod period, LocalDate today) {
        return today.isAfter(period.to());
    }
}
