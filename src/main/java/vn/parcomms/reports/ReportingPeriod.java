package vn.parcomms.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * One reporting period: its key (2026-M03, 2026-Q1, 2026-H1, 2026, as task occurrences use), the
 * days whose data it covers, and the month its report falls due in.
 *
 * @param type monthly, quarterly, half-yearly or yearly
 * @param key period key
 * @param from first day of data
 * @param to last day of data
 * @param dueMonth the month the report is due in
 */
public record ReportingPeriod(PeriodType type, String key, LocalDate from, LocalDate to, YearMonth dueMonth) {

    /** The label people read: "Tháng 03/2026", "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026". */
    public String label(Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        int year = Integer.parseInt(key.substring(0, 4));
        return switch (type) {
            case MONTHLY -> (en ? "Month " : "Tháng ") + key.substring(6) + "/" + year;
            case QUARTERLY -> (en ? "Q" + key.substring(6) + " " + year : "Quý " + roman(key.charAt(6) - '0') + "/" + year);
            case SEMIANNUAL -> key.endsWith("H1") ? (en ? "First half of " : "6 tháng đầu năm ") + year
                    : (en ? "Second half of " : "6 tháng cuối năm ") + year;
            case ANNUAL -> (en ? "Year " : "Năm ") + year;
        };
    }

    private static String roman(int quarter) {
        return switch (quarter) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }
}
