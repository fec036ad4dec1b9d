package vn.parcomms.reminders.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.parcomms.reminders.ReminderManagement;

/**
 * The signed-in user's unread notifications, counted on every page for the navigation badge. The API and
 * anonymous pages have no badge: they skip the count (and the database transaction it takes).
 */
@ControllerAdvice(annotations = Controller.class)
class NotificationBadge {

    private final ReminderManagement reminders;

    NotificationBadge(ReminderManagement reminders) {
        this.reminders = reminders;
    }

    @ModelAttribute("unreadNotifications")
    long unreadNotifications(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") || authentication == null
                || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return 0;
        }
        return reminders.unreadCount();
    }
}
