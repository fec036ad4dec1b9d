package vn.parcomms.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Role;
import vn.parcomms.accounts.TestAccounts;

/**
 * The editorial workflow through the API, as a staff member and two editors of one commune use it,
 * and what readers then get from the public API and pages.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteWorkflowApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    SiteManagement siteManagement;

    long site;
    String slug = "xa-thu-nghiem";
    HttpApi staff;
    HttpApi editor;
    HttpApi otherEditor;
    HttpApi outsider;

    @BeforeAll
    void site() {
        String commune = jdbc.sql("SELECT code FROM organization WHERE kind = 'COMMUNE' AND code <> '24631' AND valid_to IS NULL"
                + " ORDER BY code LIMIT 1").query(String.class).single();
        long org = jdbc.sql("SELECT id FROM organization WHERE code = :c AND valid_to IS NULL").param("c", commune)
                .query(Long.class).single();
        staff = HttpApi.withToken(port, testAccounts.tokenFor(testAccounts.create(commune, Role.STAFF)));
        editor = HttpApi.withToken(port, testAccounts.tokenFor(testAccounts.create(commune, Role.EDITOR)));
        otherEditor = HttpApi.withToken(port, testAccounts.tokenFor(testAccounts.create(commune, Role.EDITOR)));
        outsider = HttpApi.withToken(port, testAccounts.tokenFor(testAccounts.create("79", Role.EDITOR)));
        var refused = staff.post("/api/v1/sites", Map.of("organizationId", org, "site", siteDraft("xa-khac")));
        assertThat(refused.status()).isEqualTo(403);
        var created = editor.post("/api/v1/sites", Map.of("organizationId", org, "site", siteDraft(slug)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        site = created.json().path("id").asLong();
        var again = editor.post("/api/v1/sites", Map.of("organizationId", org, "site", siteDraft("plans")));
        assertThat(again.status()).isEqualTo(400);
    }

    private static Map<String, Object> siteDraft(String slug) {
        return Map.of("slug", slug, "name", "Trang thông tin CCHC xã thử nghiệm", "hotline", "0263 3800 000",
                "regulation", "Điều 1. Phạm vi.\nĐiều 2. Trách nhiệm.");
    }

    private static Map<String, Object> article(String title, String body, Integer version) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", "NEWS");
        draft.put("title", title);
        draft.put("summary", "Tóm tắt: " + title);
        draft.put("body", body);
        draft.put("tags", List.of("dịch vụ công"));
        if (version != null) {
            draft.put("version", version);
        }
        return draft;
    }

    private static JsonNode step(HttpApi api, long edition, String action, int version, Map<String, Object> extra, int expected) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("action", action);
        body.put("version", version);
        var response = api.post("/api/v1/editions/" + edition + "/actions", body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(expected);
        return response.json();
    }

    @Test
    void anArticleGoesFromDraftThroughRejectionAndScheduleToReaders() throws Exception {
        var written = staff.post("/api/v1/sites/" + site + "/articles", article("Hướng dẫn nộp hồ sơ trên Cổng dịch vụ công",
                "<p>Người dân <strong>nộp hồ sơ</strong> trực tuyến.</p><script>alert(1)</script>", null));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        long edition = written.json().path("edition").path("id").asLong();
        long articleId = written.json().path("edition").path("articleId").asLong();
        assertThat(written.json().path("edition").path("body").asString()).doesNotContain("script").contains("<strong>");
        assertThat(written.json().path("actions").toString()).contains("SUBMIT").doesNotContain("PUBLISH");

        // A forged transition and a review of one's own piece are refused.
        assertThat(step(staff, edition, "PUBLISH", 0, Map.of(), 403)).isNotNull();
        var forged = step(editor, edition, "PUBLISH", 0, Map.of(), 400);
        assertThat(forged.toString()).contains("action", "Bản nháp");

        step(staff, edition, "SUBMIT", 0, Map.of(), 200);
        var noComment = step(editor, edition, "REJECT", 1, Map.of(), 400);
        assertThat(noComment.toString()).contains("comment");
        var rejected = step(editor, edition, "REJECT", 1, Map.of("comment", "Bổ sung số điện thoại hỗ trợ."), 200);
        assertThat(rejected.path("edition").path("state").asString()).isEqualTo("REJECTED");

        var saved = staff.put("/api/v1/editions/" + edition, article("Hướng dẫn nộp hồ sơ trên Cổng dịch vụ công",
                "<p>Người dân nộp hồ sơ trực tuyến. Hỗ trợ: 0263 3800 000.</p>", 2));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("edition").path("state").asString()).isEqualTo("DRAFT");
        var stale = staff.put("/api/v1/editions/" + edition, article("Bản cũ", "<p>cũ</p>", 2));
        assertThat(stale.status()).isEqualTo(409);
        step(staff, edition, "SUBMIT", 3, Map.of(), 200);

        var past = step(editor, edition, "SCHEDULE", 4, Map.of("scheduledAt", Instant.now().minusSeconds(60).toString()), 400);
        assertThat(past.toString()).contains("scheduledAt");
        step(editor, edition, "SCHEDULE", 4, Map.of("scheduledAt", Instant.now().plusSeconds(1).toString()), 200);
        assertThat(HttpApi.anonymous(port).get("/api/v1/sites/" + slug + "/articles/" + articleId).status()).isEqualTo(404);

        Thread.sleep(1_500);
        // Due now: published by this call, or already by the scheduler's own run every 2 seconds (either may come first).
        AccessPolicy.asSystem(siteManagement::publishDue);
        var live = HttpApi.anonymous(port).get("/api/v1/sites/" + slug + "/articles/" + articleId);
        assertThat(live.status()).as(live.body()).isEqualTo(200);
        assertThat(live.json().path("body").asString()).contains("0263 3800 000");
        var found = HttpApi.anonymous(port).get("/api/v1/sites/" + slug + "/articles?q=" + HttpApi.encode("cong dich vu"));
        assertThat(found.json().valueStream().map(a -> a.path("id").asLong()).toList()).contains(articleId);

        // The newsroom: who else has it open, and internal notes readers never see.
        assertThat(staff.get("/editions/" + edition + "/presence").body()).doesNotContain("others-editing");
        assertThat(editor.get("/editions/" + edition + "/presence").body()).contains("others-editing");
        assertThat(editor.postForm("/articles/" + articleId + "/notes", Map.of("editionId", String.valueOf(edition),
                "note", "Nhớ xin ảnh của Trung tâm Phục vụ hành chính công.")).status()).isIn(200, 302);
        assertThat(staff.get("/editions/" + edition).body()).contains("Nhớ xin ảnh của Trung tâm Phục vụ hành chính công.");
        assertThat(HttpApi.anonymous(port).get("/api/v1/sites/" + slug + "/articles/" + articleId).body())
                .doesNotContain("Nhớ xin ảnh");

        var expired = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/editions/" + edition + "/presence")).header("HX-Request", "true")
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(expired.statusCode()).as("an htmx poll without a session is not answered with the sign-in page").isEqualTo(401);

        var revisions = staff.get("/api/v1/articles/" + articleId + "/revisions").json();
        assertThat(revisions.size()).isEqualTo(2);
        var history = staff.get("/api/v1/articles/" + articleId + "/history").json().toString();
        assertThat(history).contains("REJECT", "Bổ sung số điện thoại hỗ trợ.", "SCHEDULE", "PUBLISHED_ON_SCHEDULE");
        assertThat(outsider.get("/api/v1/editions/" + edition).status()).isEqualTo(403);
    }

    @Test
    void aNewEditionSupersedesTheLiveOneOnlyWhenPublished() {
        var written = staff.post("/api/v1/sites/" + site + "/articles", article("Lịch tiếp công dân tháng 12",
                "<p>Thứ Hai, tại hội trường Pơng Drang</p>", null));
        long first = written.json().path("edition").path("id").asLong();
        long articleId = written.json().path("edition").path("articleId").asLong();
        step(staff, first, "SUBMIT", 0, Map.of(), 200);
        step(editor, first, "PUBLISH", 1, Map.of(), 200);

        var next = staff.post("/api/v1/editions/" + first + "/new-edition", Map.of());
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        long second = next.json().path("edition").path("id").asLong();
        assertThat(staff.post("/api/v1/editions/" + first + "/new-edition", Map.of()).status()).isEqualTo(400);
        staff.put("/api/v1/editions/" + second, article("Lịch tiếp công dân tháng 12 (sửa đổi)",
                "<p>Thứ Ba, tại nhà văn hoá Ea Kpam</p>", 0));
        assertThat(found("pong drang")).containsExactly(articleId);
        assertThat(found("ea kpam")).isEmpty();
        assertThat(HttpApi.anonymous(port).get("/api/v1/sites/" + slug + "/articles/" + articleId).json().path("body")
                .asString()).contains("Thứ Hai");

        // The other editor force-publishes without the submit step; it waits for a second review.
        step(otherEditor, second, "FORCE_PUBLISH", 1, Map.of(), 200);
        assertThat(HttpApi.anonymous(port).get("/api/v1/sites/" + slug + "/articles/" + articleId).json().path("body")
                .asString()).contains("Thứ Ba");
        // Search follows the live edition only.
        assertThat(found("ea kpam")).containsExactly(articleId);
        assertThat(found("pong drang")).isEmpty();
        var editions = staff.get("/api/v1/articles/" + articleId + "/editions").json();
        assertThat(editions.valueStream().map(e -> e.path("state").asString()).toList()).containsExactly("PUBLISHED", "SUPERSEDED");
        assertThat(editions.get(0).path("forcePublished").asBoolean()).isTrue();
        step(otherEditor, second, "APPROVE_FORCED", 2, Map.of(), 403);
        step(editor, second, "APPROVE_FORCED", 2, Map.of(), 200);

        var noReason = step(editor, second, "UNPUBLISH", 3, Map.of(), 400);
        assertThat(noReason.toString()).contains("reason");
        step(editor, second, "UNPUBLISH", 3, Map.of("reason", "OUTDATED", "comment", "Đã có lịch mới."), 200);
        assertThat(HttpApi.anonymous(port).get("/api/v1/sites/" + slug + "/articles/" + articleId).status()).isEqualTo(404);
        assertThat(found("ea kpam")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM article_search x JOIN article_edition e ON e.id = x.edition_id"
                + " WHERE e.article_id = :a").param("a", articleId).query(Integer.class).single()).isZero();
    }

    private List<Long> found(String words) {
        var response = HttpApi.anonymous(port).get("/api/v1/sites/" + slug + "/articles?q=" + HttpApi.encode(words));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().valueStream().map(a -> a.path("id").asLong()).toList();
    }

    @Test
    void publishingAnArticleForATaskRecordsOneActivityWithItsLink() {
        long demoSite = jdbc.sql("SELECT id FROM site WHERE slug = 'xa-quang-khe'").query(Long.class).single();
        var occurrences = AccessPolicy.asSystem(() -> siteManagement.occurrences(demoSite));
        assertThat(occurrences).isNotEmpty();
        long occurrence = occurrences.getFirst().occurrenceId();
        HttpApi writer = HttpApi.withToken(port, "pc_demo_xa_canbo");
        HttpApi reviewer = HttpApi.withToken(port, "pc_demo_xa_bientap");
        Map<String, Object> draft = article("Phát thanh lưu động về cải cách hành chính", "<p>Xe loa đi 12 thôn.</p>", null);
        draft.put("occurrenceId", 999_999_999L);
        var unknown = writer.post("/api/v1/sites/" + demoSite + "/articles", draft);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("occurrenceId");
        draft.put("occurrenceId", occurrence);
        var written = writer.post("/api/v1/sites/" + demoSite + "/articles", draft);
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        long edition = written.json().path("edition").path("id").asLong();
        long articleId = written.json().path("edition").path("articleId").asLong();
        step(writer, edition, "SUBMIT", 0, Map.of(), 200);
        step(reviewer, edition, "PUBLISH", 1, Map.of(), 200);
        String marker = "%/xa-quang-khe/bai/" + articleId + "-%";
        String count = "SELECT count(*) FROM activity a, unnest(a.links) l WHERE l LIKE :m AND a.occurrence_id = :o"
                + " AND a.channel_code = 'PAR_WEB_PAGE'";
        assertThat(jdbc.sql(count).param("m", marker).param("o", occurrence).query(Long.class).single()).isEqualTo(1);

        // A new edition, published again, is not counted twice.
        long next = writer.post("/api/v1/editions/" + edition + "/new-edition", Map.of()).json().path("edition").path("id").asLong();
        step(writer, next, "SUBMIT", 0, Map.of(), 200);
        step(reviewer, next, "PUBLISH", 1, Map.of(), 200);
        assertThat(jdbc.sql(count).param("m", marker).param("o", occurrence).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aGoodArticleIsForwardedToTheProvinceSiteWhoseEditorAcceptsIt() {
        String provinceCode = jdbc.sql("""
                SELECT p.code FROM organization c JOIN organization p ON c.path LIKE p.path || '%' AND p.kind = 'PROVINCE'
                WHERE c.id = (SELECT organization_id FROM site WHERE id = :s)
                """).param("s", site).query(String.class).single();
        long provinceId = jdbc.sql("SELECT id FROM organization WHERE code = :c AND valid_to IS NULL").param("c", provinceCode)
                .query(Long.class).single();
        HttpApi provinceEditor = HttpApi.withToken(port, testAccounts.tokenFor(testAccounts.create(provinceCode, Role.EDITOR)));
        var written = staff.post("/api/v1/sites/" + site + "/articles", article("Mô hình một cửa thân thiện", "<p>Mô hình hay.</p>", null));
        long edition = written.json().path("edition").path("id").asLong();
        assertThat(editor.post("/api/v1/editions/" + edition + "/forward", Map.of()).status()).isEqualTo(400);
        step(staff, edition, "SUBMIT", 0, Map.of(), 200);
        step(editor, edition, "PUBLISH", 1, Map.of(), 200);
        var noParent = editor.post("/api/v1/editions/" + edition + "/forward", Map.of());
        assertThat(noParent.status()).isEqualTo(400);
        assertThat(noParent.body()).contains("chưa có trang thông tin");

        var provinceSite = provinceEditor.post("/api/v1/sites", Map.of("organizationId", provinceId,
                "site", Map.of("slug", "tinh-thu-nghiem", "name", "Trang CCHC tỉnh thử nghiệm")));
        assertThat(provinceSite.status()).as(provinceSite.body()).isEqualTo(201);
        long provinceSiteId = provinceSite.json().path("id").asLong();
        assertThat(staff.post("/api/v1/editions/" + edition + "/forward", Map.of()).status()).isEqualTo(403);
        var forwarded = editor.post("/api/v1/editions/" + edition + "/forward", Map.of());
        assertThat(forwarded.status()).as(forwarded.body()).isEqualTo(201);
        assertThat(editor.post("/api/v1/editions/" + edition + "/forward", Map.of()).status()).isEqualTo(400);
        long forward = forwarded.json().path("id").asLong();
        assertThat(editor.post("/api/v1/forwards/" + forward + "/accept", Map.of()).status()).isEqualTo(403);
        assertThat(provinceEditor.get("/api/v1/sites/" + provinceSiteId + "/forwards?status=PENDING").json().size()).isEqualTo(1);
        assertThat(provinceEditor.post("/api/v1/forwards/" + forward + "/accept", Map.of()).json().path("status").asString())
                .isEqualTo("ACCEPTED");
        var home = HttpApi.anonymous(port).get("/tinh-thu-nghiem/");
        assertThat(home.body()).contains("Tin từ cơ sở", "Mô hình một cửa thân thiện", "/" + slug + "/bai/");
    }

    private static byte[] png(int width, int height, int type) throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(width, height, type);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anImageIsCheckedByContentResizedAndShownAsTheCover() throws Exception {
        var ok = editor.postParts("/api/v1/sites/" + site + "/images", List.of(
                HttpApi.Part.file("image", "anh-hoi-nghi.png", "image/png", png(2000, 1000, java.awt.image.BufferedImage.TYPE_INT_RGB)),
                HttpApi.Part.field("alt", "Hội nghị đối thoại tại hội trường xã")));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        long image = ok.json().path("id").asLong();
        assertThat(ok.json().path("widths").toString()).isEqualTo("[480,960,1600]");

        var fake = editor.postParts("/api/v1/sites/" + site + "/images", List.of(
                HttpApi.Part.file("image", "anh.png", "image/png", "<script>alert(1)</script>".getBytes()),
                HttpApi.Part.field("alt", "Ảnh giả")));
        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.body()).contains("\"image\"");
        var noAlt = editor.postParts("/api/v1/sites/" + site + "/images", List.of(
                HttpApi.Part.file("image", "anh.png", "image/png", png(10, 10, java.awt.image.BufferedImage.TYPE_INT_RGB)),
                HttpApi.Part.field("alt", " ")));
        assertThat(noAlt.status()).isEqualTo(400);
        assertThat(noAlt.body()).contains("\"alt\"");
        var huge = editor.postParts("/api/v1/sites/" + site + "/images", List.of(
                HttpApi.Part.file("image", "rat-lon.png", "image/png", png(9000, 5000, java.awt.image.BufferedImage.TYPE_BYTE_BINARY)),
                HttpApi.Part.field("alt", "Ảnh rất lớn")));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.body()).contains("40 triệu điểm ảnh");

        Map<String, Object> draft = article("Ảnh hội nghị đối thoại", "<p>Hội nghị.</p>", null);
        draft.put("coverImageId", image);
        var written = staff.post("/api/v1/sites/" + site + "/articles", draft);
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        long edition = written.json().path("edition").path("id").asLong();
        step(staff, edition, "SUBMIT", 0, Map.of(), 200);
        step(editor, edition, "PUBLISH", 1, Map.of(), 200);
        String path = "/" + slug + "/bai/" + written.json().path("edition").path("articleId").asLong() + "-"
                + written.json().path("edition").path("slug").asString();
        var page = HttpApi.anonymous(port).get(path);
        assertThat(page.body()).contains("og:image", "/" + slug + "/anh/" + image + "-960.jpg",
                "srcset=\"/" + slug + "/anh/" + image + "-480.jpg 480w", "alt=\"Hội nghị đối thoại tại hội trường xã\"");
        var jpeg = HttpApi.anonymous(port).getBytes("/" + slug + "/anh/" + image + "-960.jpg");
        assertThat(jpeg.statusCode()).isEqualTo(200);
        assertThat(jpeg.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/jpeg");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg.body())).getWidth()).isEqualTo(960);
        assertThat(HttpApi.anonymous(port).getBytes("/" + slug + "/anh/" + image + "-700.jpg").statusCode()).isEqualTo(404);
    }

    @Test
    void aDocumentArticleOffersItsFileToReadersOnlyWhilePublished() throws Exception {
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String base = "/api/v1/sites/" + site + "/files";
        var fake = staff.postParts(base, List.of(HttpApi.Part.file("file", "ke-hoach.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes())));
        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.fieldError("attachment")).contains("ke-hoach.pdf");
        var picture = staff.postParts(base, List.of(HttpApi.Part.file("file", "anh.png", "image/png",
                png(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB))));
        assertThat(picture.fieldError("attachment")).contains("PDF, Word, Excel");
        assertThat(outsider.postParts(base, List.of(HttpApi.Part.file("file", "a.pdf", "application/pdf", pdf))).status())
                .isEqualTo(403);
        var uploaded = staff.postParts(base, List.of(HttpApi.Part.file("file", "Kế hoạch CCHC năm 2027.pdf", "application/pdf", pdf)));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long file = uploaded.json().path("id").asLong();

        // A document article cannot go to review without its file.
        Map<String, Object> draft = article("Kế hoạch tuyên truyền CCHC năm 2027", "<p>Toàn văn kế hoạch đính kèm.</p>", null);
        draft.put("kind", "DOCUMENT");
        var written = staff.post("/api/v1/sites/" + site + "/articles", draft);
        long edition = written.json().path("edition").path("id").asLong();
        long articleId = written.json().path("edition").path("articleId").asLong();
        var incomplete = step(staff, edition, "SUBMIT", 0, Map.of(), 400);
        assertThat(incomplete.toString()).contains("attachmentId", "Tài liệu");
        draft.put("attachmentId", file);
        draft.put("version", 0);
        assertThat(staff.put("/api/v1/editions/" + edition, draft).status()).isEqualTo(200);
        String url = "/" + slug + "/tep/" + file + "/" + HttpApi.encode("Kế hoạch CCHC năm 2027.pdf").replace("+", "%20");
        step(staff, edition, "SUBMIT", 1, Map.of(), 200);
        assertThat(HttpApi.anonymous(port).getBytes(url).statusCode()).isEqualTo(404);

        step(editor, edition, "PUBLISH", 2, Map.of(), 200);
        var api = HttpApi.anonymous(port).get("/api/v1/sites/" + slug + "/articles/" + articleId).json().path("attachment");
        assertThat(api.path("url").asString()).isEqualTo(url);
        assertThat(api.path("mediaType").asString()).isEqualTo("application/pdf");
        var download = HttpApi.anonymous(port).getBytes(url);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
                .contains("UTF-8''K%E1%BA%BF");
        assertThat(download.headers().firstValue("Content-Security-Policy").orElse("")).contains("sandbox");
        assertThat(HttpApi.anonymous(port).get("/" + slug + "/bai/" + articleId + "-"
                + written.json().path("edition").path("slug").asString()).body())
                .contains("Tải về: Kế hoạch CCHC năm 2027.pdf", "(PDF, 1 KB)");

        step(editor, edition, "UNPUBLISH", 3, Map.of("reason", "OUTDATED"), 200);
        assertThat(HttpApi.anonymous(port).getBytes(url).statusCode()).isEqualTo(404);

        // The writer's form: a file that is not a document is refused beside its field, with the title kept;
        // a PDF is stored with the draft.
        Map<String, String> form = Map.of("kind", "DOCUMENT", "title", "Quy chế văn hóa công sở", "body", "<p>Đính kèm.</p>");
        var refusedForm = staff.postMultipart("/sites/" + site + "/articles", form, "attachment", "quy-che.pdf",
                "không phải PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/pdf");
        assertThat(refusedForm.status()).isEqualTo(200);
        assertThat(refusedForm.body()).contains("id=\"attachment-error\"", "value=\"Quy chế văn hóa công sở\"");
        var savedForm = staff.postMultipart("/sites/" + site + "/articles", form, "attachment", "quy-che.pdf", pdf,
                "application/pdf");
        assertThat(savedForm.status()).isEqualTo(302);
        long formEdition = Long.parseLong(savedForm.header("Location").replaceAll(".*/editions/(\\d+).*", "$1"));
        assertThat(jdbc.sql("SELECT f.original_name FROM article_edition e JOIN article_file f ON f.id = e.attachment_id"
                + " WHERE e.id = :e").param("e", formEdition).query(String.class).single()).isEqualTo("quy-che.pdf");
    }

    @Test
    void managersAddSectionsAndSwitchTheSiteOffAndOn() {
        var added = editor.post("/api/v1/sites/" + site + "/sections", Map.of("slug", "hoi-dap", "name", "Hỏi – đáp CCHC"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(editor.post("/api/v1/sites/" + site + "/sections", Map.of("slug", "hoi-dap", "name", "Lặp")).status())
                .isEqualTo(400);
        assertThat(editor.post("/api/v1/sites/" + site + "/sections", Map.of("slug", "Hỏi Đáp", "name", "Sai")).body())
                .contains("slug");
        assertThat(staff.post("/api/v1/sites/" + site + "/sections", Map.of("slug", "khac", "name", "Khác")).status())
                .isEqualTo(403);
        assertThat(HttpApi.anonymous(port).get("/" + slug + "/chuyen-muc/hoi-dap/").status()).isEqualTo(200);
        assertThat(editor.get("/sites/" + site + "/settings").body()).contains("Cài đặt trang", "Hỏi – đáp CCHC");
        assertThat(staff.get("/sites/" + site + "/settings").status()).isEqualTo(403);

        int version = editor.get("/api/v1/sites").json().valueStream().filter(x -> x.path("id").asLong() == site)
                .findFirst().orElseThrow().path("version").asInt();
        var off = editor.postForm("/sites/" + site + "/settings", Map.of("slug", slug, "name", "Trang thông tin CCHC xã thử nghiệm",
                "version", String.valueOf(version)));
        assertThat(off.status()).isIn(200, 302);
        assertThat(HttpApi.anonymous(port).get("/api/v1/sites/" + slug + "/articles").status()).isIn(401, 404);
        var on = editor.postForm("/sites/" + site + "/settings", Map.of("slug", slug, "name", "Trang thông tin CCHC xã thử nghiệm",
                "enabled", "true", "version", String.valueOf(version + 1)));
        assertThat(on.status()).isIn(200, 302);
        assertThat(HttpApi.anonymous(port).get("/" + slug + "/").status()).isEqualTo(200);
        var stale = editor.postForm("/sites/" + site + "/settings", Map.of("slug", slug, "name", "Cũ", "enabled", "true",
                "version", String.valueOf(version)));
        assertThat(stale.body()).contains("Người khác vừa sửa");
    }

    @Test
    void managersRenameReorderAndRemoveSectionsWithoutLosingArticles() {
        String base = "/api/v1/sites/" + site + "/sections";
        long first = editor.post(base, Map.of("slug", "lich-cong-tac", "name", "Lịch công tác")).json().path("id").asLong();
        long second = editor.post(base, Map.of("slug", "van-ban-moi", "name", "Văn bản mới")).json().path("id").asLong();
        long child = editor.post(base, Map.of("slug", "van-ban-xa", "name", "Văn bản của xã", "parentId", second)).json().path("id").asLong();
        Map<String, Object> draft = article("Lịch tiếp dân quý IV", "<p>Thứ Năm hằng tuần</p>", null);
        draft.put("sectionId", first);
        long articleId = staff.post("/api/v1/sites/" + site + "/articles", draft).json().path("edition").path("articleId").asLong();

        // Rename: the version read guards against a concurrent rename, and a taken address is refused by field.
        JsonNode section = editor.get(base).json().valueStream().filter(x -> x.path("id").asLong() == first).findFirst().orElseThrow();
        int version = section.path("version").asInt();
        var renamed = editor.put(base + "/" + first, Map.of("slug", "lich-lam-viec", "name", "Lịch làm việc", "version", version));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().path("name").asString()).isEqualTo("Lịch làm việc");
        var stale = editor.put(base + "/" + first, Map.of("slug", "lich", "name", "Cũ", "version", version));
        assertThat(stale.status()).isEqualTo(409);
        var taken = editor.put(base + "/" + first, Map.of("slug", "van-ban-moi", "name", "", "version", version + 1));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.fieldError("slug")).contains("van-ban-moi");
        assertThat(taken.fieldError("name")).isNotBlank();
        assertThat(staff.put(base + "/" + first, Map.of("slug", "x", "name", "X", "version", version + 1)).status()).isEqualTo(403);

        // Reorder among siblings: the child stays under its parent, and the ends do not move further.
        List<Long> before = editor.get(base).json().valueStream().map(x -> x.path("id").asLong()).toList();
        var up = editor.post(base + "/" + second + "/move", Map.of("step", -1));
        assertThat(up.status()).as(up.body()).isEqualTo(200);
        List<Long> after = up.json().valueStream().map(x -> x.path("id").asLong()).toList();
        assertThat(after.indexOf(second)).isLessThan(after.indexOf(first));
        assertThat(after.indexOf(child)).isEqualTo(after.indexOf(second) + 1);
        assertThat(after).containsExactlyInAnyOrderElementsOf(before);
        long top = after.getFirst();
        assertThat(editor.post(base + "/" + top + "/move", Map.of("step", -1)).json().valueStream()
                .map(x -> x.path("id").asLong()).toList()).isEqualTo(after);
        assertThat(editor.post(base + "/" + top + "/move", Map.of("step", 5)).status()).isEqualTo(400);

        // Remove: a parent with children is refused; the articles of a removed section move where the manager says.
        var refused = editor.delete(base + "/" + second);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldError("sectionId")).contains("chuyên mục con");
        assertThat(editor.delete(base + "/" + first + "?moveTo=" + first).status()).isEqualTo(400);
        var removed = editor.delete(base + "/" + first + "?moveTo=" + child);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().path("articlesMoved").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT DISTINCT section_id FROM article_edition WHERE article_id = :a").param("a", articleId)
                .query(Long.class).list()).containsExactly(child);
        assertThat(editor.delete(base + "/" + first).status()).isEqualTo(404);
        assertThat(HttpApi.anonymous(port).get("/" + slug + "/chuyen-muc/lich-lam-viec/").status()).isEqualTo(404);

        // The same through the settings page: errors stand beside the field, with what the manager typed.
        var page = editor.postForm("/sites/" + site + "/sections/" + child, Map.of("slug", "Sai Địa Chỉ", "name", "Tên mới",
                "version", "0"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"section-slug-" + child + "-error\"", "value=\"Sai Địa Chỉ\"", "value=\"Tên mới\"");
        var moved = editor.postForm("/sites/" + site + "/sections/" + child + "/move", Map.of("step", "-1"));
        assertThat(moved.status()).isEqualTo(302);
        var gone = editor.postForm("/sites/" + site + "/sections/" + child + "/remove", Map.of("moveTo", ""));
        assertThat(gone.status()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT DISTINCT section_id FROM article_edition WHERE article_id = :a").param("a", articleId)
                .query(Long.class).list()).containsOnlyNulls();
    }

    @Test
    void theHomePageDescribesTheSitesModuleInBothLanguages() {
        var browser = HttpApi.browser(port);
        browser.signIn("xa.quantri", "ParComms@2026");
        String vi = browser.get("/").body();
        assertThat(vi).contains("Trang thông tin CCHC công khai của cơ quan").doesNotContain("??");
        assertThat(browser.get("/?lang=en").body()).contains("public CCHC site").doesNotContain("??");
    }

    @Test
    void readerPagesAreServedFromCacheWithETagsAndChangeOnPublication() {
        var written = editor.post("/api/v1/sites/" + site + "/articles",
                article("Tọa đàm <script>alert('x')</script> về chỉ số PAR Index", "<p>Nội dung tọa đàm.</p>", null));
        long edition = written.json().path("edition").path("id").asLong();
        String path = "/" + slug + "/" + "bai/" + written.json().path("edition").path("articleId").asLong() + "-"
                + written.json().path("edition").path("slug").asString();
        var anonymous = HttpApi.anonymous(port);
        var before = anonymous.get("/" + slug + "/");
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.header("Set-Cookie")).isNull();
        String etag = before.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(anonymous.get("/" + slug + "/").header("ETag")).isEqualTo(etag);
        assertThat(anonymous.get(path).status()).isEqualTo(404);

        step(editor, edition, "SUBMIT", 0, Map.of(), 200);
        step(otherEditor, edition, "PUBLISH", 1, Map.of(), 200);
        var after = anonymous.get("/" + slug + "/");
        assertThat(after.header("ETag")).isNotEqualTo(etag);
        assertThat(after.body()).contains("Tọa đàm &lt;script&gt;").doesNotContain("<script>alert");
        var page = anonymous.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<meta property=\"og:title\"", "twitter:card", "breadcrumb", "Nội dung tọa đàm.");
        assertThat(page.header("Content-Security-Policy")).contains("youtube-nocookie");
        assertThat(staff.post("/api/v1/editions/" + edition + "/highlight", Map.of("highlighted", true)).status()).isEqualTo(403);
        assertThat(editor.post("/api/v1/editions/" + edition + "/highlight", Map.of("highlighted", true)).status()).isEqualTo(204);
        assertThat(anonymous.get("/" + slug + "/").body()).contains("Tin nổi bật");
        var atom = anonymous.get("/" + slug + "/atom.xml");
        assertThat(atom.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", "Tọa đàm &lt;script&gt;");
        var rss = anonymous.get("/" + slug + "/rss.xml");
        assertThat(rss.status()).isEqualTo(200);
        assertThat(rss.body()).contains("<rss version=\"2.0\">", "Tọa đàm &lt;script&gt;");
        assertThat(anonymous.get("/sitemap.xml").body()).contains(path);
        assertThat(anonymous.get("/" + slug + "/tim-kiem?q=" + HttpApi.encode("toa dam")).body()).contains("<mark>");
        assertThat(anonymous.get("/khong-co-trang-nay/").status()).isIn(302, 401, 404);
    }
}
