package vn.parcomms.workspace;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.accounts.CurrentUser;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;

/** The page a user lands on: their organization, where it sits, their roles and their modules. */
@Controller
class HomePage {

    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;

    HomePage(AccountDirectory accounts, OrganizationDirectory organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser me = accounts.currentUser().orElseThrow();
        Organization organization = organizations.get(me.organizationId());
        model.addAttribute("organization", organization);
        model.addAttribute("ancestors", organizations.ancestors(organization));
        model.addAttribute("grants", me.grants().stream().map(grant -> new GrantLine(grant.role().name(),
                grant.organizationId() == null ? null : organizations.find(grant.organizationId()).orElse(null),
                grant.includesSubtree())).toList());
        return "home";
    }

    /** A role and where it applies, for display. */
    record GrantLine(String role, Organization organization, boolean includesSubtree) {
    }
}
