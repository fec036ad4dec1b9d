package vn.parcomms.activities.web;


import io.swagger.v3.oas.annotations.Operation;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.activities.ActivityManagement;
import vn.parcomms.shared.web.Downloads;

/**
 * Evidence files for those who may read the activity, on the pages (session) and the API (token).
 * Files are sent as attachments with their detected type, never sniffed, under a sandboxing CSP.
 */
@RestController
class EvidenceDownloads {

    private final ActivityManagement activities;

    EvidenceDownloads(ActivityManagement activities) {
        this.activities = activities;
    }

    @GetMapping({"/activities/{id}/files/{fileId}", "/api/v1/activities/{id}/evidence/{fileId}"})
    @Operation(summary = "Download an evidence file (recorded in the audit trail)")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long fileId) {
        return send(activities.download(id, fileId, false), false);
    }

    @GetMapping({"/activities/{id}/files/{fileId}/thumbnail", "/api/v1/activities/{id}/evidence/{fileId}/thumbnail"})
    @Operation(summary = "Thumbnail of an image evidence file")
    ResponseEntity<Resource> thumbnail(@PathVariable long id, @PathVariable long fileId) {
        return send(activities.download(id, fileId, true), true);
    }

    private static ResponseEntity<Resource> send(ActivityManagement.EvidenceDownload download, boolean inline) {
        return Downloads.file(download.path(), download.file().name(), download.mediaType(), inline);
    }
}
