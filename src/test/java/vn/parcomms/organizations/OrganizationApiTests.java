package vn.parcomms.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;

@IntegrationTest
class OrganizationApiTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganizationDirectory directory;

    private JsonNode search(String query) {
        var response = HttpApi.anonymous(port).get("/api/v1/organizations?q=" + HttpApi.encode(query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void findsCommuneWithoutDiacritics() {
        JsonNode first = search("quang khe").path("items").get(0);
        assertThat(first.path("name").asString()).isEqualTo("Xã Quảng Khê");
        assertThat(first.path("code").asString()).isEqualTo("24631");
    }

    @Test
    void findsCommuneWithDiacriticsAndInDecomposedForm() {
        assertThat(search("Quảng Khê").path("items").get(0).path("code").asString()).isEqualTo("24631");
        String decomposed = Normalizer.normalize("Quảng Khê", Normalizer.Form.NFD);
        assertThat(search(decomposed).path("items").get(0).path("code").asString()).isEqualTo("24631");
    }

    @Test
    void listsOnlyOrganizationsContainingEveryWord() {
        JsonNode result = search("quang khe");
        result.path("items").forEach(item -> assertThat(item.path("name").asString() + " " + item.path("code").asString())
                .containsIgnoringCase("Quảng Khê"));
    }

    @Test
    void toleratesTyposWhenNothingMatchesExactly() {
        JsonNode result = search("quang khee");
        assertThat(result.path("total").asLong()).isPositive();
        assertThat(result.path("items").valueStream().map(n -> n.path("name").asString())).contains("Xã Quảng Khê");
    }

    @Test
    void foldsDStrokeWhenSearching() {
        JsonNode first = search("dong nai").path("items").get(0);
        assertThat(first.path("name").asString()).isEqualTo("Thành phố Đồng Nai");
        assertThat(first.path("kind").asString()).isEqualTo("PROVINCE");
    }

    @Test
    void filtersByCodeAndByParent() {
        var api = HttpApi.anonymous(port);
        JsonNode byCode = api.get("/api/v1/organizations?code=24631").json();
        assertThat(byCode.path("total").asLong()).isEqualTo(1);
        long communeId = byCode.path("items").get(0).path("id").asLong();
        JsonNode children = api.get("/api/v1/organizations?parentId=" + communeId + "&size=50").json();
        assertThat(children.path("items").valueStream().map(n -> n.path("name").asString()))
                .contains("Phòng Văn hóa – Xã hội xã Quảng Khê", "Trung tâm Dịch vụ tổng hợp xã Quảng Khê");
        assertThat(api.get("/api/v1/organizations/by-code/24631").json().path("id").asLong()).isEqualTo(communeId);
    }

    @Test
    void shipsAllProvincesAndCommunesOfTheOfficialList() {
        var api = HttpApi.anonymous(port);
        assertThat(api.get("/api/v1/organizations?kind=PROVINCE&size=1").json().path("total").asLong()).isEqualTo(34);
        assertThat(api.get("/api/v1/organizations?kind=COMMUNE&size=1").json().path("total").asLong()).isEqualTo(3321);
    }

    @Test
    void rejectsOverlongSearchWithVietnameseFieldError() {
        var response = HttpApi.anonymous(port).get("/api/v1/organizations?q=" + "a".repeat(10_000));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.fieldError("q")).isEqualTo("Từ khóa tìm kiếm dài quá 100 ký tự.");
    }

    @Test
    void treatsSqlAndHtmlMetaCharactersAsPlainText() {
        long before = directory.count();
        for (String hostile : new String[] {"'; DROP TABLE organization; --", "<script>alert(1)</script>", "%_\\", "\" OR 1=1"}) {
            var response = HttpApi.anonymous(port).get("/api/v1/organizations?q=" + HttpApi.encode(hostile));
            assertThat(response.status()).as(hostile).isEqualTo(200);
        }
        assertThat(directory.count()).isEqualTo(before);
    }

    @Test
    void answersUnknownCodeWithVietnameseNotFound() {
        var response = HttpApi.anonymous(port).get("/api/v1/organizations/by-code/99999");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("detail").asString()).isEqualTo("Không có đơn vị nào mang mã \"99999\".");
        assertThat(response.json().path("title").asString()).isEqualTo("Không tìm thấy");
    }

    @Test
    void answersBadParametersWithFieldErrors() {
        var api = HttpApi.anonymous(port);
        var wrongType = api.get("/api/v1/organizations?parentId=abc");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.fieldError("parentId")).isEqualTo("Giá trị không đúng định dạng.");
        var wrongSize = api.get("/api/v1/organizations?size=5000");
        assertThat(wrongSize.status()).isEqualTo(400);
        assertThat(wrongSize.fieldError("size")).isEqualTo("Số dòng mỗi trang phải từ 1 đến 200.");
    }

    @Test
    void answersUnknownApiPathWithProblemDetail() {
        var response = HttpApi.anonymous(port).get("/api/v1/organizations/999999999");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("detail").asString()).isEqualTo("Không tìm thấy đơn vị số 999999999.");
        var unknown = HttpApi.withToken(port, "pc_demo_xa_dieuphoi").get("/api/v1/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void coordinatorAddsBodyUnderOwnCommuneButNotElsewhere() {
        var coordinator = HttpApi.withToken(port, "pc_demo_xa_dieuphoi");
        long commune = directory.getByCode("24631").id();
        var created = coordinator.post("/api/v1/organizations", Map.of("parentId", commune, "code", "24631.DTN",
                "name", "Đoàn Thanh niên xã Quảng Khê", "kind", "MASS_ORGANIZATION", "validFrom", "2026-01-01"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("path").asString()).startsWith("/" + directory.getByCode("68").id() + "/" + commune + "/");

        long otherProvince = directory.getByCode("75").id();
        var denied = coordinator.post("/api/v1/organizations", Map.of("parentId", otherProvince, "code", "75.X",
                "name", "Sở thử nghiệm", "kind", "DEPARTMENT", "validFrom", "2026-01-01"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().path("detail").asString()).isEqualTo("Bạn không có quyền thực hiện thao tác này.");
    }

    @Test
    void staffCannotAddBodies() {
        long commune = directory.getByCode("24631").id();
        var response = HttpApi.withToken(port, "pc_demo_xa_canbo").post("/api/v1/organizations", Map.of("parentId",
                commune, "code", "24631.STAFF", "name", "Không được tạo", "kind", "OFFICE", "validFrom", "2026-01-01"));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void rejectsInvalidBodyWithVietnameseMessagesPerField() {
        long commune = directory.getByCode("24631").id();
        var response = HttpApi.withToken(port, "pc_demo_xa_dieuphoi").post("/api/v1/organizations",
                Map.of("parentId", commune, "code", "có dấu!", "name", " ", "kind", "OFFICE", "validFrom", "2026-01-01"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldError("name")).isEqualTo("Không được để trống.");
        assertThat(response.fieldError("code"))
                .isEqualTo("Mã chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.");

        var taken = HttpApi.withToken(port, "pc_demo_xa_dieuphoi").post("/api/v1/organizations",
                Map.of("parentId", commune, "code", "24631.vhxh", "name", "Trùng mã", "kind", "OFFICE", "validFrom", "2026-01-01"));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.fieldError("code")).isEqualTo("Mã \"24631.VHXH\" đã được đơn vị khác sử dụng.");

        var malformed = HttpApi.withToken(port, "pc_demo_xa_dieuphoi").post("/api/v1/organizations", "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("detail").asString()).isEqualTo("Không đọc được nội dung gửi lên (JSON không hợp lệ).");
    }

    @Test
    void refusesStaleUpdateInsteadOfOverwriting() {
        var coordinator = HttpApi.withToken(port, "pc_demo_xa_dieuphoi");
        Organization office = directory.getByCode("24631.PKT");
        var update = Map.<String, Object>of("version", office.version(), "name", "Phòng Kinh tế xã Quảng Khê",
                "shortName", "Phòng Kinh tế (mới)", "kind", "OFFICE", "validFrom", "2025-07-01");
        assertThat(coordinator.put("/api/v1/organizations/" + office.id(), update).status()).isEqualTo(200);

        var stale = coordinator.put("/api/v1/organizations/" + office.id(), Map.of("version", office.version(),
                "name", "Ghi đè", "kind", "OFFICE", "validFrom", "2025-07-01"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(directory.get(office.id()).shortName()).isEqualTo("Phòng Kinh tế (mới)");
        assertThat(directory.get(office.id()).name()).isEqualTo("Phòng Kinh tế xã Quảng Khê");
    }

    @Test
    void keepsHistoryWhenAnOrganizationIsClosed() {
        var admin = HttpApi.withToken(port, "pc_demo_xa_quantri");
        long commune = directory.getByCode("24631").id();
        var created = admin.post("/api/v1/organizations", Map.of("parentId", commune, "code", "24631.TMP",
                "name", "Tổ công tác tạm thời", "kind", "OTHER", "validFrom", "2025-08-01")).json();
        long id = created.path("id").asLong();
        var closed = admin.put("/api/v1/organizations/" + id, Map.of("version", created.path("version").asInt(),
                "name", "Tổ công tác tạm thời", "kind", "OTHER", "validFrom", "2025-08-01", "validTo", "2025-12-31"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);

        var api = HttpApi.anonymous(port);
        assertThat(api.get("/api/v1/organizations?q=" + HttpApi.encode("to cong tac tam thoi")).json().path("total").asLong())
                .isZero();
        assertThat(api.get("/api/v1/organizations?validOn=2025-10-01&q=" + HttpApi.encode("to cong tac tam thoi"))
                .json().path("items").get(0).path("id").asLong()).isEqualTo(id);
        assertThat(api.get("/api/v1/organizations/" + id).status()).isEqualTo(200);
    }
}
