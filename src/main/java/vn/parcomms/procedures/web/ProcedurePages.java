package vn.parcomms.procedures.web;

import java.time.Duration;

import io.nayuki.qrcodegen.QrCode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.parcomms.procedures.Procedure;
import vn.parcomms.procedures.ProcedureCatalog;
import vn.parcomms.procedures.ProcedureContent;
import vn.parcomms.procedures.ProcedureIndex;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.NotFoundException;

/**
 * What citizens see: the lookup with suggestions as they type, a printable page per procedure with its
 * QR code for the notice board, and the kiosk of the service center (large touch targets, no sign-in,
 * back to the start after a minute without a touch).
 */
@Controller
class ProcedurePages {

    static final int PAGE = 20;

    private final ProcedureIndex index;
    private final ProcedureCatalog catalog;
    private final ProcedureQueries queries;
    private final String publicUrl;

    ProcedurePages(ProcedureIndex index, ProcedureCatalog catalog, ProcedureQueries queries,
            @Value("${parcomms.public-url:}") String publicUrl) {
        this.index = index;
        this.catalog = catalog;
        this.queries = queries;
        this.publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
    }

    @GetMapping("/thu-tuc")
    String lookup(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
            @RequestParam(required = false) String level, @RequestParam(required = false) String online,
            @RequestParam(required = false) String province, @RequestParam(defaultValue = "0") String trang, Model model) {
        search(model, q, field, level, online, province, trang, PAGE);
        return "procedures/lookup";
    }

    /** Suggestions under the search box, as the citizen types (htmx). */
    @GetMapping("/thu-tuc/goi-y")
    String suggestions(@RequestParam(required = false) String q, @RequestParam(required = false) String province, Model model) {
        Long provinceId = safeProvince(province);
        String text = q == null ? "" : q.length() > ProcedureApi.MAX_QUERY_CHARS ? q.substring(0, ProcedureApi.MAX_QUERY_CHARS) : q;
        model.addAttribute("suggestions", text.isBlank() ? java.util.List.of()
                : index.search(new ProcedureIndex.Query(text, null, null, provinceId, null, 0, 8)).items());
        return "procedures/lookup :: suggestions";
    }

    @GetMapping("/thu-tuc/{code}")
    String detail(@PathVariable String code, Model model, HttpServletRequest request) {
        Procedure p = procedure(code);
        model.addAttribute("p", p);
        model.addAttribute("c", p.content());
        model.addAttribute("pageUrl", absolute(request, "/thu-tuc/" + p.code()));
        model.addAttribute("history", catalog.history(p));
        return "procedures/detail";
    }

    /** The QR code of a procedure's page, as SVG, to print on the notice board. */
    @GetMapping(value = "/thu-tuc/{code}/qr.svg")
    ResponseEntity<String> qr(@PathVariable String code, HttpServletRequest request) {
        Procedure p = procedure(code);
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(svg(QrCode.encodeText(absolute(request, "/thu-tuc/" + p.code()), QrCode.Ecc.MEDIUM), 4));
    }

    @GetMapping("/kiosk/thu-tuc")
    String kiosk(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
            @RequestParam(required = false) String province, @RequestParam(defaultValue = "60") int reset, Model model) {
        kioskStart(model, province, reset);
        boolean asked = q != null && !q.isBlank() || field != null && !field.isBlank();
        model.addAttribute("asked", asked);
        search(model, q, field, null, null, province, "0", 30);
        return "procedures/kiosk";
    }

    @GetMapping("/kiosk/thu-tuc/{code}")
    String kioskDetail(@PathVariable String code, @RequestParam(required = false) String province,
            @RequestParam(defaultValue = "60") int reset, Model model) {
        Procedure p = procedure(code);
        kioskStart(model, province, reset);
        model.addAttribute("p", p);
        model.addAttribute("c", p.content());
        return "procedures/kiosk-detail";
    }

    /** The kiosk's start screen address, which keeps the province and a non-default reset time. */
    private static void kioskStart(Model model, String province, int reset) {
        int seconds = Math.max(5, Math.min(reset, 3600));
        var start = org.springframework.web.util.UriComponentsBuilder.fromPath("/kiosk/thu-tuc");
        if (province != null && !province.isBlank()) {
            start.queryParam("province", province.strip());
        }
        if (seconds != 60) {
            start.queryParam("reset", seconds);
        }
        model.addAttribute("reset", seconds);
        model.addAttribute("province", province == null || province.isBlank() ? null : province.strip());
        model.addAttribute("kioskStart", start.encode().build().toUriString());
    }

    private void search(Model model, String q, String field, String level, String online, String province, String trang, int size) {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        String text = q;
        if (text != null && text.length() > ProcedureApi.MAX_QUERY_CHARS) {
            text = text.substring(0, ProcedureApi.MAX_QUERY_CHARS);
            problems.put("q", "procedure.query.cut");
        }
        int page = 0;
        try {
            page = Integer.parseInt(trang.strip());
            if (page < 0 || page > ProcedureApi.MAX_PAGE) {
                problems.put("trang", "procedure.page.range");
                page = 0;
            }
        } catch (NumberFormatException e) {
            problems.put("trang", "procedure.page.range");
        }
        ProcedureContent.Level lvl = parse(ProcedureContent.Level.class, level);
        ProcedureContent.OnlineLevel onl = parse(ProcedureContent.OnlineLevel.class, online);
        Long provinceId = null;
        try {
            provinceId = queries.province(province);
        } catch (InvalidInputException e) {
            problems.put("province", "procedure.province.unknown");
        }
        var result = index.search(new ProcedureIndex.Query(text, field, lvl, provinceId, onl, page, size));
        model.addAttribute("q", q == null ? "" : text);
        model.addAttribute("field", field);
        model.addAttribute("level", lvl);
        model.addAttribute("online", onl);
        model.addAttribute("result", result);
        model.addAttribute("fields", index.fields(provinceId));
        model.addAttribute("problems", problems);
        model.addAttribute("maxPage", ProcedureApi.MAX_PAGE);
    }

    private Long safeProvince(String province) {
        try {
            return queries.province(province);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Procedure procedure(String code) {
        String normalized;
        try {
            normalized = ProcedureQueries.checkCode(code);
        } catch (InvalidInputException e) {
            throw new NotFoundException("procedure.not-found", code.length() > 60 ? code.substring(0, 60) : code);
        }
        return index.byCode(normalized).or(() -> catalog.find(normalized))
                .orElseThrow(() -> new NotFoundException("procedure.not-found", normalized));
    }

    private String absolute(HttpServletRequest request, String path) {
        return publicUrl.isEmpty() ? ServletUriComponentsBuilder.fromContextPath(request).path(path).build().toUriString()
                : publicUrl + path;
    }

    /** The QR symbol as SVG paths, with a quiet zone of {@code border} modules. */
    static String svg(QrCode qr, int border) {
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" role=\"img\"><title>QR</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
