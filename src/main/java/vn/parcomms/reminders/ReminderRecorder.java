package vn.parcomms.reminders;

import java.util.Set;

import org.springframework.stereotype.Component;
import vn.parcomms.access.Role;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.accounts.UserAccount;

/**
 * Addresses a recorded reminder to the people of a body: its staff and coordinators get an in-app
 * notification, and an e-mail now or in their daily digest when they have an address.
 */
@Component
class ReminderRecorder {

    static final Set<Role> ADDRESSED = Set.of(Role.STAFF, Role.COORDINATOR);

    private final Reminders reminders;
    private final AccountDirectory accounts;

    ReminderRecorder(Reminders reminders, AccountDirectory accounts) {
        this.reminders = reminders;
        this.accounts = accounts;
    }

    /** Notifies the body's people, except {@code excludedUserId} (the coordinator who chases). */
    int address(long reminderId, long organizationId, String title, String body, String path, Long excludedUserId) {
        int count = 0;
        for (UserAccount user : accounts.activeMembers(organizationId, ADDRESSED)) {
            if (excludedUserId != null && excludedUserId == user.id()) {
                continue;
            }
            reminders.addNotification(user.id(), reminderId, title, body, path);
            String status;
            if (user.email() == null || user.email().isBlank()) {
                status = "NO_EMAIL";
            } else {
                status = reminders.prefersDigest(user.id()) ? "DIGEST" : "PENDING";
            }
            reminders.addRecipient(reminderId, user.id(), user.email(), status);
            count++;
        }
        return count;
    }

    static String inboxPath(long organizationId) {
        return "/inbox?organizationId=" + organizationId;
    }
}
