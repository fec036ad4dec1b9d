package vn.parcomms.activities.web;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.activities.ActivityActions;
import vn.parcomms.activities.ActivityImport;
import vn.parcomms.activities.ImportRejectedException;
import vn.parcomms.activities.SpreadsheetImport;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.web.Problems;

/** The import page: pick the body, download its template, upload the filled-in file, see the outcome or the errors. */
@Controller
class ActivityImportPages {

    private static final String VIEW = "activities/import";

    private final ActivityImport imports;
    private final ImportMessages messages;
    private final Problems problems;
    private final AccessPolicy access;
    private final OrganizationDirectory organizations;
    private final DataSize uploadLimit;

    ActivityImportPages(ActivityImport imports, ImportMessages messages, Problems problems, AccessPolicy access,
            OrganizationDirectory organizations, @Value("${spring.servlet.multipart.max-request-size}") DataSize uploadLimit) {
        this.uploadLimit = uploadLimit;
        this.imports = imports;
        this.messages = messages;
        this.problems = problems;
        this.access = access;
        this.organizations = organizations;
    }

    @GetMapping("/activities/import")
    String form(@RequestParam(required = false) Long organizationId,
            @RequestParam(name = "upload-too-large", required = false) String tooLarge, Model model) {
        prepare(organizationId, model.asMap());
        if (tooLarge != null) {
            // Sent back here by the upload size filter, which never read the file.
            model.addAttribute("summary", problems.message("problem.upload-too-large", uploadLimit.toMegabytes() + " MB"));
        }
        return VIEW;
    }

    @GetMapping("/activities/import/template.xlsx")
    ResponseEntity<byte[]> template(@RequestParam(required = false) Long organizationId) {
        return ImportMessages.download(imports.template(body(organizationId).id()));
    }

    @PostMapping("/activities/import")
    String upload(@RequestParam(required = false) Long organizationId,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        Organization body = prepare(organizationId, model.asMap());
        try {
            SpreadsheetImport done = imports.importFile(body.id(), file == null ? null : file.getOriginalFilename(),
                    ImportMessages.content(file));
            return "redirect:/activities/import/" + done.id() + (done.alreadyImported() ? "?repeat=true" : "");
        } catch (ImportRejectedException e) {
            model.addAttribute("summary", messages.summary(e));
            model.addAttribute("errors", messages.lines(e));
        } catch (InvalidInputException e) {
            model.addAttribute("summary", e.violations().stream()
                    .map(v -> problems.message(v.messageKey(), v.arguments().toArray())).toList().getFirst());
        }
        return VIEW;
    }

    @GetMapping("/activities/import/{id}")
    String result(@PathVariable long id, @RequestParam(defaultValue = "false") boolean repeat, Model model) {
        SpreadsheetImport done = imports.get(id);
        prepare(done.organizationId(), model.asMap());
        model.addAttribute("done", done);
        model.addAttribute("outcome", messages.outcome(repeat ? new SpreadsheetImport(done.id(), done.organizationId(),
                done.filename(), done.count(), done.importedById(), done.importedByName(), done.importedAt(), true) : done));
        model.addAttribute("importedAt", messages.when(done.importedAt()));
        return VIEW;
    }

    /** Puts the bodies, the chosen one and the limits in the (live) model; returns the chosen body. */
    private Organization prepare(Long organizationId, Map<String, Object> model) {
        Organization body = body(organizationId);
        model.put("bodies", imports.bodies());
        model.put("body", body);
        model.put("maxRows", imports.maxRows());
        return body;
    }

    /** The chosen body (checked), or the user's first. */
    private Organization body(Long organizationId) {
        if (organizationId != null) {
            Organization body = organizations.get(organizationId);
            access.check(ActivityActions.RECORD, body);
            return body;
        }
        access.checkSomewhere(ActivityActions.RECORD);
        return imports.bodies().stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException(ActivityActions.RECORD.code()));
    }
}
