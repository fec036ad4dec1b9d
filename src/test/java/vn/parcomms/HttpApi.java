package vn.parcomms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for tests: JSON calls with a token, or a browser-like session with cookies. */
public final class HttpApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    /** Cookies by name, replaced like a browser does (java.net.CookieManager keeps stale ones for localhost). */
    private final Map<String, String> cookies;
    private String token;

    private HttpApi(int port, boolean cookies) {
        this.base = "http://localhost:" + port;
        var builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER);
        this.cookies = cookies ? new java.util.LinkedHashMap<>() : null;
        this.client = builder.build();
    }

    public static HttpApi anonymous(int port) {
        return new HttpApi(port, false);
    }

    public static HttpApi withToken(int port, String token) {
        HttpApi api = new HttpApi(port, false);
        api.token = token;
        return api;
    }

    /** A client that keeps cookies, like a browser session. */
    public static HttpApi browser(int port) {
        return new HttpApi(port, true);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET with extra headers (If-None-Match, Origin…). */
    public Response getWithHeaders(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).GET();
        headers.forEach(builder::header);
        return send(builder);
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Posts an HTML form, with the CSRF token when given. */
    public Response postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Reads the CSRF token from a page's form. */
    public String csrfFrom(String path) {
        Matcher matcher = CSRF.matcher(get(path).body());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF field on " + path);
        }
        return matcher.group(1);
    }

    /** Signs in through the real sign-in form; returns the response to the POST. */
    public Response signIn(String username, String password) {
        String csrf = csrfFrom("/login");
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrf));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** One part of a multipart body: a form field or a file. */
    public record Part(String name, String filename, String contentType, byte[] content) {

        public static Part field(String name, String value) {
            return new Part(name, null, "text/plain; charset=UTF-8", value.getBytes(StandardCharsets.UTF_8));
        }

        public static Part json(String name, Object value) {
            return new Part(name, null, "application/json", HttpApi.json(value).getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String name, String filename, String contentType, byte[] content) {
            return new Part(name, filename, contentType, content);
        }
    }

    /** Posts multipart/form-data, as a browser form with files or an API client does. */
    public Response postParts(String path, List<Part> parts) {
        String boundary = "----parcomms" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
            if (part.filename() != null) {
                head.append("; filename=\"").append(part.filename()).append('"');
            }
            head.append("\r\nContent-Type: ").append(part.contentType()).append("\r\n\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Reads a binary response (a download). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, text/html;q=0.9");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (cookies != null && !cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            if (cookies != null) {
                for (String header : response.headers().allValues("Set-Cookie")) {
                    String pair = header.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    String value = pair.substring(eq + 1);
                    if (value.isEmpty() || header.contains("Max-Age=0")) {
                        cookies.remove(pair.substring(0, eq));
                    } else {
                        cookies.put(pair.substring(0, eq), value);
                    }
                }
            }
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        return body instanceof String s ? s : JSON.writeValueAsString(body);
    }

    /** A response with its body read as JSON on demand. */
    public record Response(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The Vietnamese (or English) message of the first field error for the given field. */
        public String fieldError(String field) {
            for (JsonNode error : json().path("errors")) {
                if (field.equals(error.path("field").asString())) {
                    return error.path("message").asString();
                }
            }
            return null;
        }
    }

    /**
     * Posts a multipart form with one file (as a browser does with enctype="multipart/form-data"),
     * with a longer timeout than JSON calls: uploads may be large.
     */
    public Response postMultipart(String path, Map<String, String> fields, String fileField, String filename,
            byte[] content, String contentType) {
        String boundary = "----ParCommsBoundary" + java.util.UUID.randomUUID().toString().replace("-", "");
        var body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = value -> body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            text.accept(value + "\r\n");
        });
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        text.accept("\r\n--" + boundary + "--\r\n");
        return send(request(path).timeout(Duration.ofMinutes(3))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

}
