package vn.parcomms.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.reports.ReportManagement;
import vn.parcomms.shared.web.Downloads;

/** Report attachments for the report's readers, on the pages and the API, as attachments never sniffed. */
@RestController
class ReportAttachmentDownloads {

    private final ReportManagement reports;

    ReportAttachmentDownloads(ReportManagement reports) {
        this.reports = reports;
    }

    @GetMapping({"/reports/{id}/attachments/{attachmentId}", "/api/v1/reports/{id}/attachments/{attachmentId}"})
    @Operation(summary = "Download a report attachment (recorded in the report's history)")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId) {
        var download = reports.download(id, attachmentId);
        return Downloads.file(download.path(), download.attachment().name(), download.attachment().mediaType(), false);
    }
}
