package vn.parcomms.reports.web;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.reports.ReportManagement;

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
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.attachment().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.attachment().name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(new FileSystemResource(download.path()));
    }
}
