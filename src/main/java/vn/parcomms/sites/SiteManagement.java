package vn.parcomms.sites;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Actor;
import vn.parcomms.access.Role;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.accounts.CurrentUser;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.shared.ConcurrentEditException;
import vn.parcomms.shared.FieldViolation;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.NotFoundException;

/**
 * Sites and the editorial workflow of their articles. Every change checks the actor's roles over the
 * site's organization against {@link EditorialRules}, the edition's version (no silent overwrite) and
 * keeps the text of every save as a revision and every step as an event.
 */
@Service
public class SiteManagement {

    private final SiteStore store;
    private final AccessPolicy access;
    private final OrganizationDirectory organizations;
    private final AccountDirectory accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final org.springframework.context.MessageSource messages;
    private final vn.parcomms.plans.PlanManagement plans;

    SiteManagement(SiteStore store, AccessPolicy access, OrganizationDirectory organizations, AccountDirectory accounts,
            Clock clock, ApplicationEventPublisher events, org.springframework.context.MessageSource messages,
            vn.parcomms.plans.PlanManagement plans) {
        this.messages = messages;
        this.plans = plans;
        this.store = store;
        this.access = access;
        this.organizations = organizations;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    // ---- sites

    @Transactional(readOnly = true)
    public List<Site> sites() {
        return store.sites();
    }

    /** The sites the current user writes for or edits. */
    @Transactional(readOnly = true)
    public List<Site> mySites() {
        Actor actor = access.currentActor();
        return store.sites().stream().filter(s -> canWrite(actor, s.organizationPath())).toList();
    }

    /** Whether the current user may change the site's settings. */
    public boolean canManage(Site site) {
        return access.allows(SiteActions.MANAGE, site);
    }

    /** The site at a public address, if it exists and is switched on. */
    @Transactional(readOnly = true)
    public java.util.Optional<Site> publicSite(String slug) {
        return slug == null || slug.length() > 80 ? java.util.Optional.empty()
                : store.siteBySlug(slug).filter(Site::enabled);
    }

    @Transactional(readOnly = true)
    public Site site(long id) {
        return store.site(id).orElseThrow(() -> new NotFoundException("site.not-found", id));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Site> siteOf(long organizationId) {
        return store.siteOf(organizationId);
    }

    @Transactional
    public Site createSite(long organizationId, SiteDraft draft) {
        Organization organization = organizations.get(organizationId);
        access.check(SiteActions.MANAGE, organization);
        if (store.siteOf(organizationId).isPresent()) {
            throw new InvalidInputException("organizationId", "site.exists", organization.name());
        }
        checkSlug(draft.slug(), null);
        long id = store.insertSite(organizationId, draft);
        int position = 0;
        for (String[] section : DEFAULT_SECTIONS) {
            store.insertSection(id, null, section[0], section[1], position++);
        }
        events.publishEvent(new SiteChanged(id));
        return site(id);
    }

    /** The sections the plans ask every CCHC page to have. */
    private static final String[][] DEFAULT_SECTIONS = {
        {"tin-tuc", "Tin tức – Sự kiện"}, {"thu-tuc-hanh-chinh", "Thủ tục hành chính"},
        {"duong-day-nong", "Đường dây nóng"}, {"guong-dien-hinh", "Gương điển hình"}, {"chi-so-cchc", "Các chỉ số CCHC"},
        {"video-infographic", "Video – Infographic"}, {"van-ban", "Văn bản"},
    };

    @Transactional
    public Site updateSite(long id, SiteDraft draft) {
        Site site = site(id);
        access.check(SiteActions.MANAGE, site);
        if (draft.version() == null) {
            throw new InvalidInputException("version", "validation.required");
        }
        checkSlug(draft.slug(), id);
        if (!store.updateSite(id, draft, draft.version())) {
            throw new ConcurrentEditException("site " + id);
        }
        events.publishEvent(new SiteChanged(id));
        return site(id);
    }

    private void checkSlug(String slug, Long except) {
        if (RESERVED.contains(slug) || store.slugTaken(slug, except)) {
            throw new InvalidInputException("slug", "site.slug.taken", slug);
        }
    }

    /** First path segments the platform itself uses. */
    private static final Set<String> RESERVED = Set.of("api", "login", "logout", "plans", "activities", "reports", "scores",
            "dashboard", "inbox", "sites", "organizations", "users", "profile", "webjars", "css", "js", "img", "actuator",
            "v3", "error", "tim-kiem", "sitemap.xml", "robots.txt", "favicon.ico", "obligations", "vocabularies", "notifications",
            "files", "evidence", "reminders", "admin", "static", "thu-tuc", "kiosk", "procedures");

    @Transactional(readOnly = true)
    public List<Section> sections(long siteId) {
        return store.sections(siteId);
    }

    /** Adds a section to a site (its managers), optionally under another section. */
    @Transactional
    public Section addSection(long siteId, String slug, String name, Long parentId) {
        access.check(SiteActions.MANAGE, site(siteId));
        List<Section> existing = store.sections(siteId);
        checkSectionFields(existing, null, slug, name);
        if (parentId != null && existing.stream().noneMatch(s -> s.id() == parentId)) {
            throw new InvalidInputException("parentId", "article.section.unknown");
        }
        int position = (int) existing.stream().filter(s -> java.util.Objects.equals(s.parentId(), parentId)).count();
        store.insertSection(siteId, parentId, slug, name.strip(), position);
        events.publishEvent(new SiteChanged(siteId));
        return store.sections(siteId).stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow();
    }

    /**
     * Renames a section (its name and its address). The version read with the section guards against
     * a concurrent change; articles keep their section.
     */
    @Transactional
    public Section updateSection(long siteId, long sectionId, String slug, String name, int version) {
        access.check(SiteActions.MANAGE, site(siteId));
        List<Section> existing = store.sections(siteId);
        section(existing, sectionId);
        checkSectionFields(existing, sectionId, slug, name);
        if (!store.updateSection(sectionId, slug, name.strip(), version)) {
            throw new ConcurrentEditException("site_section " + sectionId);
        }
        events.publishEvent(new SiteChanged(siteId));
        return section(store.sections(siteId), sectionId);
    }

    /** Moves a section one place up ({@code -1}) or down ({@code +1}) among the sections under the same parent. */
    @Transactional
    public List<Section> moveSection(long siteId, long sectionId, int step) {
        access.check(SiteActions.MANAGE, site(siteId));
        if (step != -1 && step != 1) {
            throw new InvalidInputException("step", "site.section.step");
        }
        List<Section> existing = store.sections(siteId);
        Section moved = section(existing, sectionId);
        List<Section> siblings = new java.util.ArrayList<>(existing.stream()
                .filter(s -> java.util.Objects.equals(s.parentId(), moved.parentId())).toList());
        int from = siblings.indexOf(moved);
        int to = from + step;
        if (to >= 0 && to < siblings.size()) {
            java.util.Collections.swap(siblings, from, to);
            for (int i = 0; i < siblings.size(); i++) {
                if (siblings.get(i).position() != i) {
                    store.positionSection(siblings.get(i).id(), i);
                }
            }
            events.publishEvent(new SiteChanged(siteId));
        }
        return store.sections(siteId);
    }

    /**
     * Removes a section. Its articles move to {@code moveTo} (another section of the site) or, when it
     * is null, stay without a section, as WordPress does with a removed category; a section with
     * sections under it is refused until they are moved or removed.
     */
    @Transactional
    public int removeSection(long siteId, long sectionId, Long moveTo) {
        access.check(SiteActions.MANAGE, site(siteId));
        List<Section> existing = store.sections(siteId);
        section(existing, sectionId);
        if (existing.stream().anyMatch(s -> java.util.Objects.equals(s.parentId(), sectionId))) {
            throw new InvalidInputException("sectionId", "site.section.has-children");
        }
        if (moveTo != null && (moveTo == sectionId || existing.stream().noneMatch(s -> s.id() == moveTo))) {
            throw new InvalidInputException("moveTo", "article.section.unknown");
        }
        int moved = store.editionsIn(sectionId);
        store.moveEditions(sectionId, moveTo);
        store.deleteSection(sectionId);
        events.publishEvent(new SiteChanged(siteId));
        return moved;
    }

    private static Section section(List<Section> sections, long sectionId) {
        return sections.stream().filter(s -> s.id() == sectionId).findFirst()
                .orElseThrow(() -> new NotFoundException("site.section.not-found", sectionId));
    }

    private static void checkSectionFields(List<Section> existing, Long sectionId, String slug, String name) {
        List<FieldViolation> problems = new java.util.ArrayList<>();
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80) {
            problems.add(new FieldViolation("slug", "site.slug.pattern", List.of()));
        } else if (existing.stream().anyMatch(s -> s.slug().equals(slug) && !java.util.Objects.equals(s.id(), sectionId))) {
            problems.add(new FieldViolation("slug", "site.section.taken", List.of(slug)));
        }
        if (name == null || name.isBlank()) {
            problems.add(new FieldViolation("name", "validation.required", List.of()));
        } else if (name.length() > 200) {
            problems.add(new FieldViolation("name", "site.section.name-too-long", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The bodies the current user may open a site for: those they manage, and the bodies directly below them. */
    @Transactional(readOnly = true)
    public List<Organization> bodiesWithoutSite() {
        Actor actor = access.currentActor();
        java.util.Map<Long, Organization> bodies = new java.util.LinkedHashMap<>();
        for (var grant : actor.grants()) {
            if (!SiteActions.MANAGE.roles().contains(grant.role()) || grant.organizationId() == null) {
                continue;
            }
            organizations.find(grant.organizationId()).ifPresent(o -> bodies.put(o.id(), o));
            if (grant.includesSubtree()) {
                organizations.search(new vn.parcomms.organizations.OrganizationQuery(null, grant.organizationId(), null, null, null,
                        0, 100)).items().forEach(o -> bodies.put(o.id(), o));
            }
        }
        return bodies.values().stream().filter(o -> store.siteOf(o.id()).isEmpty())
                .filter(o -> access.allows(SiteActions.MANAGE, o)).toList();
    }

    // ---- articles

    @Transactional
    public Edition create(long siteId, ArticleDraft draft) {
        Site site = site(siteId);
        if (!canWrite(access.currentActor(), site.organizationPath())) {
            throw new AccessDeniedException(SiteActions.WRITE.code());
        }
        checkSection(siteId, draft.sectionId());
        checkOccurrence(site, draft.occurrenceId());
        checkCover(siteId, draft.coverImageId());
        checkAttachment(siteId, draft.attachmentId());
        long article = store.insertArticle(siteId, slug(draft.title()));
        String body = ArticleHtml.sanitize(draft.body());
        long edition = store.insertEdition(article, 1, draft, body, ArticleHtml.text(body), video(draft), userId(), userName());
        store.insertRevision(edition, draft.title(), draft.summary(), body, userId(), userName());
        store.event(edition, "CREATED", userId(), userName(), null);
        return store.edition(edition).orElseThrow();
    }

    @Transactional
    public Edition save(long editionId, ArticleDraft draft) {
        Edition edition = workingEdition(editionId);
        allow(edition, ArticleAction.EDIT);
        if (draft.version() == null) {
            throw new InvalidInputException("version", "validation.required");
        }
        checkSection(edition.siteId(), draft.sectionId());
        checkOccurrence(site(edition.siteId()), draft.occurrenceId());
        checkCover(edition.siteId(), draft.coverImageId());
        checkAttachment(edition.siteId(), draft.attachmentId());
        String body = ArticleHtml.sanitize(draft.body());
        ArticleState state = EditorialRules.next(edition.state(), ArticleAction.EDIT);
        if (!store.updateContent(editionId, draft, body, ArticleHtml.text(body), video(draft), draft.version(), state)) {
            throw new ConcurrentEditException("article edition " + editionId);
        }
        if (edition.edition() == 1 && edition.publishedAt() == null) {
            store.updateSlug(edition.articleId(), slug(draft.title()));
        }
        store.insertRevision(editionId, draft.title(), draft.summary(), body, userId(), userName());
        store.event(editionId, "SAVED", userId(), userName(), null);
        return store.edition(editionId).orElseThrow();
    }

    /**
     * Takes a workflow step. The comment goes with a rejection; the reason and a note with an
     * unpublication; the time with a schedule (it must be in the future).
     */
    @Transactional
    public Edition act(long editionId, ArticleAction action, int version, String comment, UnpublishReason reason,
            Instant scheduledAt) {
        if (action == ArticleAction.EDIT || action == ArticleAction.NEW_EDITION) {
            throw new InvalidInputException("action", "article.action.invalid", action.name());
        }
        Edition edition = workingEdition(editionId);
        allow(edition, action);
        Map<String, Object> params = new HashMap<>();
        String set = "";
        Instant now = clock.instant();
        if (action == ArticleAction.SUBMIT || action == ArticleAction.SCHEDULE || action == ArticleAction.PUBLISH
                || action == ArticleAction.FORCE_PUBLISH) {
            checkComplete(edition);
        }
        switch (action) {
            case SUBMIT -> {
                set = "submitted_by = :by, submitted_at = now(), review_comment = NULL";
                params.put("by", userId());
            }
            case REJECT -> {
                if (comment == null || comment.isBlank()) {
                    throw new InvalidInputException("comment", "article.reject.comment-required");
                }
                set = "review_comment = :comment";
                params.put("comment", comment.strip());
            }
            case SCHEDULE -> {
                if (scheduledAt == null) {
                    throw new InvalidInputException("scheduledAt", "validation.required");
                }
                if (!scheduledAt.isAfter(now)) {
                    throw new InvalidInputException("scheduledAt", "article.schedule.past");
                }
                set = "scheduled_at = :at, published_by = :by";
                params.put("at", java.sql.Timestamp.from(scheduledAt));
                params.put("by", userId());
            }
            case UNSCHEDULE -> set = "scheduled_at = NULL";
            case PUBLISH, FORCE_PUBLISH -> {
                set = "published_at = now(), published_by = :by, force_published = :forced";
                params.put("by", userId());
                params.put("forced", action == ArticleAction.FORCE_PUBLISH);
            }
            case APPROVE_FORCED -> {
                set = "force_reviewed_by = :by";
                params.put("by", userId());
            }
            case UNPUBLISH -> {
                if (reason == null) {
                    throw new InvalidInputException("reason", "article.unpublish.reason-required");
                }
                set = "unpublish_reason = :reason, unpublish_note = :note";
                params.put("reason", reason.name());
                params.put("note", comment == null || comment.isBlank() ? null : comment.strip());
            }
            default -> throw new IllegalStateException(action.name());
        }
        if (action == ArticleAction.PUBLISH || action == ArticleAction.FORCE_PUBLISH) {
            store.supersedeLive(edition.articleId(), editionId);
        }
        if (!store.transition(editionId, version, EditorialRules.next(edition.state(), action), set, params)) {
            throw new ConcurrentEditException("article edition " + editionId);
        }
        String detail = switch (action) {
            case REJECT, UNPUBLISH -> (reason == null ? "" : reason.name() + (comment == null || comment.isBlank() ? "" : ": "))
                    + (comment == null ? "" : comment.strip());
            case SCHEDULE -> scheduledAt.toString();
            default -> null;
        };
        store.event(editionId, action.name(), userId(), userName(), detail);
        Edition after = store.edition(editionId).orElseThrow();
        if ((after.state() == ArticleState.PUBLISHED && action != ArticleAction.APPROVE_FORCED)
                || action == ArticleAction.UNPUBLISH) {
            events.publishEvent(published(after));
        }
        return after;
    }

    private ArticlePublished published(Edition e) {
        Site site = site(e.siteId());
        java.time.Instant at = e.publishedAt() == null ? clock.instant() : e.publishedAt();
        return new ArticlePublished(e.id(), e.articleId(), e.siteId(), e.state() == ArticleState.PUBLISHED,
                site.organizationId(), e.occurrenceId(), e.title(), "/" + site.slug() + "/" + e.path(),
                at.atZone(clock.getZone()).toLocalDate());
    }

    /** The task occurrences the site's body is assigned, for the editor's choice. */
    @Transactional(readOnly = true)
    public List<vn.parcomms.plans.InboxItem> occurrences(long siteId) {
        Site site = site(siteId);
        if (!canWrite(access.currentActor(), site.organizationPath())) {
            throw new AccessDeniedException(SiteActions.WRITE.code());
        }
        // A writer from an office below picks among the site body's tasks, which their own role may not list.
        return AccessPolicy.asSystem(() -> plans.inbox(site.organizationId(), null, null, null));
    }

    private void checkAttachment(long siteId, Long fileId) {
        if (fileId != null && !store.fileOfSite(fileId, siteId)) {
            throw new InvalidInputException("attachmentId", "article.file.unknown");
        }
    }

    /** What each kind needs before it goes to review or to readers: a video its link, an infographic its image, a document its file. */
    private static void checkComplete(Edition edition) {
        switch (edition.kind()) {
            case VIDEO -> {
                if (edition.videoUrl() == null) {
                    throw new InvalidInputException("videoUrl", "article.video.required");
                }
            }
            case INFOGRAPHIC -> {
                if (edition.coverImageId() == null) {
                    throw new InvalidInputException("coverImageId", "article.infographic.image-required");
                }
            }
            case DOCUMENT -> {
                if (edition.attachmentId() == null) {
                    throw new InvalidInputException("attachmentId", "article.document.file-required");
                }
            }
            default -> {
            }
        }
    }

    private void checkCover(long siteId, Long imageId) {
        if (imageId != null && !store.imageOfSite(imageId, siteId)) {
            throw new InvalidInputException("coverImageId", "article.image.unknown");
        }
    }

    private void checkOccurrence(Site site, Long occurrenceId) {
        if (occurrenceId == null) {
            return;
        }
        var ref = plans.occurrence(occurrenceId);
        if (ref.isEmpty() || !plans.isAssigned(ref.get(), organizations.get(site.organizationId()))) {
            throw new InvalidInputException("occurrenceId", "article.occurrence.unknown");
        }
    }

    /** A new draft edition of a live article, copied from it; the live one stays until the new one is published. */
    @Transactional
    public Edition newEdition(long editionId) {
        Edition live = workingEdition(editionId);
        allow(live, ArticleAction.NEW_EDITION);
        boolean open = store.editions(live.articleId()).stream().anyMatch(e -> e.state().open());
        if (open) {
            throw new InvalidInputException("action", "article.edition.open");
        }
        ArticleDraft copy = new ArticleDraft(live.kind(), live.sectionId(), live.title(), live.summary(), live.body(),
                live.videoUrl(), live.topics(), live.tags(), live.occurrenceId(), live.coverImageId(), live.attachmentId(), null);
        long id = store.insertEdition(live.articleId(), store.lastEdition(live.articleId()) + 1, copy, live.body(),
                ArticleHtml.text(live.body()), live.videoUrl(), userId(), userName());
        store.insertRevision(id, live.title(), live.summary(), live.body(), userId(), userName());
        store.event(id, "NEW_EDITION", userId(), userName(), null);
        return store.edition(id).orElseThrow();
    }

    /** Publishes the scheduled editions whose time has come, as the system (run by the scheduler). */
    @Transactional
    public int publishDue() {
        int published = 0;
        for (long id : store.dueForPublication(clock.instant())) {
            Edition edition = store.edition(id).orElseThrow();
            store.supersedeLive(edition.articleId(), id);
            if (store.transition(id, edition.version(), ArticleState.PUBLISHED, "published_at = now()", Map.of())) {
                store.event(id, "PUBLISHED_ON_SCHEDULE", null, "Hệ thống", null);
                events.publishEvent(published(store.edition(id).orElseThrow()));
                published++;
            }
        }
        return published;
    }

    @Transactional(readOnly = true)
    public Edition edition(long editionId) {
        Edition edition = store.edition(editionId).orElseThrow(() -> new NotFoundException("article.not-found", editionId));
        checkSeesWork(edition.organizationPath());
        return edition;
    }

    @Transactional(readOnly = true)
    public List<Edition> editions(long articleId) {
        List<Edition> all = store.editions(articleId);
        if (all.isEmpty()) {
            throw new NotFoundException("article.not-found", articleId);
        }
        checkSeesWork(all.getFirst().organizationPath());
        return all;
    }

    @Transactional(readOnly = true)
    public List<Edition> work(long siteId, ArticleState state, int page) {
        Site site = site(siteId);
        checkSeesWork(site.organizationPath());
        return store.workOf(siteId, state, Math.max(0, Math.min(page, 10_000)) * 50, 50);
    }

    @Transactional(readOnly = true)
    public List<Edition> forcedAwaitingReview(long siteId) {
        Site site = site(siteId);
        checkSeesWork(site.organizationPath());
        return store.forcedAwaitingReview(siteId);
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions(long articleId) {
        editions(articleId);
        return store.revisions(articleId);
    }

    @Transactional(readOnly = true)
    public List<ArticleEvent> history(long articleId) {
        editions(articleId);
        return store.events(articleId);
    }

    /** Offers a published article to the site of the nearest body above (an editor of the article's site). */
    @Transactional
    public Forward forward(long editionId) {
        Edition edition = workingEdition(editionId);
        Actor actor = access.currentActor();
        if (!rolesAt(actor, edition, ArticleAction.PUBLISH).contains(Role.EDITOR)
                && !rolesAt(actor, edition, ArticleAction.PUBLISH).contains(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("article.refused.role");
        }
        if (edition.state() != ArticleState.PUBLISHED) {
            throw new InvalidInputException("action", "article.forward.unpublished");
        }
        Site from = site(edition.siteId());
        Site to = store.parentSite(from.organizationPath(), from.organizationId())
                .orElseThrow(() -> new InvalidInputException("action", "article.forward.no-parent"));
        if (!store.insertForward(edition.articleId(), to.id(), userId())) {
            throw new InvalidInputException("action", "article.forward.already");
        }
        store.event(editionId, "FORWARDED", userId(), userName(), to.name());
        return store.forwards(to.id(), "PENDING").stream().filter(f -> f.articleId() == edition.articleId()).findFirst()
                .orElseThrow();
    }

    /** Articles from bodies below that a site accepted, for its home page (public). */
    @Transactional(readOnly = true)
    public List<Forward> acceptedForwards(long siteId) {
        return store.forwards(siteId, "ACCEPTED").stream().limit(10).toList();
    }

    /** Articles offered to a site (its editors see them). */
    @Transactional(readOnly = true)
    public List<Forward> forwards(long siteId, String status) {
        Site site = site(siteId);
        checkSeesWork(site.organizationPath());
        return store.forwards(siteId, status);
    }

    /** The parent site's editor accepts (shown on the parent's home page) or declines an offered article. */
    @Transactional
    public Forward decideForward(long forwardId, boolean accept, String comment) {
        Forward forward = store.forward(forwardId).orElseThrow(() -> new NotFoundException("article.not-found", forwardId));
        Site to = site(forward.toSiteId());
        Actor actor = access.currentActor();
        boolean editor = actor.grants().stream().anyMatch(g -> g.covers(to.organizationPath())
                && (g.role() == Role.EDITOR || g.role() == Role.SYSTEM_ADMIN));
        if (!editor) {
            throw new AccessDeniedException("article.refused.role");
        }
        if (!accept && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("comment", "article.reject.comment-required");
        }
        if (!store.decideForward(forwardId, accept ? "ACCEPTED" : "DECLINED", comment == null ? null : comment.strip(), userId())) {
            throw new ConcurrentEditException("forward " + forwardId);
        }
        events.publishEvent(new SiteChanged(to.id()));
        return store.forward(forwardId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public boolean isHighlighted(long articleId) {
        return store.highlighted(articleId);
    }

    /** Puts a published article forward on its site's home page, or takes it back (the site's editors). */
    @Transactional
    public void highlight(long editionId, boolean highlighted) {
        Edition edition = workingEdition(editionId);
        allow(edition, ArticleAction.UNPUBLISH);
        store.highlight(edition.articleId(), highlighted);
        store.event(editionId, highlighted ? "HIGHLIGHTED" : "UNHIGHLIGHTED", userId(), userName(), null);
        events.publishEvent(new SiteChanged(edition.siteId()));
    }

    /** Adds an internal note to an article (anyone who sees the newsroom's work may). */
    @Transactional
    public void addNote(long articleId, String text) {
        editions(articleId);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("note", "validation.required");
        }
        if (text.length() > 4000) {
            throw new InvalidInputException("note", "article.note.too-long");
        }
        store.insertNote(articleId, userId(), userName(), text.strip());
    }

    @Transactional(readOnly = true)
    public List<ArticleNote> notes(long articleId) {
        editions(articleId);
        return store.notes(articleId);
    }

    /** The actions the current user may take on an edition now, for the buttons. */
    public List<ArticleAction> allowedActions(Edition edition) {
        List<ArticleAction> allowed = new ArrayList<>();
        Actor actor = access.currentActor();
        for (ArticleAction action : ArticleAction.values()) {
            if (EditorialRules.refusal(rolesAt(actor, edition, action), owns(actor, edition, action), edition.state(),
                    forced(edition), action) == null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    private void allow(Edition edition, ArticleAction action) {
        Actor actor = access.currentActor();
        String refusal = EditorialRules.refusal(rolesAt(actor, edition, action), owns(actor, edition, action), edition.state(),
                forced(edition), action);
        if (refusal == null) {
            return;
        }
        if ("article.refused.state".equals(refusal)) {
            String state = messages.getMessage("article.state." + edition.state().name(), null, edition.state().name(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale());
            throw new InvalidInputException(List.of(new FieldViolation("action", refusal, List.of(state))));
        }
        throw new AccessDeniedException(refusal);
    }

    private static boolean forced(Edition edition) {
        return edition.forcePublished() && edition.forceReviewedBy() == null;
    }

    private static boolean owns(Actor actor, Edition edition, ArticleAction action) {
        if (action == ArticleAction.APPROVE_FORCED) {
            return actor.userId() != null && actor.userId().equals(edition.publishedBy());
        }
        return edition.isOwnedBy(actor.userId());
    }

    /**
     * The roles that count for an action on a site's article: reviewing needs a role over the site's
     * organization itself; writing may also come from a body below it (a commune's offices write for the
     * commune's site, its culture office reviews).
     */
    private static Set<Role> rolesAt(Actor actor, Edition edition, ArticleAction action) {
        boolean writing = action == ArticleAction.EDIT || action == ArticleAction.SUBMIT || action == ArticleAction.NEW_EDITION;
        String path = edition.organizationPath();
        return actor.grants().stream()
                .filter(g -> g.covers(path) || (writing && below(g, path)))
                .map(g -> g.role()).collect(Collectors.toSet());
    }

    /** Whether the actor may write for a site: a writing role over its organization or a body below it. */
    static boolean canWrite(Actor actor, String sitePath) {
        return actor.grants().stream().anyMatch(g -> SiteActions.WRITE.roles().contains(g.role())
                && (g.covers(sitePath) || below(g, sitePath)));
    }

    /** Whether a grant is held at a body below (or at) the site's body. */
    private static boolean below(vn.parcomms.access.Grant grant, String sitePath) {
        return grant.organizationPath() != null && grant.organizationPath().startsWith(sitePath);
    }

    private void checkSeesWork(String sitePath) {
        Actor actor = access.currentActor();
        boolean sees = actor.grants().stream().anyMatch(g -> SiteActions.VIEW_WORK.roles().contains(g.role())
                && (g.covers(sitePath) || below(g, sitePath)));
        if (!sees) {
            throw new AccessDeniedException(SiteActions.VIEW_WORK.code());
        }
    }

    private Edition workingEdition(long editionId) {
        return store.edition(editionId).orElseThrow(() -> new NotFoundException("article.not-found", editionId));
    }

    private void checkSection(long siteId, Long sectionId) {
        if (sectionId != null && store.sections(siteId).stream().noneMatch(s -> s.id() == sectionId)) {
            throw new InvalidInputException("sectionId", "article.section.unknown");
        }
    }

    private static String video(ArticleDraft draft) {
        if (draft.videoUrl() == null || draft.videoUrl().isBlank()) {
            return null;
        }
        String video = ArticleHtml.video(draft.videoUrl());
        if (video == null) {
            throw new InvalidInputException("videoUrl", "article.video.invalid");
        }
        return video;
    }

    /** "Hội nghị đối thoại CCHC năm 2026" → "hoi-nghi-doi-thoai-cchc-nam-2026". */
    static String slug(String title) {
        String folded = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+[^-]*$", "");
        }
        return slug.isEmpty() ? "bai-viet" : slug;
    }

    private Long userId() {
        return access.currentActor().userId();
    }

    private String userName() {
        return accounts.currentUser().map(CurrentUser::fullName).orElse("Hệ thống");
    }
}
