package vn.parcomms.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;
import vn.parcomms.access.Role;

@IntegrationTest
class ApiTokenTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void meDescribesTheCallerWithRolesAndModules() {
        var me = HttpApi.withToken(port, "pc_demo_xa_dieuphoi").get("/api/v1/me").json();
        assertThat(me.path("username").asString()).isEqualTo("xa.dieuphoi");
        assertThat(me.path("organizationName").asString()).isEqualTo("Phòng Văn hóa – Xã hội xã Quảng Khê");
        assertThat(me.path("roles").get(0).path("role").asString()).isEqualTo("COORDINATOR");
        assertThat(me.path("roles").get(0).path("organizationName").asString()).isEqualTo("Xã Quảng Khê");
        assertThat(me.path("modules").valueStream().map(n -> n.asString())).contains("/organizations", "/admin/users");

        var viewer = HttpApi.withToken(port, "pc_demo_xa_xem").get("/api/v1/me").json();
        assertThat(viewer.path("modules").valueStream().map(n -> n.asString())).contains("/organizations")
                .doesNotContain("/admin/users");
    }

    @Test
    void createdTokenActsAsItsOwnerUntilRevokedAndOnlyItsHashIsStored() {
        UserAccount user = testAccounts.create("24631", Role.STAFF);
        String first = testAccounts.tokenFor(user);
        var created = HttpApi.withToken(port, first).post("/api/v1/me/tokens", Map.of("name", "Báo cáo tự động"));
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().path("secret").asString();
        long id = created.json().path("token").path("id").asLong();
        assertThat(secret).startsWith("pc_").hasSizeGreaterThan(40);

        assertThat(HttpApi.withToken(port, secret).get("/api/v1/me").json().path("username").asString())
                .isEqualTo(user.username());
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = :s OR token_hint = :s")
                .param("s", secret).query(Long.class).single()).isZero();
        var listed = HttpApi.withToken(port, secret).get("/api/v1/me/tokens");
        assertThat(listed.body()).doesNotContain(secret).contains("Báo cáo tự động");

        assertThat(HttpApi.withToken(port, first).delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
        var revoked = HttpApi.withToken(port, secret).get("/api/v1/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().path("detail").asString())
                .isEqualTo("Mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi.");
        assertThat(revoked.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void cannotRevokeSomeoneElsesToken() {
        UserAccount owner = testAccounts.create("24631", Role.STAFF);
        var created = HttpApi.withToken(port, testAccounts.tokenFor(owner)).post("/api/v1/me/tokens", Map.of("name", "riêng"));
        long id = created.json().path("token").path("id").asLong();
        var other = HttpApi.withToken(port, "pc_demo_xa_canbo").delete("/api/v1/me/tokens/" + id);
        assertThat(other.status()).isEqualTo(404);
        assertThat(HttpApi.withToken(port, created.json().path("secret").asString()).get("/api/v1/me").status())
                .isEqualTo(200);
    }

    @Test
    void rejectsTokenWithPastExpiryDate() {
        var response = HttpApi.withToken(port, "pc_demo_xa_canbo").post("/api/v1/me/tokens",
                Map.of("name", "cũ", "expiresOn", "2020-01-01"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldError("expiresOn")).isEqualTo("Ngày phải ở tương lai.");
    }

    @Test
    void protectedApiWithoutCredentialsAnswersProblemNotRedirect() {
        var response = HttpApi.anonymous(port).get("/api/v1/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).startsWith("Cần đăng nhập");
    }

    @Test
    void sessionCallerMustSendCsrfTokenButBearerCallerNeedNot() {
        var browser = HttpApi.browser(port);
        browser.signIn("xa.canbo", "ParComms@2026");
        var withoutCsrf = browser.post("/api/v1/me/tokens", Map.of("name", "từ trình duyệt"));
        assertThat(withoutCsrf.status()).isEqualTo(403);
        assertThat(withoutCsrf.json().path("detail").asString()).contains("CSRF");
    }
}
