package vn.parcomms.workspace;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Actor;
import vn.parcomms.access.NavigationEntry;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.accounts.CurrentUser;

/** Puts the signed-in user and the navigation they may use into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {

    private final AccountDirectory accounts;
    private final AccessPolicy access;
    private final List<NavigationEntry> entries;

    ShellModel(AccountDirectory accounts, AccessPolicy access, List<NavigationEntry> entries) {
        this.accounts = accounts;
        this.access = access;
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    /** The path of the page being shown, for the language switch and the active menu entry. */
    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original != null ? original.toString() : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return accounts.currentUser().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationEntry> navigation() {
        Actor actor = access.currentActor();
        return entries.stream().filter(entry -> entry.visibleTo(actor, access)).toList();
    }
}
