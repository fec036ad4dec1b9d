package vn.parcomms.workspace;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Actor;
import vn.parcomms.access.NavigationEntry;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.accounts.CurrentUser;
import vn.parcomms.shared.web.PageModel;

/** Puts the signed-in user and the navigation they may use into every page's model. */
@Component
class ShellModel implements PageModel {

    private final AccountDirectory accounts;
    private final AccessPolicy access;
    private final List<NavigationEntry> entries;

    ShellModel(AccountDirectory accounts, AccessPolicy access, List<NavigationEntry> entries) {
        this.accounts = accounts;
        this.access = access;
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    @Override
    public void contribute(HttpServletRequest request, Map<String, Object> model) {
        model.putIfAbsent("requestPath", requestPath(request));
        model.putIfAbsent("me", me());
        model.putIfAbsent("navigation", navigation());
    }

    /** The path of the page being shown, for the language switch and the active menu entry. */
    String requestPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original != null ? original.toString() : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }

    CurrentUser me() {
        return accounts.currentUser().orElse(null);
    }

    List<NavigationEntry> navigation() {
        Actor actor = access.currentActor();
        return entries.stream().filter(entry -> entry.visibleTo(actor, access)).toList();
    }
}
