package vn.parcomms.reminders.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.parcomms.reminders.ReminderManagement;
import vn.parcomms.shared.web.PageModel;

/**
 * The signed-in user's unread notifications, counted on every page for the navigation badge. Anonymous pages
 * have no badge: they skip the count (and the database transaction it takes); API answers are no pages.
 */
@Component
class NotificationBadge implements PageModel {

    private final ReminderManagement reminders;

    NotificationBadge(ReminderManagement reminders) {
        this.reminders = reminders;
    }

    @Override
    public void contribute(HttpServletRequest request, Map<String, Object> model) {
        model.putIfAbsent("unreadNotifications", unreadNotifications(request));
    }

    long unreadNotifications(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") || authentication == null
                || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return 0;
        }
        return reminders.unreadCount();
    }
}
