package vn.parcomms.reminders;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Sends one multipart (plain text and HTML) e-mail in UTF-8, or says why it could not. */
@Component
class ReminderMailer {

    private final ObjectProvider<JavaMailSender> senders;
    private final boolean configured;
    private final ReminderSettings settings;

    ReminderMailer(ObjectProvider<JavaMailSender> senders, @Value("${spring.mail.host:}") String host,
            ReminderSettings settings) {
        this.senders = senders;
        // An empty PARCOMMS_MAIL_HOST still creates a sender; without a host there is nobody to send to.
        this.configured = StringUtils.hasText(host);
        this.settings = settings;
    }

    boolean configured() {
        return configured && senders.getIfAvailable() != null;
    }

    /**
     * Sends the e-mail.
     *
     * @return {@code null} when sent, otherwise the reason it was not (recorded, and retried later)
     */
    String send(String to, String subject, String text, String html) {
        if (!configured()) {
            return "Chưa cấu hình máy chủ thư (PARCOMMS_MAIL_HOST)";
        }
        JavaMailSender sender = senders.getObject();
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(new InternetAddress(settings.mailFrom(), true));
            helper.setTo(new InternetAddress(to, true));
            helper.setSubject(subject);
            helper.setText(text, html);
            sender.send(message);
            return null;
        } catch (MessagingException | MailException e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            return reason.length() > 500 ? reason.substring(0, 500) : reason;
        }
    }
}
