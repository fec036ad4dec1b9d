package vn.parcomms.sites.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Validator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.shared.ConcurrentEditException;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.sites.ArticleAction;
import vn.parcomms.sites.ArticleDraft;
import vn.parcomms.sites.ArticleKind;
import vn.parcomms.sites.ArticleState;
import vn.parcomms.sites.Edition;
import vn.parcomms.sites.Revision;
import vn.parcomms.sites.Site;
import vn.parcomms.sites.SiteManagement;
import vn.parcomms.sites.UnpublishReason;

/**
 * The newsroom: a site's articles by state, the editor for writing, and the review page with the
 * workflow steps the user may take, the revisions with their differences and the history.
 */
@Controller
class SiteWorkPages {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SiteManagement sites;
    private final Validator validator;
    private final org.springframework.context.MessageSource messages;
    private final EditingPresence presence;
    private final vn.parcomms.sites.ArticleImages images;
    private final vn.parcomms.sites.ArticleFiles files;
    private final vn.parcomms.accounts.AccountDirectory accounts;

    SiteWorkPages(SiteManagement sites, Validator validator, org.springframework.context.MessageSource messages,
            EditingPresence presence, vn.parcomms.accounts.AccountDirectory accounts,
            vn.parcomms.sites.ArticleImages images, vn.parcomms.sites.ArticleFiles files) {
        this.images = images;
        this.files = files;
        this.sites = sites;
        this.validator = validator;
        this.messages = messages;
        this.presence = presence;
        this.accounts = accounts;
    }

    /** The presence fragment: who else has this edition open (polled by the page). */
    @GetMapping("/editions/{id}/presence")
    String presence(@PathVariable long id, Model model) {
        model.addAttribute("e", sites.edition(id));
        var me = accounts.currentUser().orElseThrow();
        model.addAttribute("others", presence.here(id, me.id(), me.fullName()));
        return "sites/edition :: presence";
    }

    @PostMapping("/articles/{articleId}/notes")
    String note(@PathVariable long articleId, @RequestParam long editionId, @RequestParam(required = false) String note,
            Model model, RedirectAttributes redirect) {
        try {
            sites.addNote(articleId, note);
            return "redirect:/editions/" + editionId + "#notes";
        } catch (InvalidInputException e) {
            edition(editionId, model);
            errors(model, e);
            model.addAttribute("note", note);
            return "sites/edition";
        }
    }

    /** A message tied to a form field. */
    record FieldMessage(String field, String message) {
    }

    /** Puts the messages on the page twice: as a summary at the top, and by field, beside each input. */
    private void errors(Model model, InvalidInputException e) {
        var byField = vn.parcomms.shared.web.FormErrors.messages(e, messages);
        model.addAttribute("errors", byField.entrySet().stream().map(x -> new FieldMessage(x.getKey(), x.getValue())).toList());
        model.addAttribute("fieldErrors", byField);
    }

    /** The editor form as the page binds it. */
    record ArticleForm(ArticleKind kind, Long sectionId, String title, String summary, String body, String videoUrl,
            String tags, Long occurrenceId, Long coverImageId, String coverAlt, Long attachmentId, Integer version) {

        ArticleDraft draft() {
            List<String> tagList = tags == null ? List.of()
                    : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
            return new ArticleDraft(kind == null ? ArticleKind.NEWS : kind, sectionId, title, summary, body, videoUrl, List.of(),
                    tagList, occurrenceId, coverImageId, attachmentId, version);
        }

        static ArticleForm of(Edition e) {
            return new ArticleForm(e.kind(), e.sectionId(), e.title(), e.summary(), e.body(), e.videoUrl(),
                    String.join(", ", e.tags()), e.occurrenceId(), e.coverImageId(), null, e.attachmentId(), e.version());
        }
    }

    @GetMapping("/sites")
    String list(Model model) {
        model.addAttribute("sites", sites.mySites());
        model.addAttribute("bodies", sites.bodiesWithoutSite());
        return "sites/list";
    }

    /** The settings form as the page binds it. */
    record SiteForm(Long organizationId, String slug, String name, String tagline, String hotline, String email,
            String address, String regulation, Boolean enabled, Integer version) {

        vn.parcomms.sites.SiteDraft draft() {
            return new vn.parcomms.sites.SiteDraft(slug, name, tagline, hotline, email, address, regulation,
                    enabled != null && enabled, version);
        }

        static SiteForm of(Site s) {
            return new SiteForm(s.organizationId(), s.slug(), s.name(), s.tagline(), s.hotline(), s.email(), s.address(),
                    s.regulation(), s.enabled(), s.version());
        }
    }

    @PostMapping("/sites")
    String open(SiteForm form, Model model) {
        try {
            if (form.organizationId() == null) {
                throw new InvalidInputException("organizationId", "validation.required");
            }
            var draft = new vn.parcomms.sites.SiteDraft(form.slug(), form.name(), form.tagline(), form.hotline(), form.email(),
                    form.address(), form.regulation(), true, null);
            check(draft);
            Site site = sites.createSite(form.organizationId(), draft);
            return "redirect:/sites/" + site.id() + "/settings?opened";
        } catch (InvalidInputException e) {
            list(model);
            errors(model, e);
            model.addAttribute("openForm", form);
            return "sites/list";
        }
    }

    @GetMapping("/sites/{id}/settings")
    String settings(@PathVariable long id, Model model) {
        Site site = sites.site(id);
        if (!sites.canManage(site)) {
            throw new org.springframework.security.access.AccessDeniedException("sites.manage");
        }
        model.addAttribute("site", site);
        model.addAttribute("form", SiteForm.of(site));
        model.addAttribute("sections", sites.sections(id));
        return "sites/settings";
    }

    @PostMapping("/sites/{id}/settings")
    String saveSettings(@PathVariable long id, SiteForm form, Model model, RedirectAttributes redirect) {
        try {
            var draft = form.draft();
            check(draft);
            sites.updateSite(id, draft);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/sites/" + id + "/settings";
        } catch (InvalidInputException | ConcurrentEditException e) {
            settings(id, model);
            model.addAttribute("form", form);
            if (e instanceof InvalidInputException invalid) {
                errors(model, invalid);
            } else {
                model.addAttribute("conflict", true);
            }
            return "sites/settings";
        }
    }

    @PostMapping("/sites/{id}/sections")
    String addSection(@PathVariable long id, @RequestParam(required = false) String slug,
            @RequestParam(required = false) String name, @RequestParam(required = false) Long parentId, Model model) {
        try {
            sites.addSection(id, slug, name, parentId);
            return "redirect:/sites/" + id + "/settings#sections";
        } catch (InvalidInputException e) {
            settings(id, model);
            errors(model, e);
            model.addAttribute("newSection", true);
            model.addAttribute("sectionSlug", slug);
            model.addAttribute("sectionName", name);
            model.addAttribute("sectionParent", parentId);
            return "sites/settings";
        }
    }

    @PostMapping("/sites/{id}/sections/{sectionId}")
    String updateSection(@PathVariable long id, @PathVariable long sectionId, @RequestParam(required = false) String slug,
            @RequestParam(required = false) String name, @RequestParam int version, Model model, RedirectAttributes redirect) {
        try {
            sites.updateSection(id, sectionId, slug, name, version);
            redirect.addFlashAttribute("sectionSaved", true);
            return "redirect:/sites/" + id + "/settings#sections";
        } catch (InvalidInputException | ConcurrentEditException e) {
            settings(id, model);
            model.addAttribute("editedSection", sectionId);
            model.addAttribute("editedSlug", slug);
            model.addAttribute("editedName", name);
            if (e instanceof InvalidInputException invalid) {
                errors(model, invalid);
            } else {
                model.addAttribute("conflict", true);
            }
            return "sites/settings";
        }
    }

    @PostMapping("/sites/{id}/sections/{sectionId}/move")
    String moveSection(@PathVariable long id, @PathVariable long sectionId, @RequestParam int step) {
        sites.moveSection(id, sectionId, step);
        return "redirect:/sites/" + id + "/settings#section-" + sectionId;
    }

    @PostMapping("/sites/{id}/sections/{sectionId}/remove")
    String removeSection(@PathVariable long id, @PathVariable long sectionId, @RequestParam(required = false) Long moveTo,
            Model model, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("sectionRemoved", sites.removeSection(id, sectionId, moveTo));
            return "redirect:/sites/" + id + "/settings#sections";
        } catch (InvalidInputException e) {
            settings(id, model);
            model.addAttribute("editedSection", sectionId);
            errors(model, e);
            return "sites/settings";
        }
    }

    @GetMapping("/sites/{id}")
    String work(@PathVariable long id, @RequestParam(required = false) ArticleState state, Model model) {
        Site site = sites.site(id);
        model.addAttribute("site", site);
        model.addAttribute("items", sites.work(id, state, 0));
        model.addAttribute("forced", sites.forcedAwaitingReview(id));
        model.addAttribute("state", state);
        model.addAttribute("states", ArticleState.values());
        model.addAttribute("canManage", sites.canManage(site));
        model.addAttribute("pending", sites.forwards(id, "PENDING"));
        return "sites/work";
    }

    @PostMapping("/forwards/{id}")
    String decide(@PathVariable long id, @RequestParam long siteId, @RequestParam boolean accept,
            @RequestParam(required = false) String comment, Model model) {
        try {
            sites.decideForward(id, accept, comment);
            return "redirect:/sites/" + siteId;
        } catch (InvalidInputException e) {
            work(siteId, null, model);
            errors(model, e);
            return "sites/work";
        }
    }

    @PostMapping("/editions/{id}/highlight")
    String highlight(@PathVariable long id, @RequestParam boolean highlighted) {
        sites.highlight(id, highlighted);
        return "redirect:/editions/" + id;
    }

    @PostMapping("/editions/{id}/forward")
    String forward(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            sites.forward(id);
            redirect.addFlashAttribute("done", "FORWARD");
            return "redirect:/editions/" + id;
        } catch (InvalidInputException e) {
            edition(id, model);
            errors(model, e);
            return "sites/edition";
        }
    }

    @GetMapping("/sites/{id}/articles/new")
    String newArticle(@PathVariable long id, Model model) {
        Site site = sites.site(id);
        editor(model, site, new ArticleForm(ArticleKind.NEWS, null, "", "", "", "", "", null, null, null, null, null));
        return "sites/editor";
    }

    /** Stores an uploaded cover, if any, and returns the form pointing at it (kept if the form is refused later). */
    private ArticleForm withCover(long siteId, ArticleForm form, org.springframework.web.multipart.MultipartFile cover) {
        if (cover == null || cover.isEmpty()) {
            return form;
        }
        long coverId = images.upload(siteId, cover, form.coverAlt()).id();
        return new ArticleForm(form.kind(), form.sectionId(), form.title(), form.summary(), form.body(), form.videoUrl(),
                form.tags(), form.occurrenceId(), coverId, form.coverAlt(), form.attachmentId(), form.version());
    }

    /** Stores an uploaded document, if any, and returns the form pointing at it. */
    private ArticleForm withAttachment(long siteId, ArticleForm form, org.springframework.web.multipart.MultipartFile attachment) {
        if (attachment == null || attachment.isEmpty()) {
            return form;
        }
        long fileId = files.upload(siteId, attachment).id();
        return new ArticleForm(form.kind(), form.sectionId(), form.title(), form.summary(), form.body(), form.videoUrl(),
                form.tags(), form.occurrenceId(), form.coverImageId(), form.coverAlt(), fileId, form.version());
    }

    private void uploads(Model model, ArticleForm form) {
        model.addAttribute("cover", form.coverImageId() == null ? null : images.find(form.coverImageId()).orElse(null));
        model.addAttribute("attachment", form.attachmentId() == null ? null : files.find(form.attachmentId()).orElse(null));
    }

    @PostMapping("/sites/{id}/articles")
    String create(@PathVariable long id, ArticleForm form,
            @RequestParam(name = "cover", required = false) org.springframework.web.multipart.MultipartFile cover,
            @RequestParam(name = "attachment", required = false) org.springframework.web.multipart.MultipartFile attachment,
            Model model) {
        Site site = sites.site(id);
        try {
            form = withCover(id, form, cover);
            form = withAttachment(id, form, attachment);
            ArticleDraft draft = form.draft();
            check(draft);
            Edition edition = sites.create(id, draft);
            return "redirect:/editions/" + edition.id() + "?saved";
        } catch (InvalidInputException e) {
            editor(model, site, form);
            errors(model, e);
            return "sites/editor";
        }
    }

    @GetMapping("/editions/{id}")
    String edition(@PathVariable long id, Model model) {
        Edition edition = sites.edition(id);
        Site site = sites.site(edition.siteId());
        List<ArticleAction> actions = sites.allowedActions(edition);
        model.addAttribute("site", site);
        model.addAttribute("e", edition);
        model.addAttribute("actions", actions);
        model.addAttribute("canEdit", actions.contains(ArticleAction.EDIT));
        model.addAttribute("canForward", actions.contains(ArticleAction.UNPUBLISH));
        model.addAttribute("highlighted", sites.isHighlighted(edition.articleId()));
        model.addAttribute("form", ArticleForm.of(edition));
        uploads(model, ArticleForm.of(edition));
        model.addAttribute("sections", sites.sections(site.id()));
        model.addAttribute("occurrences", sites.occurrences(site.id()));
        model.addAttribute("kinds", ArticleKind.values());
        model.addAttribute("reasons", UnpublishReason.values());
        model.addAttribute("revisions", sites.revisions(edition.articleId()));
        model.addAttribute("history", sites.history(edition.articleId()));
        model.addAttribute("notes", sites.notes(edition.articleId()));
        model.addAttribute("editions", sites.editions(edition.articleId()));
        model.addAttribute("zone", ZONE);
        return "sites/edition";
    }

    @PostMapping("/editions/{id}")
    String save(@PathVariable long id, ArticleForm form,
            @RequestParam(name = "cover", required = false) org.springframework.web.multipart.MultipartFile cover,
            @RequestParam(name = "attachment", required = false) org.springframework.web.multipart.MultipartFile attachment,
            Model model, RedirectAttributes redirect) {
        try {
            long siteId = sites.edition(id).siteId();
            form = withCover(siteId, form, cover);
            form = withAttachment(siteId, form, attachment);
            ArticleDraft draft = form.draft();
            check(draft);
            sites.save(id, draft);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/editions/" + id;
        } catch (InvalidInputException | ConcurrentEditException e) {
            // Keep what the writer typed, with the reason, on the same page.
            edition(id, model);
            model.addAttribute("form", form);
            uploads(model, form);
            if (e instanceof InvalidInputException invalid) {
                errors(model, invalid);
            } else {
                model.addAttribute("conflict", true);
            }
            return "sites/edition";
        }
    }

    @PostMapping("/editions/{id}/actions")
    String act(@PathVariable long id, @RequestParam ArticleAction action, @RequestParam int version,
            @RequestParam(required = false) String comment, @RequestParam(required = false) UnpublishReason reason,
            @RequestParam(required = false) LocalDateTime scheduledAt, Model model, RedirectAttributes redirect) {
        try {
            if (action == ArticleAction.NEW_EDITION) {
                Edition next = sites.newEdition(id);
                return "redirect:/editions/" + next.id();
            }
            sites.act(id, action, version, comment, reason, scheduledAt == null ? null : scheduledAt.atZone(ZONE).toInstant());
            redirect.addFlashAttribute("done", action.name());
            return "redirect:/editions/" + id;
        } catch (InvalidInputException | ConcurrentEditException e) {
            edition(id, model);
            if (e instanceof InvalidInputException invalid) {
                errors(model, invalid);
            } else {
                model.addAttribute("conflict", true);
            }
            model.addAttribute("comment", comment);
            return "sites/edition";
        }
    }

    @GetMapping("/articles/{articleId}/revisions/{revisionId}")
    String revision(@PathVariable long articleId, @PathVariable long revisionId, Model model) {
        List<Revision> revisions = sites.revisions(articleId);
        int at = -1;
        for (int i = 0; i < revisions.size(); i++) {
            if (revisions.get(i).id() == revisionId) {
                at = i;
            }
        }
        if (at < 0) {
            throw new vn.parcomms.shared.NotFoundException("article.not-found", revisionId);
        }
        Revision revision = revisions.get(at);
        Revision previous = at + 1 < revisions.size() ? revisions.get(at + 1) : null;
        model.addAttribute("revision", revision);
        model.addAttribute("previous", previous);
        model.addAttribute("articleId", articleId);
        model.addAttribute("editionId", sites.editions(articleId).getFirst().id());
        model.addAttribute("titleDiff", TextDiff.words(previous == null ? "" : previous.title(), revision.title()));
        model.addAttribute("summaryDiff", TextDiff.words(previous == null || previous.summary() == null ? "" : previous.summary(),
                revision.summary() == null ? "" : revision.summary()));
        model.addAttribute("bodyDiff", TextDiff.words(previous == null ? "" : vn.parcomms.sites.ArticleHtml.text(previous.body()),
                vn.parcomms.sites.ArticleHtml.text(revision.body())));
        model.addAttribute("zone", ZONE);
        return "sites/revision";
    }

    private void editor(Model model, Site site, ArticleForm form) {
        model.addAttribute("site", site);
        model.addAttribute("form", form);
        uploads(model, form);
        model.addAttribute("sections", sites.sections(site.id()));
        model.addAttribute("occurrences", sites.occurrences(site.id()));
        model.addAttribute("kinds", ArticleKind.values());
    }

    /** Bean validation of a command, as field messages (already in the reader's language). */
    private void check(Object draft) {
        var violations = new ArrayList<vn.parcomms.shared.FieldViolation>();
        for (var v : validator.validate(draft)) {
            violations.add(new vn.parcomms.shared.FieldViolation(v.getPropertyPath().toString(), v.getMessage(), List.of()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
