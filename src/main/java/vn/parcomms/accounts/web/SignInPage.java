package vn.parcomms.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.parcomms.accounts.AccountDirectory;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class SignInPage {

    private final AccountDirectory accounts;
    private final MessageSource messages;

    SignInPage(AccountDirectory accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/login")
    String signIn(HttpServletRequest request, Model model) {
        if (accounts.currentUser().isPresent()) {
            return "redirect:/";
        }
        // Only read an existing session: showing the page must not create one.
        HttpSession session = request.getSession(false);
        Object error = session == null ? null : session.getAttribute(AccountDirectory.SIGN_IN_ERROR_ATTRIBUTE);
        if (error != null) {
            if (error instanceof vn.parcomms.accounts.SignInMessage view) {
                model.addAttribute("signInError", messages.getMessage(view.messageKey(), view.arguments().toArray(),
                        LocaleContextHolder.getLocale()));
            }
            model.addAttribute("username", session.getAttribute(AccountDirectory.SIGN_IN_USERNAME_ATTRIBUTE));
            session.removeAttribute(AccountDirectory.SIGN_IN_ERROR_ATTRIBUTE);
            session.removeAttribute(AccountDirectory.SIGN_IN_USERNAME_ATTRIBUTE);
        }
        return "signin";
    }
}
