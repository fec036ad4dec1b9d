package vn.parcomms.sites.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.sites.ArticleAction;
import vn.parcomms.sites.ArticleDraft;
import vn.parcomms.sites.ArticleEvent;
import vn.parcomms.sites.ArticleState;
import vn.parcomms.sites.Edition;
import vn.parcomms.sites.Revision;
import vn.parcomms.sites.Section;
import vn.parcomms.sites.Site;
import vn.parcomms.sites.SiteDraft;
import vn.parcomms.sites.SiteManagement;
import vn.parcomms.sites.UnpublishReason;

/** Sites and the editorial workflow, for signed-in users (the public read API is {@link PublicSiteApi}). */
@RestController
@RequestMapping("/api/v1")
class SiteApi {

    private final SiteManagement sites;
    private final vn.parcomms.sites.ArticleImages images;
    private final vn.parcomms.sites.ArticleFiles files;

    SiteApi(SiteManagement sites, vn.parcomms.sites.ArticleImages images, vn.parcomms.sites.ArticleFiles files) {
        this.files = files;
        this.sites = sites;
        this.images = images;
    }

    /** Open a site for an organization. */
    record CreateSite(@NotNull(message = "{validation.required}") Long organizationId, @Valid @NotNull SiteDraft site) {
    }

    /** A workflow step. */
    record Step(@NotNull(message = "{validation.required}") ArticleAction action,
            @NotNull(message = "{validation.required}") Integer version, String comment, UnpublishReason reason,
            Instant scheduledAt) {
    }

    /** An edition with the actions the caller may take on it now. */
    record EditionView(Edition edition, List<ArticleAction> actions) {
    }

    @GetMapping("/sites")
    @Operation(summary = "Every site (switched on or not)")
    List<Site> list() {
        return sites.sites();
    }

    @PostMapping("/sites")
    @Operation(summary = "Open the CCHC site of an organization, with the default sections")
    ResponseEntity<Site> create(@Valid @RequestBody CreateSite request) {
        Site site = sites.createSite(request.organizationId(), request.site());
        return ResponseEntity.created(URI.create("/api/v1/sites/" + site.id())).body(site);
    }

    @PutMapping("/sites/{id}")
    @Operation(summary = "Change a site's settings (address, name, contacts, regulation, switched on); send its version")
    Site update(@PathVariable long id, @Valid @RequestBody SiteDraft draft) {
        return sites.updateSite(id, draft);
    }

    @PostMapping(value = "/sites/{id}/files", consumes = "multipart/form-data")
    @Operation(summary = "Upload a document for a \"document\" article (PDF, Word, Excel or PowerPoint, checked by content); "
            + "use its id as the article's attachmentId. Readers can download it only while that article is published")
    ResponseEntity<vn.parcomms.sites.ArticleFile> file(@PathVariable long id,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file) {
        return ResponseEntity.status(201).body(files.upload(id, file));
    }

    @PostMapping(value = "/sites/{id}/images", consumes = "multipart/form-data")
    @Operation(summary = "Upload an image for the site's articles (JPEG, PNG or GIF, checked by content, at most 40 megapixels) "
            + "with its alternative text; use its id as an article's coverImageId")
    ResponseEntity<vn.parcomms.sites.ArticleImage> image(@PathVariable long id,
            @RequestParam("image") org.springframework.web.multipart.MultipartFile image, @RequestParam("alt") String alt) {
        return ResponseEntity.status(201).body(images.upload(id, image, alt));
    }

    /** A new section. */
    record NewSection(String slug, String name, Long parentId) {
    }

    @PostMapping("/sites/{id}/sections")
    @Operation(summary = "Add a section to a site (its managers), optionally under another section")
    ResponseEntity<Section> addSection(@PathVariable long id, @RequestBody NewSection section) {
        return ResponseEntity.status(201).body(sites.addSection(id, section.slug(), section.name(), section.parentId()));
    }

    /** A section's new name and address, with the version that was read. */
    record SectionChange(String slug, String name, int version) {
    }

    @PutMapping("/sites/{id}/sections/{sectionId}")
    @Operation(summary = "Rename a section (name and address); 409 when someone changed it since it was read")
    Section updateSection(@PathVariable long id, @PathVariable long sectionId, @RequestBody SectionChange change) {
        return sites.updateSection(id, sectionId, change.slug(), change.name(), change.version());
    }

    /** One place up (-1) or down (+1). */
    record SectionMove(int step) {
    }

    @PostMapping("/sites/{id}/sections/{sectionId}/move")
    @Operation(summary = "Move a section one place up (step -1) or down (step 1) among its siblings; answers the new order")
    List<Section> moveSection(@PathVariable long id, @PathVariable long sectionId, @RequestBody SectionMove move) {
        return sites.moveSection(id, sectionId, move.step());
    }

    /** How many articles a removal moved. */
    record SectionRemoved(int articlesMoved) {
    }

    @DeleteMapping("/sites/{id}/sections/{sectionId}")
    @Operation(summary = "Remove a section; its articles move to section moveTo, or to no section when it is absent")
    SectionRemoved removeSection(@PathVariable long id, @PathVariable long sectionId, @RequestParam(required = false) Long moveTo) {
        return new SectionRemoved(sites.removeSection(id, sectionId, moveTo));
    }

    @GetMapping("/sites/{id}/sections")
    List<Section> sections(@PathVariable long id) {
        return sites.sections(id);
    }

    @GetMapping("/sites/{id}/work")
    @Operation(summary = "The site's articles being worked on and live, newest change first; filter by state; 50 a page")
    List<Edition> work(@PathVariable long id, @RequestParam(required = false) ArticleState state,
            @RequestParam(defaultValue = "0") int page) {
        return sites.work(id, state, page);
    }

    @PostMapping("/sites/{id}/articles")
    @Operation(summary = "Write a new article (a first edition, as a draft)")
    ResponseEntity<EditionView> write(@PathVariable long id, @Valid @RequestBody ArticleDraft draft) {
        Edition edition = sites.create(id, draft);
        return ResponseEntity.created(URI.create("/api/v1/editions/" + edition.id()))
                .body(new EditionView(edition, sites.allowedActions(edition)));
    }

    @GetMapping("/editions/{id}")
    EditionView edition(@PathVariable long id) {
        Edition edition = sites.edition(id);
        return new EditionView(edition, sites.allowedActions(edition));
    }

    @PutMapping("/editions/{id}")
    @Operation(summary = "Save an edition's content (every save is kept as a revision); send the version you edited")
    EditionView save(@PathVariable long id, @Valid @RequestBody ArticleDraft draft) {
        Edition edition = sites.save(id, draft);
        return new EditionView(edition, sites.allowedActions(edition));
    }

    @PostMapping("/editions/{id}/actions")
    @Operation(summary = "Take a workflow step: SUBMIT, REJECT (comment), SCHEDULE (scheduledAt), UNSCHEDULE, PUBLISH, "
            + "FORCE_PUBLISH, APPROVE_FORCED, UNPUBLISH (reason, comment)")
    EditionView act(@PathVariable long id, @Valid @RequestBody Step step) {
        Edition edition = sites.act(id, step.action(), step.version(), step.comment(), step.reason(), step.scheduledAt());
        return new EditionView(edition, sites.allowedActions(edition));
    }

    @PostMapping("/editions/{id}/new-edition")
    @Operation(summary = "Start a new edition of a live article; the live one stays until the new one is published")
    ResponseEntity<EditionView> newEdition(@PathVariable long id) {
        Edition edition = sites.newEdition(id);
        return ResponseEntity.created(URI.create("/api/v1/editions/" + edition.id()))
                .body(new EditionView(edition, sites.allowedActions(edition)));
    }

    /** A decision on an offered article. */
    record Decision(String comment) {
    }

    @PostMapping("/editions/{id}/forward")
    @Operation(summary = "Offer a published article to the site of the nearest body above")
    ResponseEntity<vn.parcomms.sites.Forward> forward(@PathVariable long id) {
        return ResponseEntity.status(201).body(sites.forward(id));
    }

    /** Whether an article is put forward on the home page. */
    record Highlight(boolean highlighted) {
    }

    @PostMapping("/editions/{id}/highlight")
    @Operation(summary = "Put a published article forward on its site's home page, or take it back (the site's editors)")
    ResponseEntity<Void> highlight(@PathVariable long id, @RequestBody Highlight highlight) {
        sites.highlight(id, highlight.highlighted());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/sites/{id}/forwards")
    @Operation(summary = "Articles offered to a site by bodies below: PENDING, ACCEPTED or DECLINED")
    List<vn.parcomms.sites.Forward> forwards(@PathVariable long id, @RequestParam(required = false) String status) {
        return sites.forwards(id, status);
    }

    @PostMapping("/forwards/{id}/accept")
    vn.parcomms.sites.Forward accept(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return sites.decideForward(id, true, decision == null ? null : decision.comment());
    }

    @PostMapping("/forwards/{id}/decline")
    vn.parcomms.sites.Forward decline(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return sites.decideForward(id, false, decision == null ? null : decision.comment());
    }

    @GetMapping("/articles/{articleId}/editions")
    List<Edition> editions(@PathVariable long articleId) {
        return sites.editions(articleId);
    }

    @GetMapping("/articles/{articleId}/revisions")
    @Operation(summary = "Every saved version of the article's text, newest first")
    List<Revision> revisions(@PathVariable long articleId) {
        return sites.revisions(articleId);
    }

    @GetMapping("/articles/{articleId}/history")
    List<ArticleEvent> history(@PathVariable long articleId) {
        return sites.history(articleId);
    }
}
