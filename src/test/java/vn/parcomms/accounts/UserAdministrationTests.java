package vn.parcomms.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;
import vn.parcomms.organizations.OrganizationDirectory;

@IntegrationTest
class UserAdministrationTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganizationDirectory organizations;

    private Map<String, Object> newUser(String username, long organizationId) {
        var body = new HashMap<String, Object>();
        body.put("username", username);
        body.put("fullName", "Trương Văn Mới");
        body.put("email", username + "@example.org");
        body.put("organizationId", organizationId);
        body.put("password", "MatKhau-Moi-2026");
        return body;
    }

    @Test
    void communeAdminCreatesUserGrantsRoleAndDeactivatesKeepingHistory() {
        var admin = HttpApi.withToken(port, "pc_demo_xa_quantri");
        long office = organizations.getByCode("24631.PKT").id();
        var created = admin.post("/api/v1/users", newUser("pkt.nhanvien", office));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();

        var grant = admin.post("/api/v1/users/" + id + "/grants", Map.of("role", "STAFF", "organizationId", office,
                "includesSubtree", false));
        assertThat(grant.status()).as(grant.body()).isEqualTo(200);
        var duplicate = admin.post("/api/v1/users/" + id + "/grants", Map.of("role", "STAFF", "organizationId", office,
                "includesSubtree", false));
        assertThat(duplicate.fieldError("role")).isEqualTo("Người dùng đã có vai trò này tại đơn vị này.");

        int version = admin.get("/api/v1/users/" + id).json().path("version").asInt();
        var deactivated = admin.put("/api/v1/users/" + id + "/active", Map.of("active", false, "version", version));
        assertThat(deactivated.json().path("active").asBoolean()).isFalse();
        var stale = admin.put("/api/v1/users/" + id + "/active", Map.of("active", true, "version", version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/users/" + id + "/grants").json().size()).isEqualTo(1);
        assertThat(admin.get("/api/v1/users?q=" + HttpApi.encode("truong van moi")).body()).contains("pkt.nhanvien");
    }

    @Test
    void communeAdminCannotCreateUsersInTheProvinceOrGrantRolesThere() {
        var admin = HttpApi.withToken(port, "pc_demo_xa_quantri");
        long department = organizations.getByCode("68.SNV").id();
        assertThat(admin.post("/api/v1/users", newUser("ngoai.pham.vi", department)).status()).isEqualTo(403);

        long office = organizations.getByCode("24631.VP").id();
        long id = admin.post("/api/v1/users", newUser("vp.nhanvien", office)).json().path("id").asLong();
        var escalation = admin.post("/api/v1/users/" + id + "/grants", Map.of("role", "COORDINATOR",
                "organizationId", organizations.getByCode("68").id(), "includesSubtree", true));
        assertThat(escalation.status()).isEqualTo(403);
        var global = new HashMap<String, Object>();
        global.put("role", "SYSTEM_ADMIN");
        global.put("organizationId", null);
        assertThat(admin.post("/api/v1/users/" + id + "/grants", global).status()).isEqualTo(403);
    }

    @Test
    void coordinatorSeesUsersOfItsSubtreeButCannotManageThem() {
        var coordinator = HttpApi.withToken(port, "pc_demo_xa_dieuphoi");
        var list = coordinator.get("/api/v1/users");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("xa.canbo").doesNotContain("tinh.canbo");
        long office = organizations.getByCode("24631.PKT").id();
        assertThat(coordinator.post("/api/v1/users", newUser("khong.duoc", office)).status()).isEqualTo(403);
        assertThat(HttpApi.withToken(port, "pc_demo_xa_canbo").get("/api/v1/users").json().size()).isZero();
    }

    @Test
    void rejectsWeakPasswordsAndTakenUsernamesInVietnamese() {
        var admin = HttpApi.withToken(port, "pc_demo_xa_quantri");
        long office = organizations.getByCode("24631.PKT").id();
        var weak = newUser("yeu.matkhau", office);
        weak.put("password", "ngan");
        var response = admin.post("/api/v1/users", weak);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldError("password")).isEqualTo("Mật khẩu phải có ít nhất 10 ký tự.");

        var taken = admin.post("/api/v1/users", newUser("XA.CANBO", office));
        assertThat(taken.fieldError("username")).isEqualTo("Tên đăng nhập \"xa.canbo\" đã được sử dụng.");
        var bad = newUser("tên có dấu", office);
        assertThat(admin.post("/api/v1/users", bad).fieldError("username"))
                .isEqualTo("Tên đăng nhập chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.");
    }

    @Test
    void revokedRoleStopsWorkingOnTheNextRequest() {
        var admin = HttpApi.withToken(port, "pc_demo_xa_quantri");
        long office = organizations.getByCode("24631.PKT").id();
        long id = admin.post("/api/v1/users", newUser("tam.dieuphoi", office)).json().path("id").asLong();
        long grantId = admin.post("/api/v1/users/" + id + "/grants", Map.of("role", "COORDINATOR",
                "organizationId", office, "includesSubtree", true)).json().path("id").asLong();
        var browser = HttpApi.browser(port);
        browser.signIn("tam.dieuphoi", "MatKhau-Moi-2026");
        assertThat(browser.get("/admin/users").status()).isEqualTo(200);
        assertThat(admin.delete("/api/v1/users/" + id + "/grants/" + grantId).status()).isEqualTo(204);
        assertThat(browser.get("/admin/users").status()).isEqualTo(403);
        assertThat(browser.get("/admin/users").body()).contains("Bạn không có quyền truy cập trang hoặc thao tác này.");
    }
}
