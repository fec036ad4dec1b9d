package vn.parcomms.reminders.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.parcomms.reminders.ReminderManagement;

/** The signed-in user's unread notifications, counted on every page for the navigation badge. */
@ControllerAdvice(annotations = Controller.class)
class NotificationBadge {

    private final ReminderManagement reminders;

    NotificationBadge(ReminderManagement reminders) {
        this.reminders = reminders;
    }

    @ModelAttribute("unreadNotifications")
    long unreadNotifications() {
        return reminders.unreadCount();
    }
}
