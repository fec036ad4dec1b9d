package vn.parcomms.reports.web;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.reports.ReportManagement;
import vn.parcomms.reports.ReportView;

/** A report as XLSX, for its readers, on the pages and the API. */
@RestController
class ReportExports {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportManagement reports;
    private final ReportWorkbook workbook;

    ReportExports(ReportManagement reports, ReportWorkbook workbook) {
        this.reports = reports;
        this.workbook = workbook;
    }

    @GetMapping({"/reports/{id}/export.xlsx", "/api/v1/reports/{id}/export"})
    @Operation(summary = "The report with its figures and its subordinates' status as an XLSX workbook")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        ReportView view = reports.view(id);
        String name = "bao-cao-" + view.report().periodKey() + "-" + view.report().organizationId() + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(workbook.write(view, LocaleContextHolder.getLocale()));
    }
}
