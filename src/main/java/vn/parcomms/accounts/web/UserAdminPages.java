package vn.parcomms.accounts.web;

import java.util.Arrays;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Role;
import vn.parcomms.accounts.AccountActions;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.accounts.CreateUser;
import vn.parcomms.accounts.GrantRole;
import vn.parcomms.accounts.UserAccount;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.shared.ConcurrentEditException;
import vn.parcomms.shared.FieldViolation;
import vn.parcomms.shared.InvalidInputException;

/** Administration of users: list, create, grant and revoke roles, deactivate and reactivate. */
@Controller
@RequestMapping("/admin/users")
class UserAdminPages {

    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;
    private final AccessPolicy access;

    UserAdminPages(AccountDirectory accounts, OrganizationDirectory organizations, AccessPolicy access) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.access = access;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        access.checkSomewhere(AccountActions.VIEW_USERS);
        model.addAttribute("q", q);
        model.addAttribute("page", Math.max(page, 0));
        try {
            model.addAttribute("users", accounts.list(q, page, 50));
        } catch (InvalidInputException e) {
            model.addAttribute("users", java.util.List.of());
            model.addAttribute("searchError", e.violations().getFirst());
        }
        model.addAttribute("canManage", access.allowsSomewhere(access.currentActor(), AccountActions.MANAGE_USERS));
        return htmx != null ? "admin/users :: rows" : "admin/users";
    }

    @GetMapping("/new")
    String newUser(@RequestParam(required = false) Long organizationId, Model model) {
        access.checkSomewhere(AccountActions.MANAGE_USERS);
        Long orgId = organizationId != null ? organizationId : accounts.currentUser().map(u -> u.organizationId()).orElse(null);
        model.addAttribute("form", new CreateUser(null, null, null, orgId, null));
        return createForm(orgId, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CreateUser form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        access.checkSomewhere(AccountActions.MANAGE_USERS);
        if (!result.hasErrors()) {
            try {
                UserAccount created = accounts.create(form);
                redirect.addFlashAttribute("notice", "user.created");
                return "redirect:/admin/users/" + created.id();
            } catch (InvalidInputException e) {
                reject(result, e);
            }
        }
        model.addAttribute("form", new CreateUser(form.username(), form.fullName(), form.email(), form.organizationId(), null));
        model.addAttribute("org.springframework.validation.BindingResult.form", result);
        return createForm(form.organizationId(), model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        UserAccount user = accounts.get(id);
        model.addAttribute("user", user);
        model.addAttribute("grants", accounts.grants(id));
        model.addAttribute("canManage", access.allows(AccountActions.MANAGE_USERS, user));
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", new GrantRole(null, user.organizationId(), true));
        }
        model.addAttribute("roles", Arrays.asList(Role.values()));
        Object form = model.getAttribute("grantForm");
        Long scopeId = form instanceof GrantRole grant ? grant.organizationId() : null;
        model.addAttribute("grantOrganization", scopeId == null ? null : organizations.find(scopeId).orElse(null));
        return "admin/user";
    }

    @PostMapping("/{id}/grants")
    String grant(@PathVariable long id, @Valid @ModelAttribute("grantForm") GrantRole form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.grant(id, form);
                redirect.addFlashAttribute("notice", "grant.added");
                return "redirect:/admin/users/" + id;
            } catch (InvalidInputException e) {
                reject(result, e);
            }
        }
        return show(id, model);
    }

    @PostMapping("/{id}/grants/{grantId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long grantId, RedirectAttributes redirect) {
        accounts.revoke(id, grantId);
        redirect.addFlashAttribute("notice", "grant.revoked");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            accounts.setActive(id, active, version);
            redirect.addFlashAttribute("notice", active ? "user.reactivated" : "user.deactivated");
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("problem", "problem.concurrent-edit");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.violations().getFirst().messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    private String createForm(Long organizationId, Model model) {
        if (organizationId != null) {
            organizations.find(organizationId).ifPresent(o -> model.addAttribute("organization", o));
        }
        return "admin/user-form";
    }

    private static void reject(BindingResult result, InvalidInputException e) {
        for (FieldViolation v : e.violations()) {
            result.rejectValue(v.field(), v.messageKey(), v.arguments().toArray(), null);
        }
    }
}
