package vn.parcomms.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Actor;
import vn.parcomms.access.Grant;
import vn.parcomms.access.Role;
import vn.parcomms.access.ScopedResource;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.shared.ConcurrentEditException;
import vn.parcomms.shared.FieldViolation;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.Texts;

/**
 * The accounts module's facade: users, their roles and their state. Every change checks the
 * current actor's permission for the user's organization.
 */
@Service
public class AccountDirectory {

    /** Session attribute holding the last sign-in failure, shown once by the sign-in page. */
    public static final String SIGN_IN_ERROR_ATTRIBUTE = SignInOutcomes.ERROR_ATTRIBUTE;
    /** Session attribute holding the username typed, so the form keeps it. */
    public static final String SIGN_IN_USERNAME_ATTRIBUTE = SignInOutcomes.USERNAME_ATTRIBUTE;

    private final UserAccounts users;
    private final OrganizationDirectory organizations;
    private final AccessPolicy access;
    private final PasswordEncoder passwordEncoder;
    private final SecuritySettings settings;

    AccountDirectory(UserAccounts users, OrganizationDirectory organizations, AccessPolicy access,
            PasswordEncoder passwordEncoder, SecuritySettings settings) {
        this.users = users;
        this.organizations = organizations;
        this.access = access;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
    }

    /** The signed-in user of this request, if any. */
    public Optional<CurrentUser> currentUser() {
        return RequestActor.currentUser();
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        UserAccount user = users.findById(id).orElseThrow(() -> new NotFoundException("user.not-found", id));
        access.check(AccountActions.VIEW_USERS, user);
        return user;
    }

    /**
     * Active users of an organization holding one of the roles, for notices the platform sends them
     * (reminders). No permission check: callers decide what to tell them, never show the list.
     */
    @Transactional(readOnly = true)
    public List<UserAccount> activeMembers(long organizationId, Set<Role> roles) {
        return users.activeMembers(organizationId, roles);
    }

    @Transactional(readOnly = true)
    public List<RoleGrantView> grants(long userId) {
        get(userId);
        return users.grantViews(userId);
    }

    /** The roles of the signed-in user, for their profile. */
    @Transactional(readOnly = true)
    public List<RoleGrantView> grantsOfCurrentUser() {
        return currentUser().map(me -> users.grantViews(me.id())).orElse(List.of());
    }

    /** Users the current actor may see: those under the organizations where they may view users. */
    @Transactional(readOnly = true)
    public List<UserAccount> list(String text, int page, int size) {
        Actor actor = access.currentActor();
        String cleaned = Texts.clean(text);
        if (cleaned != null && cleaned.length() > 100) {
            throw new InvalidInputException("q", "validation.search-too-long", 100);
        }
        List<Grant> viewing = actor.grants().stream()
                .filter(grant -> AccountActions.VIEW_USERS.roles().contains(grant.role())).toList();
        return users.coveredBy(viewing, cleaned, size, Math.max(page, 0) * size);
    }

    @Transactional
    public UserAccount create(CreateUser command) {
        Organization organization = organizations.find(command.organizationId())
                .orElseThrow(() -> new InvalidInputException("organizationId", "organization.not-found", command.organizationId()));
        access.check(AccountActions.MANAGE_USERS, organization);
        return users.findById(insert(command, false)).orElseThrow();
    }

    /** Creates a user without a permission check: only for demo data and first-run set-up. */
    @Transactional
    long createTrusted(CreateUser command, boolean demo) {
        return insert(command, demo);
    }

    private long insert(CreateUser command, boolean demo) {
        String username = Texts.clean(command.username()).toLowerCase(Locale.ROOT);
        List<FieldViolation> violations = new ArrayList<>(PasswordPolicy.check("password", command.password(), username,
                settings.minPasswordLength()));
        if (users.usernameTaken(username)) {
            violations.add(FieldViolation.of("username", "user.username.taken", username));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var cleaned = new CreateUser(username, Texts.clean(command.fullName()), Texts.clean(command.email()),
                command.organizationId(), command.password());
        return users.insert(cleaned, passwordEncoder.encode(command.password()), demo);
    }

    @Transactional
    public UserAccount setActive(long userId, boolean active, int version) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("user.not-found", userId));
        access.check(AccountActions.MANAGE_USERS, user);
        Actor actor = access.currentActor();
        if (!active && actor.userId() != null && actor.userId() == userId) {
            throw new InvalidInputException("active", "user.cannot-deactivate-self");
        }
        if (!users.setActive(userId, active, actor.userId(), version)) {
            throw new ConcurrentEditException("user " + userId);
        }
        return users.findById(userId).orElseThrow();
    }

    @Transactional
    public RoleGrantView grant(long userId, GrantRole command) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("user.not-found", userId));
        access.check(AccountActions.MANAGE_USERS, user);
        ScopedResource scope;
        if (command.organizationId() == null) {
            if (command.role() != Role.SYSTEM_ADMIN) {
                throw new InvalidInputException("organizationId", "validation.required");
            }
            scope = ScopedResource.of(Grant.ROOT_PATH);
        } else {
            scope = organizations.find(command.organizationId()).orElseThrow(
                    () -> new InvalidInputException("organizationId", "organization.not-found", command.organizationId()));
        }
        // One may only hand out what one could manage oneself: the grant's scope must be in reach.
        access.check(AccountActions.MANAGE_USERS, scope);
        if (users.hasActiveGrant(userId, command.role(), command.organizationId())) {
            throw new InvalidInputException("role", "grant.duplicate");
        }
        var normalized = new GrantRole(command.role(), command.organizationId(),
                command.organizationId() == null || command.reachesSubtree());
        long id = users.insertGrant(userId, normalized, access.currentActor().userId());
        return users.grantViews(userId).stream().filter(g -> g.id() == id).findFirst().orElseThrow();
    }

    /** Grants a role without a permission check: only for demo data and first-run set-up. */
    @Transactional
    void grantTrusted(long userId, GrantRole command) {
        users.insertGrant(userId, command, null);
    }

    @Transactional
    public void revoke(long userId, long grantId) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("user.not-found", userId));
        access.check(AccountActions.MANAGE_USERS, user);
        var grant = users.findGrant(grantId).filter(g -> g.userId() == userId && !g.revoked())
                .orElseThrow(() -> new NotFoundException("grant.not-found", grantId));
        users.revokeGrant(grant.id(), access.currentActor().userId());
    }

    /** Changes the current user's own password after checking the old one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        CurrentUser me = currentUser().orElseThrow(() -> new NotFoundException("user.not-found", 0));
        String hash = users.passwordHash(me.id()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new InvalidInputException("currentPassword", "password.wrong");
        }
        List<FieldViolation> violations = PasswordPolicy.check("newPassword", newPassword, me.username(),
                settings.minPasswordLength());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        users.changePassword(me.id(), passwordEncoder.encode(newPassword));
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }
}
