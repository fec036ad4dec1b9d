package vn.parcomms.accounts.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.accounts.ApiTokens;
import vn.parcomms.accounts.CreateApiToken;
import vn.parcomms.accounts.CurrentUser;
import vn.parcomms.shared.InvalidInputException;

/** The user's own profile: roles, personal API tokens and password. */
@Controller
@RequestMapping("/profile")
class ProfilePages {

    private final AccountDirectory accounts;
    private final ApiTokens tokens;

    ProfilePages(AccountDirectory accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping
    String profile(Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new CreateApiToken(null, null));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new ChangePassword(null, null, null));
        }
        return page(model);
    }

    @PostMapping("/tokens")
    String createToken(@Valid @ModelAttribute("tokenForm") CreateApiToken form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("passwordForm", new ChangePassword(null, null, null));
            return page(model);
        }
        var issued = tokens.create(me().id(), form);
        redirect.addFlashAttribute("issuedToken", issued);
        return "redirect:/profile#tokens";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(me().id(), id);
        redirect.addFlashAttribute("notice", "token.revoked");
        return "redirect:/profile#tokens";
    }

    @PostMapping("/password")
    String changePassword(@Valid @ModelAttribute("passwordForm") ChangePassword form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                accounts.changeOwnPassword(form.currentPassword(), form.newPassword());
                redirect.addFlashAttribute("notice", "password.changed");
                return "redirect:/profile";
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> result.rejectValue(v.field(), v.messageKey(), v.arguments().toArray(), null));
            }
        }
        model.addAttribute("tokenForm", new CreateApiToken(null, null));
        // Never echo passwords back into the page.
        model.addAttribute("passwordForm", new ChangePassword(null, null, null));
        model.addAttribute("org.springframework.validation.BindingResult.passwordForm", result);
        return page(model);
    }

    private String page(Model model) {
        CurrentUser me = me();
        model.addAttribute("grants", accounts.grantsOfCurrentUser());
        model.addAttribute("tokens", tokens.ofUser(me.id()));
        model.addAttribute("now", tokens.now());
        return "profile";
    }

    private CurrentUser me() {
        return accounts.currentUser().orElseThrow();
    }
}
