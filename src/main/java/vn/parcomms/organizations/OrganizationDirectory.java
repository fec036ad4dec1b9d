package vn.parcomms.organizations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.ScopedResource;
import vn.parcomms.shared.ConcurrentEditException;
import vn.parcomms.shared.FieldViolation;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.Texts;

/**
 * The organizations module's facade: look up, search and change organizations. Changes check the
 * current user's permission here, so the page and the API cannot disagree.
 */
@Service
public class OrganizationDirectory {

    private final Organizations organizations;
    private final AccessPolicy access;
    private final Clock clock;

    OrganizationDirectory(Organizations organizations, AccessPolicy access, Clock clock) {
        this.organizations = organizations;
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public Optional<Organization> find(long id) {
        return organizations.findById(id, today());
    }

    /** The organization, or a 404 with a Vietnamese message. */
    @Transactional(readOnly = true)
    public Organization get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("organization.not-found", id));
    }

    @Transactional(readOnly = true)
    public Optional<Organization> findByCode(String code) {
        String cleaned = Texts.clean(code);
        return cleaned == null ? Optional.empty() : organizations.findCurrentByCode(cleaned, today());
    }

    @Transactional(readOnly = true)
    public Organization getByCode(String code) {
        return findByCode(code).orElseThrow(() -> new NotFoundException("organization.code-not-found", Texts.clean(code)));
    }

    /** From the province down to the parent of the given organization. */
    @Transactional(readOnly = true)
    public List<Organization> ancestors(Organization organization) {
        return organizations.ancestorsOf(organization, today());
    }

    /**
     * Searches by text (ignoring diacritics and case), parent, code and kind.
     *
     * @throws InvalidInputException when the text is longer than {@value OrganizationQuery#MAX_TEXT_LENGTH}
     *         characters or the page is out of range
     */
    @Transactional(readOnly = true)
    public OrganizationPage search(OrganizationQuery query) {
        List<FieldViolation> violations = new ArrayList<>();
        String text = Texts.clean(query.text());
        if (text != null && text.length() > OrganizationQuery.MAX_TEXT_LENGTH) {
            violations.add(FieldViolation.of("q", "validation.search-too-long", OrganizationQuery.MAX_TEXT_LENGTH));
        }
        if (query.page() < 0) {
            violations.add(FieldViolation.of("page", "validation.page"));
        }
        if (query.size() < 1 || query.size() > OrganizationQuery.MAX_PAGE_SIZE) {
            violations.add(FieldViolation.of("size", "validation.page-size", OrganizationQuery.MAX_PAGE_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var normalized = new OrganizationQuery(text, query.parentId(), Texts.clean(query.code()), query.kind(),
                query.validOn() == null ? today() : query.validOn(), query.page(), query.size());
        OrganizationPage exact = organizations.search(normalized, false);
        // Fall back to similar words only when nothing contains them all: typo tolerance
        // without burying "Xã Quảng Khê" under every "Quảng …" of the country.
        return exact.total() > 0 || text == null ? exact : organizations.search(normalized, true);
    }

    /** Adds a body under a parent; the user must be allowed to manage the parent. */
    @Transactional
    public Organization create(CreateOrganization command) {
        Organization parent = null;
        if (command.parentId() != null) {
            parent = find(command.parentId())
                    .orElseThrow(() -> new InvalidInputException("parentId", "organization.parent.not-found"));
        }
        if (command.kind().isTerritorial() || parent == null) {
            access.check(OrganizationActions.MANAGE_TERRITORY,
                    parent == null ? ScopedResource.of("/") : parent);
        } else {
            access.check(OrganizationActions.MANAGE, parent);
        }
        List<FieldViolation> violations = new ArrayList<>(OrganizationRules.placement(command.kind(), parent));
        if (parent != null && !parent.isValidOn(command.validFrom())) {
            violations.add(FieldViolation.of("validFrom", "organization.valid-from.outside-parent"));
        }
        String code = Texts.clean(command.code()).toUpperCase(java.util.Locale.ROOT);
        if (organizations.codeInUse(code)) {
            violations.add(FieldViolation.of("code", "organization.code.taken", code));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var cleaned = new CreateOrganization(command.parentId(), code, null, null, null, command.kind(), command.validFrom());
        long id = organizations.insert(cleaned, null, Texts.clean(command.name()), Texts.clean(command.shortName()),
                Texts.clean(command.nameEn()));
        return get(id);
    }

    /** Changes names, kind or validity; refuses when someone else saved after {@code command.version()}. */
    @Transactional
    public Organization update(long id, UpdateOrganization command) {
        Organization current = get(id);
        access.check(current.kind().isTerritorial() ? OrganizationActions.MANAGE_TERRITORY : OrganizationActions.MANAGE,
                current);
        List<FieldViolation> violations = new ArrayList<>();
        if (current.kind().isTerritorial() != command.kind().isTerritorial()) {
            violations.add(FieldViolation.of("kind", "organization.kind.territorial-fixed"));
        }
        if (command.validTo() != null && !command.validTo().isAfter(command.validFrom())) {
            violations.add(FieldViolation.of("validTo", "organization.valid-to.before-from"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (!organizations.update(id, command, Texts.clean(command.name()), Texts.clean(command.shortName()),
                Texts.clean(command.nameEn()))) {
            throw new ConcurrentEditException("organization " + id);
        }
        return get(id);
    }

    @Transactional(readOnly = true)
    public long count() {
        return organizations.count();
    }
}
