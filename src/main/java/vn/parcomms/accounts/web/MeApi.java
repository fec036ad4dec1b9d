package vn.parcomms.accounts.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.NavigationEntry;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.accounts.ApiTokenView;
import vn.parcomms.accounts.ApiTokens;
import vn.parcomms.accounts.CreateApiToken;
import vn.parcomms.accounts.CurrentUser;
import vn.parcomms.accounts.IssuedApiToken;
import vn.parcomms.accounts.RoleGrantView;

/** The caller's own account over JSON: who they are, their roles and modules, their tokens. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "Tài khoản của người gọi và mã truy cập cá nhân")
class MeApi {

    private final AccountDirectory accounts;
    private final ApiTokens tokens;
    private final AccessPolicy access;
    private final List<NavigationEntry> modules;

    MeApi(AccountDirectory accounts, ApiTokens tokens, AccessPolicy access, List<NavigationEntry> modules) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.access = access;
        this.modules = modules;
    }

    @GetMapping
    @Operation(summary = "The signed-in user, their organization, roles and the modules they may use")
    Me me() {
        CurrentUser me = accounts.currentUser().orElseThrow();
        var actor = access.currentActor();
        List<String> available = modules.stream().filter(m -> m.visibleTo(actor, access))
                .sorted(java.util.Comparator.comparingInt(NavigationEntry::order)).map(NavigationEntry::href).toList();
        return new Me(me.id(), me.username(), me.fullName(), me.organizationId(), me.organizationName(),
                accounts.grantsOfCurrentUser(), available);
    }

    @GetMapping("/tokens")
    @Operation(summary = "The caller's personal API tokens (never their secrets)")
    List<ApiTokenView> tokens() {
        return tokens.ofUser(accounts.currentUser().orElseThrow().id());
    }

    @PostMapping("/tokens")
    @Operation(summary = "Create a personal API token; the secret is in this answer only")
    ResponseEntity<IssuedApiToken> createToken(@Valid @RequestBody CreateApiToken command) {
        IssuedApiToken issued = tokens.create(accounts.currentUser().orElseThrow().id(), command);
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.token().id())).body(issued);
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of the caller's tokens")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(accounts.currentUser().orElseThrow().id(), id);
        return ResponseEntity.noContent().build();
    }

    /**
     * The caller.
     *
     * @param id user id
     * @param username sign-in name
     * @param fullName full name
     * @param organizationId their organization
     * @param organizationName its name
     * @param roles roles held
     * @param modules links of the modules they may use
     */
    record Me(long id, String username, String fullName, long organizationId, String organizationName,
            List<RoleGrantView> roles, List<String> modules) {
    }
}
