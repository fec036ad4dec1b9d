package vn.parcomms.activities.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parcomms.activities.Activity;
import vn.parcomms.activities.ActivityEvent;
import vn.parcomms.activities.ActivityFilter;
import vn.parcomms.activities.ActivityManagement;
import vn.parcomms.activities.ActivityStatus;
import vn.parcomms.activities.EvidenceFile;
import vn.parcomms.activities.RecordActivity;

/** Activities over JSON: record, correct, accept, return, list, and the audit trail. */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Activities", description = "Kết quả thực hiện: hoạt động, duyệt, trả lại")
class ActivityApi {

    private final ActivityManagement activities;

    ActivityApi(ActivityManagement activities) {
        this.activities = activities;
    }

    @GetMapping
    @Operation(summary = "Activities of the bodies the caller may read, newest first, filtered by status, occurrence, "
            + "dates, body (with the bodies under it) and channel; page from 0, size up to 1000")
    List<Activity> list(@RequestParam(required = false) ActivityStatus status,
            @RequestParam(required = false) Long occurrenceId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long organizationId, @RequestParam(required = false) String channel,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{validation.min}") int page,
            @RequestParam(defaultValue = "1000") @Min(value = 1, message = "{validation.min}")
            @Max(value = 1000, message = "{validation.max}") int size) {
        return activities.list(new ActivityFilter(status, occurrenceId, from, to, organizationId, channel), page * size, size);
    }

    @GetMapping("/{id}")
    Activity get(@PathVariable long id) {
        return activities.get(id);
    }

    @GetMapping("/{id}/events")
    @Operation(summary = "Audit trail of an activity")
    List<ActivityEvent> events(@PathVariable long id) {
        return activities.events(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an activity for a task occurrence (or outside the plan)")
    ResponseEntity<Activity> record(@Valid @RequestBody RecordActivity command) {
        Activity activity = activities.record(command);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + activity.id())).body(activity);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record an activity with evidence files: part 'activity' (JSON) and parts 'files'")
    ResponseEntity<Activity> recordWithFiles(@Valid @RequestPart("activity") RecordActivity command,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        Activity activity = activities.record(command, files == null ? List.of() : files);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + activity.id())).body(activity);
    }

    @GetMapping("/{id}/evidence")
    @Operation(summary = "Evidence files and links (with captured titles) of an activity")
    ActivityManagement.Evidence evidence(@PathVariable long id) {
        return activities.evidence(id);
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add evidence files to an activity not yet accepted")
    List<EvidenceFile> attach(@PathVariable long id, @RequestPart("files") List<MultipartFile> files) {
        return activities.attach(id, files);
    }

    @DeleteMapping("/{id}/evidence/{fileId}")
    @Operation(summary = "Take a file off an activity not yet accepted")
    ResponseEntity<Void> detach(@PathVariable long id, @PathVariable long fileId) {
        activities.detach(id, fileId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct an activity; after acceptance this creates a new version to be accepted again")
    Activity correct(@PathVariable long id, @Valid @RequestBody RecordActivity command) {
        return activities.correct(id, command);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a recorded activity (coordinators; not one's own)")
    Activity accept(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return activities.accept(id, decision.version());
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return a recorded activity with a reason")
    Activity returnForCorrection(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return activities.returnForCorrection(id, decision.version(), decision.reason());
    }

    record Decision(@NotNull(message = "{validation.required}") Integer version, String reason) {
    }
}
