package vn.parcomms.organizations.web;

import java.util.List;

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
import vn.parcomms.access.Actor;
import vn.parcomms.organizations.CreateOrganization;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationActions;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.organizations.OrganizationKind;
import vn.parcomms.organizations.OrganizationPage;
import vn.parcomms.organizations.OrganizationQuery;
import vn.parcomms.organizations.UpdateOrganization;
import vn.parcomms.shared.ConcurrentEditException;
import vn.parcomms.shared.FieldViolation;
import vn.parcomms.shared.InvalidInputException;

/** The organization tree, its search, and the forms to add and edit bodies. */
@Controller
@RequestMapping("/organizations")
class OrganizationPages {

    private static final List<OrganizationKind> BODY_KINDS = java.util.Arrays.stream(OrganizationKind.values())
            .filter(kind -> !kind.isTerritorial()).toList();

    private final OrganizationDirectory directory;
    private final AccessPolicy access;

    OrganizationPages(OrganizationDirectory directory, AccessPolicy access) {
        this.directory = directory;
        this.access = access;
    }

    /** The tree with a search box; an htmx request for a search gets only the result list. */
    @GetMapping
    String tree(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        access.checkSomewhere(OrganizationActions.VIEW);
        model.addAttribute("q", q);
        boolean searching = q != null && !q.isBlank();
        if (searching) {
            try {
                model.addAttribute("results", directory.search(new OrganizationQuery(q, null, null, null, null,
                        Math.max(page, 0), 30)));
            } catch (InvalidInputException e) {
                model.addAttribute("searchError", e.violations().getFirst());
            }
        }
        if (htmx != null && searching) {
            return "organizations/tree :: results";
        }
        Actor actor = access.currentActor();
        if (actor.organizationId() != null) {
            directory.find(actor.organizationId()).ifPresent(own -> {
                model.addAttribute("own", own);
                model.addAttribute("ownAncestors", directory.ancestors(own));
            });
        }
        model.addAttribute("roots", directory.search(OrganizationQuery.childrenOf(null)
                .withKind(OrganizationKind.PROVINCE)).items());
        return "organizations/tree";
    }

    /**
     * Organizations matching a search, as {@code <option>}s for the organization pickers of other
     * forms (users, roles): an htmx search box fills a select with them.
     */
    @GetMapping("/options")
    String options(@RequestParam(required = false) String q, Model model) {
        access.checkSomewhere(OrganizationActions.VIEW);
        List<Organization> options = List.of();
        if (q != null && !q.isBlank()) {
            try {
                options = directory.search(new OrganizationQuery(q, null, null, null, null, 0, 30)).items();
            } catch (InvalidInputException e) {
                model.addAttribute("searchError", e.violations().getFirst());
            }
        }
        model.addAttribute("options", options);
        return "organizations/options :: options";
    }

    /** Children of one node, for expanding the tree in place. */
    @GetMapping("/{id}/children")
    String children(@PathVariable long id, Model model) {
        access.checkSomewhere(OrganizationActions.VIEW);
        model.addAttribute("nodes", directory.search(OrganizationQuery.childrenOf(id)).items());
        return "organizations/tree :: nodes";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        access.checkSomewhere(OrganizationActions.VIEW);
        Organization organization = directory.get(id);
        model.addAttribute("organization", organization);
        model.addAttribute("ancestors", directory.ancestors(organization));
        OrganizationPage children = directory.search(new OrganizationQuery(null, id, null, null, null,
                Math.max(page, 0), 100));
        model.addAttribute("children", children);
        model.addAttribute("canManage", access.allows(organization.kind().isTerritorial()
                ? OrganizationActions.MANAGE_TERRITORY : OrganizationActions.MANAGE, organization));
        model.addAttribute("canAddBody", access.allows(OrganizationActions.MANAGE, organization));
        return "organizations/show";
    }

    @GetMapping("/{id}/bodies/new")
    String newBody(@PathVariable long id, Model model) {
        Organization parent = directory.get(id);
        access.check(OrganizationActions.MANAGE, parent);
        model.addAttribute("form", new CreateOrganization(id, null, null, null, null, null, directory.today()));
        return bodyForm(parent, model);
    }

    @PostMapping("/{id}/bodies")
    String createBody(@PathVariable long id, @Valid @ModelAttribute("form") CreateOrganization form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Organization parent = directory.get(id);
        access.check(OrganizationActions.MANAGE, parent);
        if (!result.hasErrors()) {
            try {
                Organization created = directory.create(withParent(form, id));
                redirect.addFlashAttribute("notice", "organization.created");
                return "redirect:/organizations/" + created.id();
            } catch (InvalidInputException e) {
                reject(result, e);
            }
        }
        return bodyForm(parent, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Organization organization = directory.get(id);
        checkManage(organization);
        model.addAttribute("form", new UpdateOrganization(organization.version(), organization.name(),
                organization.shortName(), organization.nameEn(), organization.kind(), organization.validFrom(),
                organization.validTo()));
        return editForm(organization, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UpdateOrganization form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Organization organization = directory.get(id);
        checkManage(organization);
        if (!result.hasErrors()) {
            try {
                directory.update(id, form);
                redirect.addFlashAttribute("notice", "organization.saved");
                return "redirect:/organizations/" + id;
            } catch (InvalidInputException e) {
                reject(result, e);
            } catch (ConcurrentEditException e) {
                // Keep what the user typed, show what is stored now, and let a second save apply
                // the user's version knowingly: nothing is lost and nothing is overwritten silently.
                model.addAttribute("conflict", organization);
                model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
                model.addAttribute("form", new UpdateOrganization(organization.version(), form.name(), form.shortName(),
                        form.nameEn(), form.kind(), form.validFrom(), form.validTo()));
            }
        }
        return editForm(organization, model);
    }

    private void checkManage(Organization organization) {
        access.check(organization.kind().isTerritorial() ? OrganizationActions.MANAGE_TERRITORY
                : OrganizationActions.MANAGE, organization);
    }

    private String bodyForm(Organization parent, Model model) {
        model.addAttribute("parent", parent);
        model.addAttribute("kinds", BODY_KINDS);
        return "organizations/body-form";
    }

    private String editForm(Organization organization, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("kinds", organization.kind().isTerritorial()
                ? List.of(OrganizationKind.PROVINCE, OrganizationKind.COMMUNE) : BODY_KINDS);
        return "organizations/edit";
    }

    private static CreateOrganization withParent(CreateOrganization form, long parentId) {
        return new CreateOrganization(parentId, form.code(), form.name(), form.shortName(), form.nameEn(), form.kind(),
                form.validFrom());
    }

    private static void reject(BindingResult result, InvalidInputException e) {
        for (FieldViolation violation : e.violations()) {
            String field = "parentId".equals(violation.field()) ? null : violation.field();
            if (field == null) {
                result.reject(violation.messageKey(), violation.arguments().toArray(), null);
            } else {
                result.rejectValue(field, violation.messageKey(), violation.arguments().toArray(), null);
            }
        }
    }
}
