package vn.parcomms.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The Vietnamese texts of reminder e-mails and notifications: a plain-text body and the same as
 * simple HTML. E-mails go to public bodies in Vietnamese, whatever language the sender's screen uses.
 */
final class ReminderTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-M(\\d{2})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final String FOOTER = "Thư này được ParComms gửi tự động; vui lòng không trả lời thư này.";

    private ReminderTexts() {
    }

    static String day(LocalDate date) {
        return date.format(DAY);
    }

    /** "Quý I/2026", "Tháng 03/2026", "6 tháng đầu năm 2026", "Năm 2026"; other keys as they are. */
    static String period(String key) {
        Matcher m;
        if ((m = QUARTER.matcher(key)).matches()) {
            return "Quý " + ROMAN[Integer.parseInt(m.group(2)) - 1] + "/" + m.group(1);
        }
        if ((m = MONTH.matcher(key)).matches()) {
            return "Tháng " + m.group(2) + "/" + m.group(1);
        }
        if ((m = HALF.matcher(key)).matches()) {
            return ("1".equals(m.group(2)) ? "6 tháng đầu năm " : "6 tháng cuối năm ") + m.group(1);
        }
        if (YEAR.matcher(key).matches()) {
            return "Năm " + key;
        }
        return key;
    }

    static String plan(String number, String title, String issuer) {
        return "Kế hoạch số " + number + " của " + issuer + " (" + title + ")";
    }

    /** An automatic reminder before the due date or after it was missed. */
    static Reminders.Content automatic(Reminders.Due due, LocalDate today, String link) {
        boolean before = due.kind() == ReminderKind.BEFORE_DUE;
        String task = due.taskNumber() + ". " + due.taskTitle();
        String subject = before
                ? "Nhắc việc: nhiệm vụ " + due.taskNumber() + " đến hạn ngày " + day(due.dueDate())
                : "Nhắc việc: nhiệm vụ " + due.taskNumber() + " đã quá hạn ngày " + day(due.dueDate());
        long days = Math.abs(today.until(due.dueDate(), java.time.temporal.ChronoUnit.DAYS));
        String lead = before
                ? "Nhiệm vụ sau sắp đến hạn (còn " + days + " ngày) và chưa có kết quả được duyệt:"
                : "Nhiệm vụ sau đã quá hạn " + days + " ngày và chưa có kết quả được duyệt:";
        List<String[]> facts = List.of(
                new String[] {"Kế hoạch", plan(due.planNumber(), due.planTitle(), due.issuerName())},
                new String[] {"Nhiệm vụ", task},
                new String[] {"Kỳ thực hiện", period(due.periodKey())},
                new String[] {"Hạn hoàn thành", day(due.dueDate())});
        String action = "Đề nghị đơn vị thực hiện và cập nhật kết quả trên ParComms:";
        return new Reminders.Content(subject, text(due.leadName(), lead, facts, null, action, link),
                html(due.leadName(), lead, facts, null, action, link), link);
    }

    /** A coordinator's chase of one body, listing its overdue occurrences. */
    static Reminders.Content chase(String planNumber, String planTitle, String issuer, LateBody body, String senderName,
            String message, String link) {
        String subject = "Đôn đốc: " + body.occurrences().size() + " nhiệm vụ quá hạn của Kế hoạch số " + planNumber;
        String lead = issuer + " đôn đốc đơn vị thực hiện các nhiệm vụ đã quá hạn của "
                + plan(planNumber, planTitle, issuer) + ":";
        List<String[]> facts = body.occurrences().stream()
                .map(o -> new String[] {o.taskNumber() + ". " + o.taskTitle(), period(o.periodKey()) + ", hạn "
                        + day(o.dueDate()) + " (quá hạn " + o.daysLate() + " ngày)"})
                .toList();
        String note = message == null ? null : "Lời nhắn của " + senderName + ": " + message;
        String action = "Đề nghị đơn vị khẩn trương thực hiện và cập nhật kết quả trên ParComms:";
        return new Reminders.Content(subject, text(body.name(), lead, facts, note, action, link),
                html(body.name(), lead, facts, note, action, link), link);
    }

    /** One e-mail listing several reminders, for users who chose a daily digest. */
    static String[] digest(LocalDate day, List<Reminders.Delivery> items) {
        String subject = "Nhắc việc hằng ngày " + day(day) + ": " + items.size() + " thông báo";
        var text = new StringBuilder("Các nhắc việc và đôn đốc gửi đến bạn:\n\n");
        var html = new StringBuilder("<p>Các nhắc việc và đôn đốc gửi đến bạn:</p>\n");
        int n = 1;
        for (Reminders.Delivery item : items) {
            text.append(n).append(". ").append(item.subject()).append("\n\n").append(item.text()).append("\n\n");
            html.append("<h2 style=\"font-size:1.1em\">").append(n).append(". ").append(escape(item.subject()))
                    .append("</h2>\n").append(item.html()).append("\n<hr>\n");
            n++;
        }
        return new String[] {subject, text.toString(), html.toString()};
    }

    private static String text(String to, String lead, List<String[]> facts, String note, String action, String link) {
        var text = new StringBuilder("Kính gửi: ").append(to).append("\n\n").append(lead).append("\n");
        for (String[] fact : facts) {
            text.append("- ").append(fact[0]).append(": ").append(fact[1]).append("\n");
        }
        if (note != null) {
            text.append("\n").append(note).append("\n");
        }
        return text.append("\n").append(action).append("\n").append(link).append("\n\n").append(FOOTER).toString();
    }

    private static String html(String to, String lead, List<String[]> facts, String note, String action, String link) {
        var html = new StringBuilder("<p>Kính gửi: <strong>").append(escape(to)).append("</strong></p>\n<p>")
                .append(escape(lead)).append("</p>\n<ul>\n");
        for (String[] fact : facts) {
            html.append("<li><strong>").append(escape(fact[0])).append(":</strong> ").append(escape(fact[1]))
                    .append("</li>\n");
        }
        html.append("</ul>\n");
        if (note != null) {
            html.append("<p>").append(escape(note).replace("\n", "<br>")).append("</p>\n");
        }
        return html.append("<p>").append(escape(action)).append(" <a href=\"").append(escape(link)).append("\">")
                .append(escape(link)).append("</a></p>\n<p style=\"color:#666\">").append(escape(FOOTER))
                .append("</p>").toString();
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
