package vn.parcomms.plans;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the timing phrases of real plans ("Thường xuyên", "Định kỳ 01 lần/quý", "Quý III/2025",
 * "chậm nhất trước ngày 25 tháng 8 năm 2025", "nhân ngày 10/10") into schedules. It reads them with
 * or without diacritics and through common OCR damage, and never guesses: a phrase it does not
 * understand comes back as {@link Schedule.Unparsed} with a reason for the user.
 */
public final class ScheduleParser {

    private static final Pattern ONGOING = Pattern.compile(
            "\\bth\\w{1,4}ng\\s*xu\\w{0,3}n\\b|\\bxuyen\\s*suot\\b|\\blien\\s*tuc\\b|\\bca\\s*nam\\b|\\bquanh\\s*nam\\b");
    private static final Pattern MONTHLY = Pattern.compile(
            "\\bh[ao]ng\\s*thang\\b|\\bmoi\\s*thang\\b|lan\\s*/\\s*thang|\\bdinh\\s*ky\\s*thang\\b|\\btheo\\s*thang\\b");
    private static final Pattern QUARTERLY = Pattern.compile(
            "\\bh[ao]ng\\s*quy\\b|\\bmoi\\s*quy\\b|lan\\s*/\\s*quy|\\bdinh\\s*ky\\s*quy\\b|\\btheo\\s*quy\\b|\\bquy\\s*mot\\s*lan\\b");
    private static final Pattern SEMIANNUAL = Pattern.compile(
            "(^|[^\\d/])0?6\\s*thang(?!\\s*\\d)|\\bsau\\s*thang\\b|\\bnua\\s*nam\\b");
    private static final Pattern ANNUAL = Pattern.compile(
            "\\bh[ao]ng\\s*nam\\b|\\bmoi\\s*nam\\b|lan\\s*/\\s*nam|\\bdinh\\s*ky\\s*nam\\b|\\btheo\\s*nam\\b");
    private static final Pattern EVENT_DAY = Pattern.compile(
            "\\b(?:nhan|dip|vao|to\\s*chuc)\\b[^\\d]{0,40}?\\bngay\\b[^\\d]{0,40}?(\\d{1,2})\\s*(?:[/.-]|thang)\\s*(\\d{1,2})(?!\\s*(?:[/.-]|nam)\\s*\\d)");
    private static final Pattern DIGITAL_DAY = Pattern.compile("\\bngay\\s*chuyen\\s*doi\\s*so\\b");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{1,2})\\s*(?:[/.-]|\\s*thang\\s*)\\s*(\\d{1,2})(?:\\s*(?:[/.-]|\\s*nam\\s*)\\s*(\\d{4}))?");
    private static final Pattern DEADLINE = Pattern.compile("\\b(?:truoc|cham\\s*nhat|han|den\\s*ngay|hoan\\s*thanh)\\b");
    private static final Pattern QUARTER = Pattern.compile("\\bquy\\s*(iv|lv|1v|iii|ill|lll|1ll|l1l|ii|ll|1l|i|l|1|[1-4])\\b(?:\\s*(?:[/-]|nam)\\s*(\\d{4}))?");
    private static final Pattern WHOLE_YEAR = Pattern.compile("^(?:trong\\s*)?nam\\s*(\\d{4})$");
    private static final Pattern MONTH = Pattern.compile("\\bthang\\s*(\\d{1,2})\\b(?:\\s*(?:[/-]|nam)\\s*(\\d{4}))?");

    private ScheduleParser() {
    }

    /**
     * The result of reading one phrase.
     *
     * @param schedule the schedule, {@link Schedule.Unparsed} when not understood
     * @param text the phrase as written
     * @param understood whether a schedule was recognised
     * @param problem a Vietnamese explanation when not understood
     */
    public record ParsedSchedule(Schedule schedule, String text, boolean understood, String problem) {
    }

    public static ParsedSchedule parse(String phrase, int planYear) {
        String text = phrase == null ? null : Normalizer.normalize(phrase, Normalizer.Form.NFC).strip();
        if (text == null || text.isEmpty()) {
            return unparsed(text, "Chưa nhập thời gian thực hiện.");
        }
        String s = normalize(text);
        if (ONGOING.matcher(s).find()) {
            return understood(new Schedule.Ongoing(), text);
        }
        if (MONTHLY.matcher(s).find()) {
            return understood(new Schedule.Recurring(Frequency.MONTHLY), text);
        }
        if (QUARTERLY.matcher(s).find()) {
            return understood(new Schedule.Recurring(Frequency.QUARTERLY), text);
        }
        if (SEMIANNUAL.matcher(s).find()) {
            return understood(new Schedule.Recurring(Frequency.SEMIANNUAL), text);
        }
        if (ANNUAL.matcher(s).find()) {
            return understood(new Schedule.Recurring(Frequency.ANNUAL), text);
        }
        if (DIGITAL_DAY.matcher(s).find() && !DATE.matcher(s).find()) {
            return understood(new Schedule.OnDate(MonthDay.of(10, 10)), text);
        }
        Matcher event = EVENT_DAY.matcher(s);
        if (event.find()) {
            try {
                return understood(new Schedule.OnDate(MonthDay.of(Integer.parseInt(event.group(2)),
                        Integer.parseInt(event.group(1)))), text);
            } catch (DateTimeException e) {
                return unparsed(text, "Ngày trong “" + text + "” không có thật.");
            }
        }
        Matcher date = DATE.matcher(s);
        if (DEADLINE.matcher(s).find() && date.find()) {
            int year = date.group(3) == null ? planYear : Integer.parseInt(date.group(3));
            try {
                LocalDate day = LocalDate.of(year, Integer.parseInt(date.group(2)), Integer.parseInt(date.group(1)));
                if (year != planYear) {
                    return otherYear(text, planYear);
                }
                return understood(new Schedule.ByDate(day), text);
            } catch (DateTimeException e) {
                return unparsed(text, "Ngày trong “" + text + "” không có thật.");
            }
        }
        Matcher quarter = QUARTER.matcher(s);
        if (quarter.find()) {
            if (quarter.group(2) != null && Integer.parseInt(quarter.group(2)) != planYear) {
                return otherYear(text, planYear);
            }
            return understood(new Schedule.WithinQuarter(quarterNumber(quarter.group(1))), text);
        }
        Matcher wholeYear = WHOLE_YEAR.matcher(s);
        if (wholeYear.find()) {
            if (Integer.parseInt(wholeYear.group(1)) != planYear) {
                return otherYear(text, planYear);
            }
            return understood(new Schedule.Recurring(Frequency.ANNUAL), text);
        }
        Matcher month = MONTH.matcher(s);
        if (month.find()) {
            int m = Integer.parseInt(month.group(1));
            if (m < 1 || m > 12) {
                return unparsed(text, "Tháng trong “" + text + "” không có thật.");
            }
            if (month.group(2) != null && Integer.parseInt(month.group(2)) != planYear) {
                return otherYear(text, planYear);
            }
            return understood(new Schedule.WithinMonth(m), text);
        }
        return unparsed(text, "Không hiểu thời gian thực hiện “" + text + "”; hãy chọn lịch cụ thể.");
    }

    /** Lower case, no diacritics (đ → d), single spaces, and the OCR slips seen in scanned plans. */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        // OCR reads 0 as o and 1 as l or | next to digits: "2O26", "l0/10".
        s = s.replaceAll("(?<=\\d)o|o(?=\\d)", "0").replaceAll("(?<=\\d)[l|]|[l|](?=\\d)", "1");
        // Common garbling of vowels the diacritic strip leaves behind: "quỷ", "quý" are fine; "qui" is not.
        s = s.replaceAll("\\bqui\\b", "quy");
        return s.replaceAll("[\\s\u00a0]+", " ").strip();
    }

    private static int quarterNumber(String roman) {
        String r = roman.replace('l', 'i').replace('1', 'i');
        return switch (r) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(roman.replace('l', '1'));
        };
    }

    private static ParsedSchedule understood(Schedule schedule, String text) {
        return new ParsedSchedule(schedule, text, true, null);
    }

    private static ParsedSchedule unparsed(String text, String problem) {
        return new ParsedSchedule(new Schedule.Unparsed(text), text, false, problem);
    }

    private static ParsedSchedule otherYear(String text, int planYear) {
        return unparsed(text, "Thời gian “" + text + "” không thuộc năm của kế hoạch (" + planYear + ").");
    }
}
