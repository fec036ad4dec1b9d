package vn.parcomms.reports.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Grant;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.reports.LiveRollup;
import vn.parcomms.reports.PeriodType;
import vn.parcomms.reports.PeriodicReport;
import vn.parcomms.reports.ReportActions;
import vn.parcomms.reports.ReportManagement;
import vn.parcomms.reports.ReportStatus;
import vn.parcomms.reports.ReportView;
import vn.parcomms.reports.ReportingPeriod;
import vn.parcomms.reports.Rollup;
import vn.parcomms.shared.ConcurrentEditException;
import vn.parcomms.shared.FieldViolation;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.web.FormErrors;

/** Report pages: list and open, the report with its figures and narrative, review, and the roll-up. */
@Controller
class ReportPages {

    private final ReportManagement reports;
    private final OrganizationDirectory organizations;
    private final AccountDirectory accounts;
    private final AccessPolicy access;
    private final ReportLabels labels;
    private final org.springframework.util.unit.DataSize files;

    ReportPages(ReportManagement reports, OrganizationDirectory organizations, AccountDirectory accounts,
            AccessPolicy access, ReportLabels labels,
            @org.springframework.beans.factory.annotation.Value("${parcomms.evidence.max-file-size:25MB}")
            org.springframework.util.unit.DataSize files) {
        this.files = files;
        this.labels = labels;
        this.reports = reports;
        this.organizations = organizations;
        this.accounts = accounts;
        this.access = access;
    }

    @GetMapping("/reports")
    String list(@RequestParam(required = false) String period, @RequestParam(required = false) ReportStatus status,
            Model model) {
        access.checkSomewhere(ReportActions.VIEW);
        String key = period == null || period.isBlank() ? null : period;
        List<PeriodicReport> items;
        try {
            items = reports.list(key, status);
        } catch (InvalidInputException e) {
            model.addAttribute("periodError", e.violations().getFirst());
            items = List.of();
        }
        model.addAttribute("items", items);
        model.addAttribute("period", key);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("periods", recentPeriods());
        model.addAttribute("bodies", writableBodies());
        model.addAttribute("nationalReader", access.allows(ReportActions.VIEW, vn.parcomms.access.ScopedResource.of("/")));
        model.addAttribute("home", accounts.currentUser().map(u -> u.organizationId()).orElse(null));
        return "reports/list";
    }

    @PostMapping("/reports/open")
    String open(@RequestParam long organizationId, @RequestParam String period, RedirectAttributes redirect) {
        try {
            return "redirect:/reports/" + reports.open(organizationId, period).id();
        } catch (InvalidInputException e) {
            FieldViolation v = e.violations().getFirst();
            redirect.addFlashAttribute("openError", v);
            return "redirect:/reports";
        }
    }

    @GetMapping("/reports/{id}")
    String show(@PathVariable long id, Model model) {
        ReportView view = reports.view(id);
        if (!model.containsAttribute("form")) {
            PeriodicReport r = view.report();
            model.addAttribute("form", new ReportManagement.Narrative(r.results(), r.shortcomings(), r.proposals(), r.version()));
        }
        return page(view, model);
    }

    @PostMapping("/reports/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") ReportManagement.Narrative form, BindingResult result,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        try {
            if ("submit".equals(action)) {
                reports.submit(id, form);
                redirect.addFlashAttribute("notice", "report.notice.submitted");
            } else {
                reports.saveNarrative(id, form);
                redirect.addFlashAttribute("notice", "report.notice.saved");
            }
            return "redirect:/reports/" + id;
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
        }
        return page(reports.view(id), model);
    }

    @PostMapping("/reports/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        try {
            reports.attach(id, files);
            redirect.addFlashAttribute("notice", "report.notice.attached");
        } catch (InvalidInputException e) {
            FieldViolation v = e.violations().getFirst();
            redirect.addFlashAttribute("attachError", v);
        }
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/attachments/{attachmentId}/remove")
    String detach(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
        try {
            reports.detach(id, attachmentId);
            redirect.addFlashAttribute("notice", "report.notice.detached");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.violations().getFirst().messageKey());
        }
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/decision")
    String decide(@PathVariable long id, @RequestParam String decision, @RequestParam int version,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        try {
            switch (decision) {
                case "accept" -> reports.accept(id, version);
                case "return" -> reports.returnWithComment(id, version, comment);
                case "reopen" -> reports.reopen(id, version, comment);
                default -> throw new InvalidInputException("decision", "report.decision.unknown");
            }
            redirect.addFlashAttribute("notice", "report.notice." + decision);
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("problem", "report.changed-meanwhile");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.violations().getFirst().messageKey());
            redirect.addFlashAttribute("comment", comment);
        }
        return "redirect:/reports/" + id;
    }

    @GetMapping("/reports/rollup")
    String rollup(@RequestParam(name = "org", required = false) Long organizationId,
            @RequestParam(required = false) String period, @RequestParam(defaultValue = "false") boolean national,
            Model model) {
        access.checkSomewhere(ReportActions.VIEW);
        String key = period != null && !period.isBlank() ? period : recentPeriods().getFirst().key();
        Rollup rollup;
        if (national) {
            rollup = reports.nationalRollup(key);
        } else {
            long org = organizationId != null ? organizationId : accounts.currentUser().orElseThrow().organizationId();
            rollup = reports.rollup(org, key);
        }
        model.addAttribute("national", national);
        model.addAttribute("rollup", rollup);
        model.addAttribute("periodLabel", rollup.period().label(LocaleContextHolder.getLocale()));
        model.addAttribute("periods", recentPeriods());
        model.addAttribute("chartJson", chart(rollup));
        model.addAttribute("labelsJson", labels.channelsJson(rollup.total().byChannel().keySet()));
        model.addAttribute("today", reports.today());
        return "reports/rollup";
    }

    @GetMapping("/reports/lines")
    String lines(@RequestParam(name = "org", required = false) Long organizationId, Model model) {
        access.checkSomewhere(ReportActions.VIEW);
        long org = organizationId != null ? organizationId : accounts.currentUser().orElseThrow().organizationId();
        model.addAttribute("level", organizations.get(org));
        model.addAttribute("lines", reports.lines(org));
        model.addAttribute("canChange", access.allows(ReportActions.REVIEW, organizations.get(org)));
        return "reports/lines";
    }

    @PostMapping("/reports/lines/{organizationId}")
    String setLine(@PathVariable long organizationId, @RequestParam long level,
            @RequestParam(defaultValue = "false") boolean reports, @RequestParam(required = false) Long recipientId,
            RedirectAttributes redirect) {
        try {
            this.reports.setLine(organizationId, reports, recipientId);
            redirect.addFlashAttribute("notice", "report.notice.line");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.violations().getFirst().messageKey());
        }
        return "redirect:/reports/lines?org=" + level;
    }

    @GetMapping("/reports/live")
    String live(@RequestParam(name = "org", required = false) Long organizationId,
            @RequestParam(required = false) String period, Model model) {
        access.checkSomewhere(ReportActions.VIEW);
        String key = period != null && !period.isBlank() ? period : recentPeriods().getFirst().key();
        LiveRollup live = reports.live(organizationId, key);
        model.addAttribute("live", live);
        model.addAttribute("national", organizationId == null);
        model.addAttribute("periodLabel", live.period().label(LocaleContextHolder.getLocale()));
        model.addAttribute("periods", recentPeriods());
        model.addAttribute("chartJson", chart(live.total().byChannel()));
        model.addAttribute("labelsJson", labels.channelsJson(live.total().byChannel().keySet()));
        return "reports/live";
    }

    private String page(ReportView view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("report", view.report());
        model.addAttribute("periodLabel", reports.calendar().period(view.report().periodKey()).label(LocaleContextHolder.getLocale()));
        model.addAttribute("events", reports.events(view.report().id()));
        model.addAttribute("attachments", reports.attachments(view.report().id()));
        model.addAttribute("maxFileBytes", files.toBytes());
        model.addAttribute("maxFileMegabytes", files.toMegabytes());
        model.addAttribute("chartJson", chart(view.figures().byChannel()));
        model.addAttribute("labelsJson", labels.channelsJson(view.figures().byChannel().keySet()));
        model.addAttribute("today", reports.today());
        return "reports/show";
    }

    /** Bars of accepted activities per channel, for the figures chart. */
    private static String chart(Rollup rollup) {
        return chart(rollup.total().byChannel());
    }

    private static String chart(Map<String, Long> byChannel) {
        StringBuilder json = new StringBuilder("[");
        byChannel.forEach((code, count) -> json.append(json.length() > 1 ? "," : "")
                .append("{\"code\":\"").append(code.replaceAll("[^A-Z0-9_]", "")).append("\",\"count\":").append(count).append('}'));
        return json.append(']').toString();
    }

    /** The latest periods of each type whose data is complete, newest first. */
    private List<ReportingPeriod> recentPeriods() {
        LocalDate today = reports.today();
        List<ReportingPeriod> periods = new ArrayList<>();
        Map<String, ReportingPeriod> seen = new LinkedHashMap<>();
        for (PeriodType type : List.of(PeriodType.QUARTERLY, PeriodType.MONTHLY, PeriodType.SEMIANNUAL, PeriodType.ANNUAL)) {
            for (int year = today.getYear(); year >= today.getYear() - 1; year--) {
                for (ReportingPeriod p : reports.calendar().periods(type, year).reversed()) {
                    if (!p.from().isAfter(today)) {
                        seen.putIfAbsent(p.key(), p);
                    }
                }
            }
        }
        periods.addAll(seen.values());
        periods.sort((a, b) -> {
            int byType = Integer.compare(a.type().ordinal() == 1 ? 0 : a.type().ordinal() + 1,
                    b.type().ordinal() == 1 ? 0 : b.type().ordinal() + 1);
            return byType != 0 ? byType : b.to().compareTo(a.to());
        });
        return periods;
    }

    /** Bodies whose reports the user writes: their own organization and those of their grants. */
    private List<Organization> writableBodies() {
        Map<Long, Organization> bodies = new LinkedHashMap<>();
        accounts.currentUser().flatMap(u -> organizations.find(u.organizationId())).ifPresent(o -> bodies.put(o.id(), o));
        for (Grant grant : access.currentActor().grants()) {
            if (ReportActions.WRITE.roles().contains(grant.role()) && grant.organizationId() != null) {
                organizations.find(grant.organizationId()).ifPresent(o -> bodies.put(o.id(), o));
            }
        }
        return bodies.values().stream().filter(o -> access.allows(ReportActions.WRITE, o)).toList();
    }

    static String label(ReportingPeriod period, Locale locale) {
        return period.label(locale);
    }
}
