package vn.parcomms.documents.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.documents.DocxRenderer;
import vn.parcomms.documents.OfficialDocument;
import vn.parcomms.documents.PdfRenderer;
import vn.parcomms.documents.PlanDocuments;
import vn.parcomms.documents.ReportDocuments;
import vn.parcomms.shared.InvalidInputException;

/**
 * Plans, their issuing decisions and reports as official documents, on the pages
 * ({@code /plans/5/document.docx}) and the API ({@code /api/v1/plans/5/document?format=pdf}), for
 * whoever may read the plan or report.
 */
@RestController
class DocumentDownloads {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final PlanDocuments plans;
    private final ReportDocuments reports;
    private final DocxRenderer docx;
    private final PdfRenderer pdf;

    DocumentDownloads(PlanDocuments plans, ReportDocuments reports, DocxRenderer docx, PdfRenderer pdf) {
        this.plans = plans;
        this.reports = reports;
        this.docx = docx;
        this.pdf = pdf;
    }

    @GetMapping("/plans/{id}/document.{format}")
    ResponseEntity<byte[]> planPage(@PathVariable long id, @PathVariable String format) {
        return plan(id, format, "plan");
    }

    @GetMapping("/plans/{id}/decision.{format}")
    ResponseEntity<byte[]> decisionPage(@PathVariable long id, @PathVariable String format) {
        return plan(id, format, "decision");
    }

    @GetMapping("/api/v1/plans/{id}/document")
    @Operation(summary = "The plan as an official document (Decree 30/2020), or the decision that issues it")
    ResponseEntity<byte[]> plan(@PathVariable long id,
            @Parameter(description = "docx or pdf") @RequestParam(name = "format", defaultValue = "docx") String format,
            @Parameter(description = "plan (default) or decision") @RequestParam(name = "kind", defaultValue = "plan") String kind) {
        Format f = Format.of(format);
        OfficialDocument document = switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "plan" -> plans.plan(id);
            case "decision" -> plans.decision(id);
            default -> throw new InvalidInputException("kind", "document.kind.invalid", kind);
        };
        String number = document.number().replaceFirst("^Số:\\s*", "").strip().replace('/', '-');
        String name = ("decision".equals(kind.strip().toLowerCase(Locale.ROOT)) ? "quyet-dinh-ban-hanh-ke-hoach-" + id
                : "ke-hoach-" + (number.isEmpty() ? String.valueOf(id) : number)) + "." + f.extension;
        return send(document, f, name);
    }

    @GetMapping("/reports/{id}/document.{format}")
    ResponseEntity<byte[]> reportPage(@PathVariable long id, @PathVariable String format) {
        return report(id, format);
    }

    @GetMapping("/api/v1/reports/{id}/document")
    @Operation(summary = "The periodic report as an official document (Decree 30/2020)")
    ResponseEntity<byte[]> report(@PathVariable long id,
            @Parameter(description = "docx or pdf") @RequestParam(name = "format", defaultValue = "docx") String format) {
        Format f = Format.of(format);
        return send(reports.report(id), f, "bao-cao-" + id + "." + f.extension);
    }

    private ResponseEntity<byte[]> send(OfficialDocument document, Format format, String name) {
        byte[] body = format == Format.PDF ? pdf.render(document) : docx.render(document);
        return vn.parcomms.shared.web.Downloads.bytes(body, name, format == Format.PDF ? MediaType.APPLICATION_PDF : DOCX);
    }

    private enum Format {
        DOCX("docx"), PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        static Format of(String value) {
            String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
            return switch (v) {
                case "docx" -> DOCX;
                case "pdf" -> PDF;
                default -> throw new InvalidInputException("format", "document.format.invalid", value);
            };
        }
    }
}
