package vn.parcomms.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** The Vietnamese texts of reminder e-mails, and the mailer without a mail server. */
class ReminderTextsTest {

    private static final Reminders.Due DUE = new Reminders.Due(ReminderKind.OVERDUE, 7, "2026-Q3",
            LocalDate.of(2026, 9, 30), "5.1", "Truyền thông về cải cách TTHC", 3, "18/KH-UBND",
            "Kế hoạch tuyên truyền cải cách hành chính năm 2026", "Xã Quảng Khê", 11,
            "Trung tâm Phục vụ hành chính công xã Quảng Khê");

    @Test
    void namesPeriodsTheWayDocumentsDo() {
        assertThat(ReminderTexts.period("2026-Q3")).isEqualTo("Quý III/2026");
        assertThat(ReminderTexts.period("2026-M03")).isEqualTo("Tháng 03/2026");
        assertThat(ReminderTexts.period("2026-H2")).isEqualTo("6 tháng cuối năm 2026");
        assertThat(ReminderTexts.period("2026")).isEqualTo("Năm 2026");
        assertThat(ReminderTexts.period("2026-10-10")).isEqualTo("2026-10-10");
    }

    @Test
    void overdueReminderCountsTheDaysLate() {
        var content = ReminderTexts.automatic(DUE, LocalDate.of(2026, 10, 2), "https://parcomms.example/inbox?organizationId=11");
        assertThat(content.subject()).isEqualTo("Nhắc việc: nhiệm vụ 5.1 đã quá hạn ngày 30/09/2026");
        assertThat(content.text()).contains("Kính gửi: Trung tâm Phục vụ hành chính công xã Quảng Khê",
                "đã quá hạn 2 ngày", "Kỳ thực hiện: Quý III/2026", "https://parcomms.example/inbox?organizationId=11");
    }

    @Test
    void chaseEscapesTheCoordinatorsMessageInHtml() {
        var body = new LateBody(11, "Phòng Kinh tế xã Quảng Khê",
                List.of(new LateBody.LateOccurrence(7, "7", "Phòng Kinh tế", "2026-Q1", LocalDate.of(2026, 3, 31), 20)),
                Instant.now());
        var content = ReminderTexts.chase("18/KH-UBND", "Kế hoạch", "Xã Quảng Khê", body, "Hoàng Thị Trang",
                "<b>Gấp</b> & khẩn", "http://localhost:8080/inbox?organizationId=11");
        assertThat(content.subject()).isEqualTo("Đôn đốc: 1 nhiệm vụ quá hạn của Kế hoạch số 18/KH-UBND");
        assertThat(content.text()).contains("Lời nhắn của Hoàng Thị Trang: <b>Gấp</b> & khẩn", "quá hạn 20 ngày");
        assertThat(content.html()).contains("&lt;b&gt;Gấp&lt;/b&gt; &amp; khẩn").doesNotContain("<b>Gấp</b>");
    }

    @Test
    void withoutAMailHostNothingIsSentAndTheReasonIsGiven() {
        var settings = new ReminderSettings("http://localhost:8080", "ParComms <no-reply@parcomms.example>", 3, 7,
                LocalTime.of(7, 0), LocalTime.of(7, 30), 5);
        var mailer = new ReminderMailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), "",
                settings);
        assertThat(mailer.configured()).isFalse();
        assertThat(mailer.send("a@quangkhe.example", "s", "t", "<p>t</p>")).contains("PARCOMMS_MAIL_HOST");
    }
}
