package vn.parcomms.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;

/** The open procedure API and the public pages: paging, ETags, CORS, bad input, the rate limit, QR codes, the kiosk. */
@IntegrationTest
class ProcedureApiTests {

    static final String BIRTH = "1.001193.000.00.00.H36";

    @LocalServerPort
    int port;

    private HttpApi anonymous() {
        return HttpApi.anonymous(port);
    }

    @Test
    void theApiPagesFiltersAndAnswersUnchangedResultsWith304() {
        var all = anonymous().get("/api/v1/procedures?size=10&page=0");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("total").asInt()).isGreaterThanOrEqualTo(45);
        assertThat(all.json().path("items").size()).isEqualTo(10);
        assertThat(all.json().path("pages").asInt()).isEqualTo((all.json().path("total").asInt() + 9) / 10);
        var civil = anonymous().get("/api/v1/procedures?field=" + HttpApi.encode("Hộ tịch") + "&size=100&level=COMMUNE&province=68");
        assertThat(civil.json().path("items").valueStream().map(i -> i.path("field").asString()).distinct().toList())
                .containsExactly("Hộ tịch");
        var online = anonymous().get("/api/v1/procedures?online=NONE&size=100");
        assertThat(online.json().path("items").valueStream().map(i -> i.path("onlineLevel").asString()).distinct().toList())
                .containsOnly("NONE");

        String etag = all.header("ETag");
        assertThat(etag).isNotBlank();
        var again = anonymous().getWithHeaders("/api/v1/procedures?size=10&page=0", Map.of("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);
        var cors = anonymous().getWithHeaders("/api/v1/procedures?q=khai+sinh", Map.of("Origin", "https://app.example"));
        assertThat(cors.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(cors.header("X-RateLimit-Limit")).isNotBlank();
        assertThat(cors.header("Set-Cookie")).isNull();

        var one = anonymous().get("/api/v1/procedures/" + BIRTH.toLowerCase());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().path("procedure").path("name").asString()).isEqualTo("Đăng ký khai sinh");
        assertThat(one.json().path("procedure").path("dossier").size()).isGreaterThan(0);
        assertThat(one.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(anonymous().getWithHeaders("/api/v1/procedures/" + BIRTH, Map.of("If-None-Match", one.header("ETag"))).status())
                .isEqualTo(304);
        assertThat(anonymous().get("/v3/api-docs").body()).contains("/api/v1/procedures/{code}", "/api/v1/procedure-decisions/{id}/import",
                "\"$ref\":\"#/components/schemas/ProcedurePage\"", "\"ProcedureSummary\"");
    }

    @Test
    void badInputGetsAClearAnswerAndNeverA500() {
        var malformed = anonymous().get("/api/v1/procedures/khai-sinh");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.fieldError("code")).contains("không đúng dạng");
        var unknown = anonymous().get("/api/v1/procedures/9.999999.000.00.00.H36");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không có thủ tục");
        var longQuery = anonymous().get("/api/v1/procedures?q=" + "a".repeat(5000));
        assertThat(longQuery.status()).isEqualTo(400);
        assertThat(longQuery.fieldError("q")).contains("500");
        var hugePage = anonymous().get("/api/v1/procedures?q=khai&page=1000000000");
        assertThat(hugePage.status()).isEqualTo(400);
        assertThat(hugePage.fieldError("page")).contains("100");
        assertThat(anonymous().get("/api/v1/procedures?page=abc").fieldError("page")).isNotBlank();
        assertThat(anonymous().get("/api/v1/procedures?province=99999").fieldError("province")).contains("99999");
        for (String odd : new String[] {"%", "_", "'", "\"", "' OR 1=1 --", "😀 khai sinh", "\\", "%_%", "<script>alert(1)</script>"}) {
            var response = anonymous().get("/api/v1/procedures?q=" + HttpApi.encode(odd));
            assertThat(response.status()).as(odd).isEqualTo(200);
        }
        assertThat(anonymous().get("/api/v1/procedures?q=" + HttpApi.encode("😀 khai sinh")).json().path("items").path(0)
                .path("name").asString()).isEqualTo("Đăng ký khai sinh");
        // The pages answer the same inputs without an error page.
        assertThat(anonymous().get("/thu-tuc?q=" + "b".repeat(5000) + "&trang=1000000000").status()).isEqualTo(200);
        assertThat(anonymous().get("/thu-tuc/khong-co").status()).isEqualTo(404);
        assertThat(anonymous().get("/thu-tuc?q=%25&level=HUYEN&online=x").status()).isEqualTo(200);
    }

    @Test
    void pagesShowTheProcedureItsQrCodeAndSuggestionsWithoutASession() {
        var page = anonymous().get("/thu-tuc/" + BIRTH);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Đăng ký khai sinh", "Thành phần hồ sơ", "Tờ khai đăng ký khai sinh", "qr.svg",
                "Công bố mới", "theo Quyết định số 1350/QĐ-UBND");
        assertThat(page.header("Set-Cookie")).isNull();
        var qr = anonymous().get("/thu-tuc/" + BIRTH + "/qr.svg");
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(qr.body()).startsWith("<svg").contains("<path d=\"M");
        var suggestions = anonymous().get("/thu-tuc/goi-y?q=" + HttpApi.encode("khai snh"));
        assertThat(suggestions.body()).contains("Đăng ký khai sinh");
        var kiosk = anonymous().get("/kiosk/thu-tuc");
        assertThat(kiosk.body()).contains("data-reset-seconds=\"60\"", "Hộ tịch").doesNotContain("/login");
        var results = anonymous().get("/thu-tuc?q=" + HttpApi.encode("chung thuc"));
        assertThat(results.body()).contains("Chứng thực di chúc");
    }

    @Test
    void aClientOverItsLimitGets429WithRetryAfterAndOthersAreNotHeldBack() throws IOException {
        // From another loopback address, so that the other tests' client keeps its own allowance.
        InetAddress client = InetAddress.getByName("127.0.0.7");
        int limit = -1;
        String refused = null;
        for (int i = 0; i < 2000 && refused == null; i++) {
            String response = rawGet(client, "/api/v1/procedures/" + BIRTH);
            if (limit < 0) {
                limit = Integer.parseInt(header(response, "X-RateLimit-Limit"));
            }
            if (response.startsWith("HTTP/1.1 429")) {
                refused = response;
                // The bucket refills while the loop runs (the limit per minute, a little every second).
                assertThat(i).isBetween(limit, limit + limit / 10);
            }
        }
        assertThat(refused).as("a 429 within the limit + 1 requests").isNotNull();
        assertThat(header(refused, "Retry-After")).matches("\\d+");
        assertThat(refused).contains("yêu cầu trong một phút");
        assertThat(anonymous().get("/api/v1/procedures/" + BIRTH).status()).isEqualTo(200);
    }

    private String rawGet(InetAddress from, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, from, 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nAccept-Language: vi\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder response = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                response.append(line).append('\n');
            }
            return response.toString();
        }
    }

    private static String header(String response, String name) {
        for (String line : response.split("\n")) {
            if (line.toLowerCase().startsWith(name.toLowerCase() + ":")) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return null;
    }
}
