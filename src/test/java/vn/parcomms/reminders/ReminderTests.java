package vn.parcomms.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Role;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.accounts.CreateUser;
import vn.parcomms.accounts.GrantRole;
import vn.parcomms.accounts.TestAccounts;
import vn.parcomms.accounts.UserAccount;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.plans.PlanManagement;

/**
 * Reminders and chases end to end on the commune's demo plan 18/KH-UBND: the daily job run for
 * fixed days, chases over the API and the pages, and the e-mails as GreenMail receives them.
 */
@IntegrationTest
class ReminderTests {

    /** The port is fixed in application-test.properties, so every integration test shares one context. */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    static final String CENTER_MAIL = "xa.canbo@demo.example";

    @LocalServerPort
    int port;

    @Autowired
    ReminderJob job;

    @Autowired
    PlanManagement plans;

    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    private HttpApi coordinator() {
        return HttpApi.withToken(port, "pc_demo_xa_dieuphoi");
    }

    private HttpApi staff() {
        return HttpApi.withToken(port, "pc_demo_xa_canbo");
    }

    private long communePlan() {
        return AccessPolicy.asSystem(() -> plans.list(2026, null, null)).stream()
                .filter(p -> "18/KH-UBND".equals(p.documentNumber())).findFirst().orElseThrow().id();
    }

    private long org(String code) {
        return organizations.getByCode(code).id();
    }

    private int run(LocalDate day) {
        return AccessPolicy.asSystem(() -> job.runDaily(day));
    }

    /** A user of the body with an e-mail address and a role there. */
    private UserAccount userWithMail(String code, Role role) {
        return AccessPolicy.asSystem(() -> {
            String username = "nhan" + System.nanoTime() % 1_000_000;
            UserAccount user = accounts.create(new CreateUser(username, "Trần Văn Nhận", username + "@quangkhe.example",
                    org(code), TestAccounts.PASSWORD));
            accounts.grant(user.id(), new GrantRole(role, org(code), false));
            return user;
        });
    }

    // ------------------------------------------------------------------ the daily job

    @Test
    void remindsTheLeadBodyDaysBeforeTheDueDateInVietnameseOnlyOnce() throws Exception {
        assertThat(run(LocalDate.of(2026, 3, 28))).isPositive();

        List<Mail> reminders = mailsTo(CENTER_MAIL, "Nhắc việc: nhiệm vụ 6.3 đến hạn ngày 31/03/2026");
        assertThat(reminders).hasSize(1);
        assertThat(reminders.getFirst().text()).contains("Kính gửi: Trung tâm Dịch vụ tổng hợp xã Quảng Khê",
                "còn 3 ngày", "Kế hoạch số 18/KH-UBND của Xã Quảng Khê", "6.3. Báo cáo kết quả thực hiện hằng tháng",
                "Kỳ thực hiện: Tháng 03/2026", "Hạn hoàn thành: 31/03/2026", "http://localhost:8080/inbox?organizationId="
                        + org("24631.TTDVTH"));
        assertThat(reminders.getFirst().html()).contains("<strong>Trung tâm Dịch vụ tổng hợp xã Quảng Khê</strong>");

        int mails = MAIL.getReceivedMessages().length;
        assertThat(run(LocalDate.of(2026, 3, 28))).as("a rerun records nothing").isZero();
        assertThat(MAIL.getReceivedMessages()).as("and sends nothing").hasSize(mails);
        assertThat(mailsTo(CENTER_MAIL, "Nhắc việc: nhiệm vụ 6.3 đến hạn ngày 31/03/2026")).hasSize(1);

        JsonNode inApp = staff().get("/api/v1/notifications").json();
        assertThat(inApp.valueStream().map(n -> n.path("title").asString()))
                .contains("Nhắc việc: nhiệm vụ 6.3 đến hạn ngày 31/03/2026");
    }

    @Test
    void remindsTheDayAfterTheDueDateAndThePlanSettingDecidesTheDaysBefore() throws Exception {
        long plan = communePlan();
        var off = coordinator().put("/api/v1/plans/" + plan + "/reminder-settings", Map.of("daysBefore", 0));
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().path("daysBefore").asInt()).isZero();
        try {
            run(LocalDate.of(2026, 5, 1));
            List<Mail> overdue = mailsTo(CENTER_MAIL, "Nhắc việc: nhiệm vụ 6.3 đã quá hạn ngày 30/04/2026");
            assertThat(overdue).hasSize(1);
            assertThat(overdue.getFirst().text()).contains("đã quá hạn 1 ngày", "Tháng 04/2026", "Quảng Khê");

            run(LocalDate.of(2026, 6, 28));
            assertThat(beforeDue(plan, "2026-06-30")).as("0 days: nothing before the due date").isZero();
        } finally {
            coordinator().put("/api/v1/plans/" + plan + "/reminder-settings", Map.of("daysBefore", 3));
        }
        run(LocalDate.of(2026, 6, 28));
        assertThat(beforeDue(plan, "2026-06-30")).as("3 days: the Q2 occurrences are reminded").isPositive();
        assertThat(mailsTo(CENTER_MAIL, "Nhắc việc: nhiệm vụ 6.3 đến hạn ngày 30/06/2026")).hasSize(1);
    }

    @Test
    void aFailedEmailIsRecordedAndSentOnTheNextRun() throws Exception {
        long plan = communePlan();
        MAIL.stop();
        try {
            run(LocalDate.of(2026, 9, 1));
        } finally {
            MAIL.start();
        }
        JsonNode failed = history(plan).stream()
                .filter(r -> "OVERDUE".equals(r.path("kind").asString()) && "2026-08-31".equals(r.path("dueDate").asString())
                        && r.path("organizationId").asLong() == org("24631.TTDVTH"))
                .findFirst().orElseThrow();
        assertThat(failed.path("failed").asInt()).isPositive();
        assertThat(failed.path("emailed").asInt()).isZero();
        assertThat(mailsTo(CENTER_MAIL, "đã quá hạn ngày 31/08/2026")).isEmpty();

        assertThat(run(LocalDate.of(2026, 9, 1))).isZero();
        assertThat(mailsTo(CENTER_MAIL, "Nhắc việc: nhiệm vụ 6.3 đã quá hạn ngày 31/08/2026")).hasSize(1);
    }

    @Test
    void aUserWhoChoseTheDigestGetsOneEmailListingTheDay() throws Exception {
        UserAccount user = userWithMail("24631.TTDVTH", Role.STAFF);
        var api = HttpApi.withToken(port, testAccounts.tokenFor(user));
        var chosen = api.put("/api/v1/notifications/preferences", Map.of("dailyDigest", true));
        assertThat(chosen.json().path("dailyDigest").asBoolean()).isTrue();

        run(LocalDate.of(2026, 8, 1));
        assertThat(mailsTo(user.email(), "")).as("no e-mail per reminder").isEmpty();
        assertThat(mailsTo(CENTER_MAIL, "Nhắc việc: nhiệm vụ 6.3 đã quá hạn ngày 31/07/2026")).hasSize(1);

        AccessPolicy.asSystem(() -> job.runDigest(LocalDate.of(2026, 8, 1)));
        List<Mail> digest = mailsTo(user.email(), "Nhắc việc hằng ngày 01/08/2026");
        assertThat(digest).hasSize(1);
        assertThat(digest.getFirst().text()).contains("Nhắc việc: nhiệm vụ 6.3 đã quá hạn ngày 31/07/2026",
                "Báo cáo kết quả thực hiện hằng tháng");
        AccessPolicy.asSystem(() -> job.runDigest(LocalDate.of(2026, 8, 1)));
        assertThat(mailsTo(user.email(), "")).as("a digest is sent once").hasSize(1);
    }

    @Test
    void theRecurringTasksAreKeptInTheDatabase() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> tasks = List.of();
        while (System.nanoTime() < deadline && tasks.size() < 2) {
            tasks = jdbc.sql("SELECT task_name FROM scheduled_tasks WHERE task_name LIKE 'reminders-%' ORDER BY 1")
                    .query(String.class).list();
            Thread.sleep(200);
        }
        assertThat(tasks).containsExactly("reminders-daily", "reminders-digest");
    }

    // ------------------------------------------------------------------ chasing

    @Test
    void staffCannotChaseConfigureOrSeeThePlanReminders() {
        long plan = communePlan();
        assertThat(staff().post("/api/v1/plans/" + plan + "/chases", Map.of("message", "x")).status()).isEqualTo(403);
        assertThat(staff().put("/api/v1/plans/" + plan + "/reminder-settings", Map.of("daysBefore", 5)).status())
                .isEqualTo(403);
        assertThat(staff().get("/api/v1/plans/" + plan + "/reminders").status()).isEqualTo(403);
        assertThat(HttpApi.withToken(port, "pc_demo_xa_xem").post("/api/v1/plans/" + plan + "/chases", Map.of()).status())
                .as("a viewer neither").isEqualTo(403);
    }

    @Test
    void coordinatorChasesOneLateBodyWithAMessage() throws Exception {
        long plan = communePlan();
        long center = org("24631.TTDVTH");
        var chase = coordinator().post("/api/v1/plans/" + plan + "/chases",
                Map.of("organizationId", center, "message", "Đề nghị cập nhật kết quả trước thứ Sáu."));
        assertThat(chase.status()).as(chase.body()).isEqualTo(201);
        assertThat(chase.json()).hasSize(1);
        assertThat(chase.json().get(0).path("kind").asString()).isEqualTo("CHASE");
        assertThat(chase.json().get(0).path("senderName").asString()).isEqualTo("Hoàng Thị Trang");

        List<Mail> mails = mailsTo(CENTER_MAIL, "Đôn đốc:");
        assertThat(mails).isNotEmpty();
        Mail mail = mails.getLast();
        assertThat(mail.subject()).contains("nhiệm vụ quá hạn của Kế hoạch số 18/KH-UBND");
        assertThat(mail.text()).contains("Kính gửi: Trung tâm Dịch vụ tổng hợp xã Quảng Khê",
                "Xã Quảng Khê đôn đốc đơn vị thực hiện các nhiệm vụ đã quá hạn",
                "6.3. Báo cáo kết quả thực hiện hằng tháng", "quá hạn",
                "Lời nhắn của Hoàng Thị Trang: Đề nghị cập nhật kết quả trước thứ Sáu.");

        JsonNode notification = staff().get("/api/v1/notifications?unread=true").json().valueStream()
                .filter(n -> n.path("title").asString().startsWith("Đôn đốc:")).findFirst().orElseThrow();
        long id = notification.path("id").asLong();
        assertThat(coordinator().post("/api/v1/notifications/" + id + "/read", Map.of()).status())
                .as("someone else's notification does not exist for them").isEqualTo(404);
        assertThat(staff().post("/api/v1/notifications/" + id + "/read", Map.of()).status()).isEqualTo(204);
        assertThat(staff().get("/api/v1/notifications?unread=true").json().valueStream()
                .map(n -> n.path("id").asLong())).doesNotContain(id);
    }

    @Test
    void chasingAllLateBodiesReachesEachOfThem() throws Exception {
        long plan = communePlan();
        UserAccount economy = userWithMail("24631.PKT", Role.STAFF);
        Set<Long> late = coordinator().get("/api/v1/plans/" + plan + "/reminders").json().path("lateBodies")
                .valueStream().map(b -> b.path("organizationId").asLong()).collect(Collectors.toSet());
        assertThat(late).contains(org("24631.TTDVTH"), org("24631.PKT"), org("24631.VHXH"));

        var chase = coordinator().post("/api/v1/plans/" + plan + "/chases", Map.of("message", "Đôn đốc chung"));
        assertThat(chase.status()).as(chase.body()).isEqualTo(201);
        assertThat(chase.json().valueStream().map(r -> r.path("organizationId").asLong()).collect(Collectors.toSet()))
                .isEqualTo(late);
        assertThat(mailsTo(economy.email(), "Đôn đốc:")).hasSize(1);
        assertThat(mailsTo(economy.email(), "Đôn đốc:").getFirst().text()).contains("Kính gửi: Phòng Kinh tế xã Quảng Khê",
                "7. Phòng Kinh tế");
        assertThat(mailsTo(CENTER_MAIL, "Đôn đốc:")).isNotEmpty();
        assertThat(mailsTo("xa.dieuphoi@demo.example", "Đôn đốc:")).as("not to the sender").isEmpty();

        JsonNode history = coordinator().get("/api/v1/plans/" + plan + "/reminders").json();
        assertThat(history.path("history").valueStream()
                .filter(r -> "CHASE".equals(r.path("kind").asString()) && "Đôn đốc chung".equals(r.path("message").asString()))
                .count()).isEqualTo(late.size());
    }

    @Test
    void rejectsBadChasesAndSettingsWithVietnameseFieldMessages() {
        long plan = communePlan();
        var tooLong = coordinator().post("/api/v1/plans/" + plan + "/chases", Map.of("message", "a".repeat(2001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.fieldError("message")).isEqualTo("Lời nhắn không được dài quá 2000 ký tự.");

        var notLate = coordinator().post("/api/v1/plans/" + plan + "/chases", Map.of("organizationId", org("24631.MN")));
        assertThat(notLate.status()).isEqualTo(400);
        assertThat(notLate.fieldError("organizationId")).isEqualTo("Đơn vị này không có nhiệm vụ quá hạn trong kế hoạch.");

        var tooMany = coordinator().put("/api/v1/plans/" + plan + "/reminder-settings", Map.of("daysBefore", 31));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.fieldError("daysBefore")).isEqualTo("Số ngày nhắc trước hạn phải từ 0 đến 30.");
    }

    // ------------------------------------------------------------------ pages

    @Test
    void coordinatorSeesLateBodiesInRedAndChasesWithOneClick() throws Exception {
        long plan = communePlan();
        var browser = HttpApi.browser(port);
        browser.signIn("xa.dieuphoi", "ParComms@2026");
        var page = browser.get("/plans/" + plan + "/reminders");
        assertThat(page.status()).isEqualTo(200);
        var html = Jsoup.parse(page.body());
        var center = html.select("[data-testid=late-body]").stream()
                .filter(li -> li.text().contains("Trung tâm Dịch vụ tổng hợp")).findFirst().orElseThrow();
        assertThat(center.hasClass("list-group-item-danger")).isTrue();
        assertThat(center.text()).contains("Quá hạn", "quá hạn", "ngày");
        assertThat(html.select("[data-testid=chase-all]").text()).isEqualTo("Đôn đốc tất cả đơn vị chậm");
        assertThat(html.select("[data-testid=settings-form]")).hasSize(1);

        String csrf = browser.csrfFrom("/plans/" + plan + "/reminders");
        var chased = browser.postForm("/plans/" + plan + "/reminders/chase",
                Map.of("_csrf", csrf, "organizationId", String.valueOf(org("24631.TTDVTH")), "message", ""));
        assertThat(chased.status()).isEqualTo(302);
        var after = browser.get("/plans/" + plan + "/reminders").body();
        assertThat(after).contains("Đã gửi đôn đốc đến đơn vị.");
        assertThat(Jsoup.parse(after).select("[data-testid=reminder-history]").text()).contains("Đôn đốc", "Hoàng Thị Trang");

        var all = browser.postForm("/plans/" + plan + "/reminders/chase",
                Map.of("_csrf", browser.csrfFrom("/plans/" + plan + "/reminders"), "organizationId", "", "message", "Chung"));
        assertThat(all.status()).as("the button for all late bodies sends no body").isEqualTo(302);
        assertThat(browser.get("/plans/" + plan + "/reminders").body()).contains("Đã gửi đôn đốc đến các đơn vị chậm thực hiện.");

        var badSetting = browser.postForm("/plans/" + plan + "/reminders/settings",
                Map.of("_csrf", browser.csrfFrom("/plans/" + plan + "/reminders"), "daysBefore", "45"));
        assertThat(Jsoup.parse(badSetting.body()).select("#daysBefore-error").text())
                .isEqualTo("Số ngày nhắc trước hạn phải từ 0 đến 30.");
    }

    @Test
    void staffReadsNotificationsAndChoosesTheDigestOnTheNotificationsPage() {
        UserAccount user = userWithMail("24631.TTDVTH", Role.STAFF);
        long plan = communePlan();
        coordinator().post("/api/v1/plans/" + plan + "/chases", Map.of("organizationId", org("24631.TTDVTH")));
        var browser = HttpApi.browser(port);
        browser.signIn(user.username(), TestAccounts.PASSWORD);
        var page = Jsoup.parse(browser.get("/notifications").body());
        assertThat(page.select("[data-testid=notification]").text()).contains("Đôn đốc:", "Chưa đọc");
        assertThat(page.select("[data-testid=unread-count]").text()).isEqualTo("Bạn có 1 thông báo chưa đọc.");
        assertThat(page.select("[data-testid=unread-badge]").text()).as("in the navigation").isEqualTo("1 Chưa đọc");

        var saved = browser.postForm("/notifications/preferences",
                Map.of("_csrf", browser.csrfFrom("/notifications"), "dailyDigest", "true"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(Jsoup.parse(browser.get("/notifications").body()).select("#dailyDigest").hasAttr("checked")).isTrue();
        browser.postForm("/notifications/read-all", Map.of("_csrf", browser.csrfFrom("/notifications")));
        var read = Jsoup.parse(browser.get("/notifications").body());
        assertThat(read.select("[data-testid=unread-count]").text()).isEqualTo("Bạn có 0 thông báo chưa đọc.");
        assertThat(read.select("[data-testid=unread-badge]")).isEmpty();
        assertThat(browser.get("/plans/" + plan + "/reminders").status()).as("staff of a body: not the plan's page")
                .isEqualTo(403);
    }

    // ------------------------------------------------------------------ helpers

    private List<JsonNode> history(long plan) {
        return coordinator().get("/api/v1/plans/" + plan + "/reminders").json().path("history").valueStream().toList();
    }

    private long beforeDue(long plan, String dueDate) {
        return history(plan).stream().filter(r -> "BEFORE_DUE".equals(r.path("kind").asString())
                && dueDate.equals(r.path("dueDate").asString())).count();
    }

    record Mail(String subject, String text, String html) {
    }

    /** Messages GreenMail received for the address whose decoded subject contains the text. */
    private static List<Mail> mailsTo(String address, String subjectPart) throws Exception {
        List<Mail> found = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            Address[] to = message.getAllRecipients();
            boolean addressed = to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            if (addressed && message.getSubject().contains(subjectPart)) {
                Map<String, String> parts = new HashMap<>();
                collect(message.getContent(), parts);
                found.add(new Mail(message.getSubject(), parts.getOrDefault("text/plain", ""),
                        parts.getOrDefault("text/html", "")));
            }
        }
        return found;
    }

    private static void collect(Object content, Map<String, String> parts) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    parts.put("text/plain", (String) part.getContent());
                } else if (part.isMimeType("text/html")) {
                    parts.put("text/html", (String) part.getContent());
                } else {
                    collect(part.getContent(), parts);
                }
            }
        } else if (content instanceof String text) {
            parts.put("text/plain", text);
        }
    }
}
