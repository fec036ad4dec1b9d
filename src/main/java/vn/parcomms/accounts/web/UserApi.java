package vn.parcomms.accounts.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.accounts.CreateUser;
import vn.parcomms.accounts.GrantRole;
import vn.parcomms.accounts.RoleGrantView;
import vn.parcomms.accounts.UserAccount;

/** User administration over JSON, with the same permission checks as the pages. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Quản lý người dùng và vai trò")
class UserApi {

    private final AccountDirectory accounts;

    UserApi(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Users in the organizations where the caller may view users")
    List<UserAccount> list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return accounts.list(q, page, Math.clamp(size, 1, 200));
    }

    @GetMapping("/{id}")
    UserAccount get(@PathVariable long id) {
        return accounts.get(id);
    }

    @PostMapping
    @Operation(summary = "Create a user in an organization")
    ResponseEntity<UserAccount> create(@Valid @RequestBody CreateUser command) {
        UserAccount created = accounts.create(command);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @GetMapping("/{id}/grants")
    List<RoleGrantView> grants(@PathVariable long id) {
        return accounts.grants(id);
    }

    @PostMapping("/{id}/grants")
    @Operation(summary = "Grant a role at an organization (optionally with everything under it)")
    RoleGrantView grant(@PathVariable long id, @Valid @RequestBody GrantRole command) {
        return accounts.grant(id, command);
    }

    @DeleteMapping("/{id}/grants/{grantId}")
    @Operation(summary = "Revoke a role (the grant is kept in history)")
    ResponseEntity<Void> revoke(@PathVariable long id, @PathVariable long grantId) {
        accounts.revoke(id, grantId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/active")
    @Operation(summary = "Deactivate or reactivate a user; send the version you read")
    UserAccount setActive(@PathVariable long id, @Valid @RequestBody ActiveState state) {
        return accounts.setActive(id, state.active(), state.version());
    }

    /**
     * Whether a user may sign in.
     *
     * @param active the new state
     * @param version the version the caller read
     */
    record ActiveState(@NotNull(message = "{validation.required}") Boolean active,
            @NotNull(message = "{validation.required}") Integer version) {
    }
}
