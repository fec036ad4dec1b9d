package vn.parcomms.activities;

import vn.parcomms.shared.files.FileStore;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.parcomms.HttpApi;
import vn.parcomms.HttpApi.Part;
import vn.parcomms.IntegrationTest;
import vn.parcomms.organizations.OrganizationDirectory;

/** Evidence files and links over real HTTP: content checks, checksums, downloads and their audit. */
@IntegrationTest
class EvidenceApiTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    FileStore store;

    private HttpApi staff() {
        return HttpApi.withToken(port, "pc_demo_xa_canbo");
    }

    private HttpApi coordinator() {
        return HttpApi.withToken(port, "pc_demo_xa_dieuphoi");
    }

    private Map<String, Object> activity(String title) {
        var body = new HashMap<String, Object>();
        body.put("organizationId", organizations.getByCode("24631.TTDVTH").id());
        body.put("startDate", "2026-11-12");
        body.put("channel", "LOUDSPEAKER");
        body.put("title", title);
        return body;
    }

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0d6efd));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] docx() {
        var out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private long storedFiles() throws IOException {
        Path root = store.resolve("");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void recordsAnActivityWithAPhotoAndAPdfAndKeepsTheirChecksums() throws Exception {
        byte[] photo = png(1200, 800);
        var response = staff().postParts("/api/v1/activities", List.of(
                Part.json("activity", activity("Pa nô tuyên truyền CCHC tại nhà văn hóa thôn")),
                Part.file("files", "pa-nô thôn 3.png", "image/png", photo),
                Part.file("files", "bao-cao.pdf", "application/pdf", pdf())));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        long id = response.json().path("id").asLong();

        JsonNode files = staff().get("/api/v1/activities/" + id + "/evidence").json().path("files");
        assertThat(files.size()).isEqualTo(2);
        JsonNode image = files.get(0);
        assertThat(image.path("name").asString()).isEqualTo("pa-nô thôn 3.png");
        assertThat(image.path("mediaType").asString()).isEqualTo("image/png");
        assertThat(image.path("sha256").asString()).isEqualTo(sha256(photo));
        assertThat(image.path("thumbnail").asBoolean()).isTrue();
        assertThat(files.get(1).path("mediaType").asString()).isEqualTo("application/pdf");

        long fileId = image.path("id").asLong();
        var download = staff().getBytes("/api/v1/activities/" + id + "/evidence/" + fileId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(photo);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        var thumbnail = staff().getBytes("/api/v1/activities/" + id + "/evidence/" + fileId + "/thumbnail");
        assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        BufferedImage small = ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.body()));
        assertThat(small.getWidth()).isEqualTo(480);
        assertThat(small.getHeight()).isEqualTo(320);

        // Downloads are in the audit trail, which coordinators see and staff do not.
        JsonNode events = coordinator().get("/api/v1/activities/" + id + "/events").json();
        assertThat(events.valueStream().map(e -> e.path("kind").asString()).toList())
                .containsExactly("RECORDED", "FILE_ADDED", "FILE_ADDED", "DOWNLOADED");
        assertThat(events.get(3).path("details").asString()).isEqualTo("pa-nô thôn 3.png");
        assertThat(staff().get("/api/v1/activities/" + id + "/events").status()).isEqualTo(403);
        // A body elsewhere reads neither the activity nor its files.
        assertThat(HttpApi.withToken(port, "pc_demo_tinh_canbo")
                .getBytes("/api/v1/activities/" + id + "/evidence/" + fileId).statusCode()).isEqualTo(403);
    }

    @Test
    void aFileWhoseExtensionLiesIsRefusedAndNothingIsStored() throws Exception {
        long before = storedFiles();
        int activitiesBefore = staff().get("/api/v1/activities").json().size();
        var lying = staff().postParts("/api/v1/activities", List.of(
                Part.json("activity", activity("Hoạt động có tệp giả")),
                Part.file("files", "anh-that.png", "image/png", png(40, 40)),
                Part.file("files", "bao-cao.pdf", "application/pdf",
                        "Đây không phải PDF".getBytes(StandardCharsets.UTF_8))));
        assertThat(lying.status()).isEqualTo(400);
        assertThat(lying.fieldError("files"))
                .isEqualTo("Tệp \"bao-cao.pdf\" có đuôi .pdf nhưng nội dung thực là text/plain; hãy kiểm tra lại tệp.");
        var swapped = staff().postParts("/api/v1/activities", List.of(
                Part.json("activity", activity("Hoạt động có tệp Word đổi đuôi")),
                Part.file("files", "so-lieu.xlsx", "application/octet-stream", docx())));
        assertThat(swapped.fieldError("files")).contains("có đuôi .xlsx nhưng nội dung thực là "
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var program = staff().postParts("/api/v1/activities", List.of(
                Part.json("activity", activity("Hoạt động có tệp chạy được")),
                Part.file("files", "setup.exe", "application/octet-stream", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0})));
        assertThat(program.fieldError("files")).startsWith("Tệp \"setup.exe\" có nội dung kiểu ");

        assertThat(staff().get("/api/v1/activities").json().size()).isEqualTo(activitiesBefore);
        assertThat(storedFiles()).as("no orphan files").isEqualTo(before);
    }

    @Test
    void anOversizedFileGetsAClearAnswerOnItsField() throws Exception {
        long before = storedFiles();
        byte[] big = new byte[26 * 1024 * 1024];
        big[0] = '%';
        var response = staff().postParts("/api/v1/activities", List.of(
                Part.json("activity", activity("Video quá lớn")), Part.file("files", "video.mp4", "video/mp4", big)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldError("files")).isEqualTo("Tệp \"video.mp4\" vượt quá dung lượng cho phép (25 MB).");
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void anUploadCutOffHalfWayStoresNothing() throws Exception {
        long before = storedFiles();
        int activitiesBefore = staff().get("/api/v1/activities").json().size();
        String boundary = "----cut" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"activity\"\r\nContent-Type: application/json\r\n\r\n"
                + "{\"organizationId\":" + organizations.getByCode("24631.TTDVTH").id()
                + ",\"startDate\":\"2026-11-12\",\"channel\":\"LOUDSPEAKER\",\"title\":\"Tải lên bị ngắt\"}\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"anh.png\"\r\nContent-Type: image/png\r\n\r\n";
        byte[] photo = png(800, 600);
        try (var socket = new java.net.Socket("localhost", port)) {
            var out = socket.getOutputStream();
            byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
            long declared = headBytes.length + photo.length + ("\r\n--" + boundary + "--\r\n").length();
            out.write(("POST /api/v1/activities HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer pc_demo_xa_canbo\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + declared
                    + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(headBytes);
            out.write(photo, 0, photo.length / 2);
            out.flush();
        }
        Thread.sleep(500);
        assertThat(staff().get("/api/v1/activities").json().size()).isEqualTo(activitiesBefore);
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void aDocxIsRecognisedByItsParts() throws Exception {
        Path file = Files.createTempFile("evidence", ".docx");
        Files.write(file, docx());
        assertThat(store.detect(file, "ke-hoach.docx")).isEqualTo(FileStore.DOCX);
        assertThat(store.detect(file, "ke-hoach.bin")).isEqualTo(FileStore.DOCX);
        Files.delete(file);
    }

    @Test
    void linksGetTheTitleOfThePageTheyPointTo() throws Exception {
        var body = activity("Bài viết trên trang thông tin điện tử xã");
        String link = "http://localhost:" + port + "/login";
        body.put("links", List.of(link));
        long id = staff().post("/api/v1/activities", body).json().path("id").asLong();
        String title = null;
        for (int i = 0; i < 100 && title == null; i++) {
            JsonNode links = staff().get("/api/v1/activities/" + id + "/evidence").json().path("links");
            assertThat(links.get(0).path("url").asString()).isEqualTo(link);
            title = links.get(0).path("title").isNull() ? null : links.get(0).path("title").asString();
            if (title == null) {
                Thread.sleep(100);
            }
        }
        assertThat(title).isEqualTo("Đăng nhập · ParComms");
    }

    @Test
    void evidenceIsLockedOnceAcceptedAndACorrectionKeepsIt() {
        var recorded = staff().postParts("/api/v1/activities", List.of(
                Part.json("activity", activity("Hội nghị tuyên truyền CCHC")),
                Part.file("files", "hoi-nghi.png", "image/png", png(64, 48))));
        long id = recorded.json().path("id").asLong();
        coordinator().post("/api/v1/activities/" + id + "/accept", Map.of("version", 0));
        var late = staff().postParts("/api/v1/activities/" + id + "/evidence",
                List.of(Part.file("files", "them.pdf", "application/pdf", pdf())));
        assertThat(late.fieldError("files")).isEqualTo("Hoạt động đã được duyệt; muốn thay minh chứng hãy gửi bản sửa.");

        var correction = activity("Hội nghị tuyên truyền CCHC (bổ sung số liệu)");
        correction.put("version", 1);
        correction.put("reach", Map.of("participants", 120));
        long newVersion = staff().put("/api/v1/activities/" + id, correction).json().path("id").asLong();
        JsonNode files = staff().get("/api/v1/activities/" + newVersion + "/evidence").json().path("files");
        assertThat(files.size()).isEqualTo(1);
        var download = staff().getBytes("/api/v1/activities/" + newVersion + "/evidence/" + files.get(0).path("id").asLong());
        assertThat(download.statusCode()).isEqualTo(200);
        JsonNode events = coordinator().get("/api/v1/activities/" + newVersion + "/events").json();
        assertThat(events.get(0).path("details").asString())
                .contains("Tiêu đề: Hội nghị tuyên truyền CCHC → Hội nghị tuyên truyền CCHC (bổ sung số liệu)")
                .contains("Người tham dự: (trống) → 120");
    }
}
