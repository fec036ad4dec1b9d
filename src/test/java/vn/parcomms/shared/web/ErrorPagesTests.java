package vn.parcomms.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;

@IntegrationTest
class ErrorPagesTests {

    @LocalServerPort
    int port;

    @Test
    void unknownPageShowsFriendlyVietnamese404() {
        var browser = HttpApi.browser(port);
        browser.signIn("xa.xem", "ParComms@2026");
        var page = browser.get("/khong-co-trang-nay");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy trang bạn yêu cầu.", "Về trang chủ", "Lỗi 404");
    }

    @Test
    void missingOrganizationShowsItsOwnMessage() {
        var browser = HttpApi.browser(port);
        browser.signIn("xa.xem", "ParComms@2026");
        var page = browser.get("/organizations/987654321");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy đơn vị số 987654321.");
    }

    @Test
    void serverErrorShowsIncidentIdAndNoStackTrace() {
        var browser = HttpApi.browser(port);
        browser.signIn("xa.xem", "ParComms@2026");
        var page = browser.get("/test-only/fail");
        assertThat(page.status()).isEqualTo(500);
        assertThat(page.body()).contains("Hệ thống gặp sự cố ngoài dự kiến.", "Mã sự cố:")
                .doesNotContain("secret internal detail").doesNotContain("IllegalStateException").doesNotContain("at vn.");
        assertThat(page.body()).containsPattern("<code>[0-9A-F]{10}</code>");
    }

    @Test
    void apiServerErrorIsAProblemWithIncidentId() {
        var response = HttpApi.withToken(port, "pc_demo_xa_xem").get("/api/v1/test-only/fail");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("incidentId").asString()).matches("[0-9A-F]{10}");
        assertThat(response.body()).doesNotContain("secret internal detail").doesNotContain("IllegalStateException");
    }

    @Test
    void forbiddenPageIsFriendly() {
        var browser = HttpApi.browser(port);
        browser.signIn("xa.canbo", "ParComms@2026");
        var page = browser.get("/admin/users");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Bạn không có quyền truy cập trang hoặc thao tác này.");
    }

    @Test
    void onlyHealthAndInfoAreExposed() {
        var api = HttpApi.anonymous(port);
        assertThat(api.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(api.get("/actuator/info").status()).isEqualTo(200);
        for (String endpoint : new String[] {"env", "beans", "configprops", "heapdump", "loggers", "mappings"}) {
            assertThat(api.get("/actuator/" + endpoint).status()).as(endpoint).isIn(302, 401, 404);
        }
        var admin = HttpApi.withToken(port, "pc_demo_admin");
        assertThat(admin.get("/actuator/env").status()).isEqualTo(404);
    }

    @Test
    void openApiDescribesTheApi() {
        var docs = HttpApi.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/organizations", "/api/v1/me", "/api/v1/users");
    }
}
