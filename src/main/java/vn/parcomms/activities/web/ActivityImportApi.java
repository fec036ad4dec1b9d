package vn.parcomms.activities.web;

import java.net.URI;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.accounts.CurrentUser;
import vn.parcomms.activities.ActivityImport;
import vn.parcomms.activities.ImportRejectedException;
import vn.parcomms.activities.SpreadsheetImport;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.web.Problems;

/** Spreadsheet import of activities over HTTP: the template, the upload, and past imports. */
@RestController
@RequestMapping("/api/v1/activities/import")
@Tag(name = "Activity import", description = "Nhập hoạt động từ bảng tính Excel (.xlsx)")
class ActivityImportApi {

    private final ActivityImport imports;
    private final ImportMessages messages;
    private final Problems problems;
    private final AccountDirectory accounts;

    ActivityImportApi(ActivityImport imports, ImportMessages messages, Problems problems, AccountDirectory accounts) {
        this.imports = imports;
        this.messages = messages;
        this.problems = problems;
        this.accounts = accounts;
    }

    @GetMapping("/template")
    @Operation(summary = "XLSX template for a body (default: the caller's own), with its vocabularies and task occurrences",
            responses = @ApiResponse(responseCode = "200", content = @Content(
                    mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
    ResponseEntity<byte[]> template(@RequestParam(required = false) Long organizationId) {
        return ImportMessages.download(imports.template(organizationId != null ? organizationId : ownOrganization()));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the activities of an XLSX file for a body, all or nothing",
            description = "201 with the import when every row is valid; 200 with the earlier import when the same file "
                    + "was imported before (nothing is duplicated); 400 with the problems by row and column otherwise, "
                    + "and then nothing is stored.")
    ResponseEntity<ImportResult> upload(
            @Parameter(description = "the body the activities are recorded for") @RequestParam Long organizationId,
            @Parameter(description = "the .xlsx file") @RequestPart(name = "file", required = false) MultipartFile file) {
        SpreadsheetImport done = imports.importFile(organizationId, file == null ? null : file.getOriginalFilename(),
                ImportMessages.content(file));
        ImportResult result = ImportResult.of(done, messages.outcome(done));
        return done.alreadyImported() ? ResponseEntity.ok(result)
                : ResponseEntity.created(URI.create("/api/v1/activities/import/" + done.id())).body(result);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A past import")
    ImportResult get(@PathVariable long id) {
        SpreadsheetImport found = imports.get(id);
        return ImportResult.of(found, messages.outcome(found));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException e) {
        ProblemDetail problem = problems.build(HttpStatus.BAD_REQUEST, messages.summary(e));
        problem.setProperty("errors", messages.lines(e));
        problem.setProperty("total", e.total());
        return Problems.response(problem);
    }

    private long ownOrganization() {
        return accounts.currentUser().map(CurrentUser::organizationId)
                .orElseThrow(() -> new InvalidInputException("organizationId", "validation.required"));
    }

    /**
     * The outcome of an upload.
     *
     * @param importId the import
     * @param organizationId the body
     * @param count activities created by it
     * @param filename the file's name
     * @param importedBy who imported it
     * @param importedAt when
     * @param alreadyImported whether the file had been imported before (nothing new was created now)
     * @param message the outcome in the caller's language
     */
    record ImportResult(long importId, long organizationId, int count, String filename, String importedBy,
            Instant importedAt, boolean alreadyImported, String message) {

        static ImportResult of(SpreadsheetImport done, String message) {
            return new ImportResult(done.id(), done.organizationId(), done.count(), done.filename(), done.importedByName(),
                    done.importedAt(), done.alreadyImported(), message);
        }
    }
}
