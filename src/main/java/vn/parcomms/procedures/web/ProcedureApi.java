package vn.parcomms.procedures.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.procedures.Procedure;
import vn.parcomms.procedures.ProcedureCatalog;
import vn.parcomms.procedures.ProcedureContent;
import vn.parcomms.procedures.ProcedureIndex;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open procedure API for phone and web apps: public, read-only, paged. Its answers are kept as bytes
 * with ETags until a catalog changes ({@link ProcedurePageCache}), read by any origin (CORS for GET), and
 * limited per client ({@link ApiRateLimit}).
 */
@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Procedures (public)", description = "Administrative procedures in force: search and details, no sign-in")
class ProcedureApi {

    static final int MAX_PAGE = 100_000;
    static final int MAX_QUERY_CHARS = 500;

    private final ProcedureIndex index;
    private final ProcedureCatalog catalog;
    private final ProcedureQueries queries;
    private final JsonMapper json;
    /** Each procedure's summary as JSON, by code, with the catalog version it was written for. */
    private final Map<String, Summary> summaries = new ConcurrentHashMap<>();

    private record Summary(long version, byte[] json) {
    }

    ProcedureApi(ProcedureIndex index, ProcedureCatalog catalog, ProcedureQueries queries, JsonMapper json) {
        this.index = index;
        this.catalog = catalog;
        this.queries = queries;
        this.json = json;
    }

    /** A procedure in a list of results. */
    record ProcedureSummary(String code, String name, String field, List<ProcedureContent.Level> levels,
            ProcedureContent.OnlineLevel onlineLevel, String processingTime, String url, String page) {

        static ProcedureSummary of(Procedure p) {
            ProcedureContent c = p.content();
            return new ProcedureSummary(c.code(), c.name(), c.field(), c.levels(), c.onlineLevel(), c.processingTime(),
                    "/api/v1/procedures/" + c.code(), "/thu-tuc/" + c.code());
        }
    }

    /** One page of results. */
    record ProcedurePage(List<ProcedureSummary> items, int page, int size, int total, int pages) {
    }

    /** A procedure with everything the national database holds, and where it stands. */
    record ProcedureDetail(ProcedureContent procedure, Procedure.Status status, LocalDate validFrom, LocalDate validTo,
            String replacedBy, String page, String qrCode) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search procedures in force: without diacritics and with typos tolerated; exact name first, then name "
            + "prefix, name words, other fields. Filters by field (lĩnh vực), level, province (code) and online level. 20 a page")
    @ApiResponse(responseCode = "200", description = "one page of results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ProcedurePage.class)))
    void search(
            @Parameter(description = "words, e.g. \"khai sinh\" (at most 500 characters)") @RequestParam(required = false) String q,
            @RequestParam(required = false) String field,
            @Parameter(description = "PROVINCE or COMMUNE") @RequestParam(required = false) ProcedureContent.Level level,
            @Parameter(description = "FULL, PARTIAL or NONE") @RequestParam(required = false) ProcedureContent.OnlineLevel online,
            @Parameter(description = "the province's official code, e.g. 68") @RequestParam(required = false) String province,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            HttpServletResponse response) throws IOException {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidInputException("page", "procedure.page.range", MAX_PAGE);
        }
        if (size < 1 || size > 100) {
            throw new InvalidInputException("size", "procedure.size.range");
        }
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw new InvalidInputException("q", "procedure.query.too-long", MAX_QUERY_CHARS);
        }
        Long provinceId = queries.province(province);
        var result = index.search(new ProcedureIndex.Query(q, field, level, provinceId, online, page, size));
        List<byte[]> items = new ArrayList<>(result.items().size());
        for (Procedure p : result.items()) {
            items.add(summary(p, result.version()));
        }
        // Written as it is: the page is already JSON, no converter needs choosing.
        byte[] body = page(items, result.page(), result.size(), result.total(), result.pages());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A procedure's summary as JSON, written once per catalog version (a page of results is put together from them). */
    private byte[] summary(Procedure p, long version) {
        Summary summary = summaries.get(p.code());
        if (summary == null || summary.version() != version) {
            summary = new Summary(version, json.writeValueAsBytes(ProcedureSummary.of(p)));
            summaries.put(p.code(), summary);
        }
        return summary.json();
    }

    /** The JSON of a {@link ProcedurePage}, from its items' JSON: the same bytes the JSON mapper writes (tested). */
    static byte[] page(List<byte[]> items, int page, int size, int total, int pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 + items.stream().mapToInt(i -> i.length + 1).sum());
        out.writeBytes("{\"items\":[".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(items.get(i));
        }
        out.writeBytes(("],\"page\":" + page + ",\"size\":" + size + ",\"total\":" + total + ",\"pages\":" + pages + "}")
                .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One procedure by its national code, e.g. 1.001193.000.00.00.H36, with its status (abolished and "
            + "replaced procedures are answered too, with what replaced them)")
    ResponseEntity<ProcedureDetail> procedure(@PathVariable String code) {
        String normalized = ProcedureQueries.checkCode(code);
        Procedure p = index.byCode(normalized).or(() -> catalog.find(normalized))
                .orElseThrow(() -> new NotFoundException("procedure.not-found", normalized));
        return ResponseEntity.ok().body(new ProcedureDetail(p.content(), p.status(), p.validFrom(), p.validTo(), p.replacedBy(),
                        "/thu-tuc/" + p.code(), "/thu-tuc/" + p.code() + "/qr.svg"));
    }
}
