package vn.parcomms.procedures.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.procedures.Procedure;
import vn.parcomms.procedures.ProcedureCatalog;
import vn.parcomms.procedures.ProcedureCatalog.DecisionDraft;
import vn.parcomms.procedures.ProcedureCatalog.ImportRefused;
import vn.parcomms.procedures.ProcedureFiles;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.NotFoundException;

/**
 * The province's catalog for its officials: counts for a period, import under a decision (all or
 * nothing, with every refused row listed), export, decisions, and each procedure's history with abolition.
 */
@Controller
class ProcedureWorkPages {

    private final ProcedureCatalog catalog;
    private final CatalogApi api;
    private final OrganizationDirectory organizations;
    private final AccessPolicy access;
    private final MessageSource messages;

    ProcedureWorkPages(ProcedureCatalog catalog, CatalogApi api, OrganizationDirectory organizations, AccessPolicy access,
            MessageSource messages) {
        this.catalog = catalog;
        this.api = api;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
    }

    /** The decision fields of a form, kept as typed when the form is refused. */
    record DecisionForm(String number,
            @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate signedOn,
            @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            String issuer, String title) {

        DecisionDraft draft() {
            return new DecisionDraft(number, signedOn, effectiveOn, issuer, title);
        }
    }

    /** A refused row, ready to show. */
    record RowMessage(int row, String code, String field, String message) {
    }

    @GetMapping("/procedures")
    String catalog(@RequestParam(required = false) String province, @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(required = false) String q, Model model) {
        Organization p = province(province);
        LocalDate today = organizations.today();
        LocalDate start = from != null ? from : today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        LocalDate end = to != null && !to.isBefore(start) ? to : start.plusMonths(3).minusDays(1);
        model.addAttribute("province", p);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("counts", catalog.counts(p.id(), start, end));
        model.addAttribute("decisions", catalog.decisions(p.id()));
        String folded = q == null ? "" : vn.parcomms.shared.Texts.fold(vn.parcomms.shared.Texts.nfc(q.strip()));
        List<Procedure> all = catalog.all(p.id());
        model.addAttribute("procedures", folded.isEmpty() ? all
                : all.stream().filter(x -> vn.parcomms.shared.Texts.fold(x.name() + " " + x.code() + " " + x.content().field()).contains(folded)).toList());
        model.addAttribute("q", q);
        model.addAttribute("total", all.size());
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new DecisionForm(null, today, today, null, null));
        }
        return "procedures/catalog";
    }

    @PostMapping("/procedures/import")
    String importFile(@RequestParam String province, DecisionForm decision, @RequestParam(required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws java.io.IOException {
        Organization p = province(province);
        try {
            ProcedureFiles.Read read = api.read(file);
            var result = catalog.publishUnder(p.id(), decision.draft(), read.procedures(), read.firstRow());
            redirect.addFlashAttribute("imported", result);
            return "redirect:/procedures?province=" + p.code();
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", vn.parcomms.shared.web.FormErrors.messages(e, messages));
        } catch (ImportRefused e) {
            model.addAttribute("rowErrors", e.rows().stream().flatMap(r -> r.violations().stream().map(v -> new RowMessage(r.row(),
                    r.code(), v.field(), message(v.messageKey(), v.arguments().toArray())))).toList());
            model.addAttribute("refusedRows", e.rows().size());
        }
        model.addAttribute("decision", decision);
        return catalog(p.code(), null, null, null, model);
    }

    @GetMapping("/procedures/{code}")
    String procedure(@PathVariable String code, Model model) {
        Procedure p = catalog.find(code).orElseThrow(() -> new NotFoundException("procedure.not-found", code));
        Organization province = organizations.get(p.organizationId());
        if (!catalog.canManage(province.id())) {
            throw new AccessDeniedException("procedures.manage");
        }
        model.addAttribute("p", p);
        model.addAttribute("province", province);
        model.addAttribute("history", catalog.history(p));
        if (!model.containsAttribute("decision")) {
            LocalDate today = organizations.today();
            model.addAttribute("decision", new DecisionForm(null, today, today, null, null));
        }
        return "procedures/procedure";
    }

    @PostMapping("/procedures/{code}/abolish")
    String abolish(@PathVariable String code, DecisionForm decision, @RequestParam(required = false) String note, Model model,
            RedirectAttributes redirect) {
        Procedure p = catalog.find(code).orElseThrow(() -> new NotFoundException("procedure.not-found", code));
        try {
            catalog.abolishUnder(p.organizationId(), decision.draft(), p.code(), note);
            redirect.addFlashAttribute("abolished", true);
            return "redirect:/procedures/" + p.code();
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", vn.parcomms.shared.web.FormErrors.messages(e, messages));
            model.addAttribute("decision", decision);
            model.addAttribute("note", note);
            return procedure(code, model);
        }
    }

    private String message(String key, Object[] arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    /** The province asked for, or the one the user works in; its managers only. */
    private Organization province(String code) {
        Organization p;
        if (code != null && !code.isBlank()) {
            p = organizations.findByCode(code.strip()).filter(o -> o.parentId() == null)
                    .orElseThrow(() -> new NotFoundException("procedure.province-not-found", code));
        } else {
            Long org = access.currentActor().organizationId();
            if (org == null) {
                org = access.currentActor().grants().stream().map(g -> g.organizationId()).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(null);
            }
            if (org == null) {
                throw new NotFoundException("procedure.province-not-found", "");
            }
            p = catalog.provinceOf(org);
        }
        if (!catalog.canManage(p.id())) {
            throw new AccessDeniedException("procedures.manage");
        }
        return p;
    }

}
