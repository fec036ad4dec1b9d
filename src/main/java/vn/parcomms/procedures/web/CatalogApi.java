package vn.parcomms.procedures.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.procedures.Procedure;
import vn.parcomms.procedures.ProcedureCatalog;
import vn.parcomms.procedures.ProcedureCatalog.DecisionDraft;
import vn.parcomms.procedures.ProcedureCatalog.ImportRefused;
import vn.parcomms.procedures.ProcedureCatalog.ImportResult;
import vn.parcomms.procedures.ProcedureChange;
import vn.parcomms.procedures.ProcedureContent;
import vn.parcomms.procedures.ProcedureDecision;
import vn.parcomms.procedures.ProcedureFiles;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.web.Downloads;
import vn.parcomms.shared.web.Problems;

/**
 * The officials' side: a province's decisions, publishing, amending, replacing and abolishing procedures
 * under them, bulk import (all or nothing, by code, so a second import of the same file changes nothing),
 * export in the national layout, and the counts that feed the reports. Signed-in managers of the province only.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Procedure catalogs", description = "Decisions, publication, import and export of a province's procedures")
class CatalogApi {

    private final ProcedureCatalog catalog;
    private final ProcedureFiles files;
    private final OrganizationDirectory organizations;
    private final Problems problems;

    CatalogApi(ProcedureCatalog catalog, ProcedureFiles files, OrganizationDirectory organizations, Problems problems) {
        this.catalog = catalog;
        this.files = files;
        this.organizations = organizations;
        this.problems = problems;
    }

    /** A body's catalog on a day, with the day. */
    record BodyCatalog(long organizationId, LocalDate on, List<ProcedureApi.ProcedureSummary> procedures) {
    }

    /** One procedure with its whole history. */
    record History(String code, Procedure.Status status, List<ProcedureChange> changes) {
    }

    /** Abolishing: the code and why. */
    record Abolition(String code, String note) {
    }

    /** Amending: the new content and the version read. */
    record Amendment(ProcedureContent procedure, int version) {
    }

    @GetMapping("/organizations/{id}/procedures")
    @Operation(summary = "The procedures that apply to a body on a day (default today): its province's, for its level")
    BodyCatalog bodyCatalog(@PathVariable long id, @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate day = on == null ? organizations.today() : on;
        return new BodyCatalog(id, day, catalog.catalog(id, day).stream().map(ProcedureApi.ProcedureSummary::of).toList());
    }

    @GetMapping("/procedures/{code}/history")
    @Operation(summary = "A procedure's history: every publication, amendment, replacement and abolition with its decision")
    History history(@PathVariable String code) {
        Procedure p = catalog.get(ProcedureQueries.checkCode(code));
        return new History(p.code(), p.status(), catalog.history(p));
    }

    @GetMapping("/procedure-catalogs/{province}/decisions")
    @Operation(summary = "A province's decisions on procedures, newest first")
    List<ProcedureDecision> decisions(@PathVariable String province) {
        return catalog.decisions(province(province).id());
    }

    @PostMapping("/procedure-catalogs/{province}/decisions")
    @Operation(summary = "Record a decision of the province (number unique in the province); its managers only")
    ResponseEntity<ProcedureDecision> decide(@PathVariable String province, @RequestBody DecisionDraft draft) {
        return ResponseEntity.status(201).body(catalog.decide(province(province).id(), draft));
    }

    @PostMapping("/procedure-decisions/{id}/procedures")
    @Operation(summary = "Publish procedures under a decision: new codes are published, changed ones amended, identical ones "
            + "left alone; any invalid item refuses the whole list (400 with every row's errors)")
    ImportResult publish(@PathVariable long id, @RequestBody List<ProcedureContent> procedures) {
        return catalog.publish(id, procedures);
    }

    @PostMapping(value = "/procedure-decisions/{id}/import", consumes = "multipart/form-data")
    @Operation(summary = "Import an XLSX, CSV or JSON file in the national layout under a decision, all or nothing")
    ImportResult importFile(@PathVariable long id, @RequestParam("file") MultipartFile file) throws java.io.IOException {
        ProcedureFiles.Read read = read(file);
        return catalog.publish(id, read.procedures(), read.firstRow());
    }

    @PutMapping("/procedure-decisions/{id}/procedures/{code}")
    @Operation(summary = "Amend one procedure under a decision; send the version read (409 when someone changed it since)")
    Procedure amend(@PathVariable long id, @PathVariable String code, @RequestBody Amendment amendment) {
        return catalog.amend(id, ProcedureQueries.checkCode(code), amendment.procedure(), amendment.version());
    }

    @PostMapping("/procedure-decisions/{id}/abolitions")
    @Operation(summary = "Abolish a procedure under a decision, from the day it takes effect")
    Procedure abolish(@PathVariable long id, @RequestBody Abolition abolition) {
        return catalog.abolish(id, ProcedureQueries.checkCode(abolition.code()), abolition.note());
    }

    /** Replacing: the old code and the new procedure. */
    record Replacement(String code, ProcedureContent replacement) {
    }

    @PostMapping("/procedure-decisions/{id}/replacements")
    @Operation(summary = "Replace a procedure by a new one under a decision")
    Procedure replace(@PathVariable long id, @RequestBody Replacement replacement) {
        return catalog.replace(id, ProcedureQueries.checkCode(replacement.code()), replacement.replacement());
    }

    @GetMapping("/procedure-catalogs/{province}/export")
    @Operation(summary = "A province's procedures in force, as XLSX, CSV or JSON in the national layout (re-importable)")
    ResponseEntity<byte[]> export(@PathVariable String province, @RequestParam(defaultValue = "xlsx") String format) {
        Organization p = province(province);
        ProcedureFiles.Format f = format(format);
        List<ProcedureContent> list = catalog.all(p.id()).stream().filter(x -> x.status() == Procedure.Status.ACTIVE)
                .map(Procedure::content).toList();
        return Downloads.bytes(files.write(list, f), "thu-tuc-" + p.code() + "." + f.name().toLowerCase(java.util.Locale.ROOT),
                mediaType(f));
    }

    @GetMapping("/procedure-catalogs/{province}/counts")
    @Operation(summary = "How many procedures were published, amended, replaced and abolished with effect in a period")
    Map<ProcedureChange.Kind, Long> counts(@PathVariable String province, @RequestParam @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate from, @RequestParam @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "procedure.period.order");
        }
        return catalog.counts(province(province).id(), from, to);
    }

    @ExceptionHandler(ImportRefused.class)
    ResponseEntity<ProblemDetail> refused(ImportRefused e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (var row : e.rows()) {
            for (var v : row.violations()) {
                errors.add(Map.of("field", "rows[" + row.row() + "]." + v.field(), "row", String.valueOf(row.row()),
                        "code", row.code() == null ? "" : row.code(),
                        "message", problems.message(v.messageKey(), v.arguments().toArray())));
            }
        }
        ProblemDetail problem = problems.withFieldErrors(errors);
        problem.setDetail(problems.message("procedure.import.refused", e.rows().size()));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem);
    }

    static org.springframework.http.MediaType mediaType(ProcedureFiles.Format format) {
        return org.springframework.http.MediaType.parseMediaType(switch (format) {
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case CSV -> "text/csv;charset=UTF-8";
            case JSON -> "application/json";
        });
    }

    static ProcedureFiles.Format format(String format) {
        try {
            return ProcedureFiles.Format.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", "procedure.format.unknown");
        }
    }

    ProcedureFiles.Read read(MultipartFile file) throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "validation.required");
        }
        ProcedureFiles.Read read = files.read(file.getBytes());
        if (!read.problems().isEmpty()) {
            throw new ImportRefused(read.problems());
        }
        return read;
    }

    private Organization province(String code) {
        Organization org = organizations.findByCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new InvalidInputException("province", "procedure.province.unknown", code));
        if (org.parentId() != null) {
            throw new InvalidInputException("province", "procedure.province.unknown", code);
        }
        return org;
    }
}
