package vn.parcomms.reports.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.reports.LiveRollup;
import vn.parcomms.reports.PeriodicReport;
import vn.parcomms.reports.ReportAttachment;
import vn.parcomms.reports.ReportEvent;
import vn.parcomms.reports.ReportManagement;
import vn.parcomms.reports.ReportStatus;
import vn.parcomms.reports.ReportView;
import vn.parcomms.reports.ReportingLine;
import vn.parcomms.reports.Rollup;

/** Periodic reports over JSON: open, write, submit, accept, return, reopen, roll up. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Báo cáo định kỳ: soạn, gửi, duyệt, trả lại, tổng hợp")
class ReportApi {

    private final ReportManagement reports;

    ReportApi(ReportManagement reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "Reports the caller may read, by period (2026-Q1, 2026-M03, 2026-H1, 2026) and status")
    List<PeriodicReport> list(@RequestParam(required = false) String period,
            @RequestParam(required = false) ReportStatus status) {
        return reports.list(period, status);
    }

    @PostMapping
    @Operation(summary = "Open the report of a body for a period (created as a draft the first time)")
    ResponseEntity<ReportView> open(@Valid @RequestBody OpenReport request) {
        PeriodicReport report = reports.open(request.organizationId(), request.period());
        return ResponseEntity.created(URI.create("/api/v1/reports/" + report.id())).body(reports.view(report.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A report with its figures (frozen once submitted) and its subordinates' status")
    ReportView get(@PathVariable long id) {
        return reports.view(id);
    }

    @GetMapping("/{id}/events")
    @Operation(summary = "History of a report")
    List<ReportEvent> events(@PathVariable long id) {
        return reports.events(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save the narrative of a draft or returned report")
    PeriodicReport save(@PathVariable long id, @Valid @RequestBody ReportManagement.Narrative narrative) {
        return reports.saveNarrative(id, narrative);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Save the narrative and submit; figures are frozen")
    PeriodicReport submit(@PathVariable long id, @Valid @RequestBody ReportManagement.Narrative narrative) {
        return reports.submit(id, narrative);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept (lock) a submitted report: coordinators of the level it reports to")
    PeriodicReport accept(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return reports.accept(id, decision.version());
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return a submitted report with a comment")
    PeriodicReport returnWithComment(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return reports.returnWithComment(id, decision.version(), decision.comment());
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Reopen an accepted report with a reason: only the level that accepted it")
    PeriodicReport reopen(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return reports.reopen(id, decision.version(), decision.comment());
    }

    @GetMapping("/rollup")
    @Operation(summary = "A level's roll-up for a period: own figures, accepted reports below, reporting and on-time rates; "
            + "without org, the national roll-up of the provinces' reports")
    Rollup rollup(@RequestParam(name = "org", required = false) Long organizationId, @RequestParam("period") String period) {
        return organizationId == null ? reports.nationalRollup(period) : reports.rollup(organizationId, period);
    }

    @GetMapping("/live")
    @Operation(summary = "Every accepted activity of a period under a level (or the whole country, by province, when org "
            + "is left out), per body below it, whatever the reports say")
    LiveRollup live(@RequestParam(name = "org", required = false) Long organizationId, @RequestParam("period") String period) {
        return reports.live(organizationId, period);
    }

    @GetMapping("/{id}/attachments")
    @Operation(summary = "Files attached to a report")
    List<ReportAttachment> attachments(@PathVariable long id) {
        return reports.attachments(id);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach files to a report still being written (checked by content)")
    List<ReportAttachment> attach(@PathVariable long id, @RequestPart("files") List<MultipartFile> files) {
        return reports.attach(id, files);
    }

    @DeleteMapping("/{id}/attachments/{attachmentId}")
    @Operation(summary = "Take a file off a report still being written")
    ResponseEntity<Void> detach(@PathVariable long id, @PathVariable long attachmentId) {
        reports.detach(id, attachmentId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/lines")
    @Operation(summary = "The bodies below a level and where their reports go")
    List<ReportingLine> lines(@RequestParam("org") long organizationId) {
        return reports.lines(organizationId);
    }

    @PutMapping("/lines/{organizationId}")
    @Operation(summary = "Override where a body's reports go: not at all, or to a higher level (recipientId)")
    ReportingLine setLine(@PathVariable long organizationId, @Valid @RequestBody Line line) {
        return reports.setLine(organizationId, line.reports(), line.recipientId());
    }

    record Line(@NotNull(message = "{validation.required}") Boolean reports, Long recipientId) {
    }

    record OpenReport(@NotNull(message = "{validation.required}") Long organizationId,
            @NotNull(message = "{validation.required}") String period) {
    }

    record Decision(@NotNull(message = "{validation.required}") Integer version, String comment) {
    }
}
