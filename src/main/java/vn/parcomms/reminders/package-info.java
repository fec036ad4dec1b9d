/**
 * Reminders and chasing (đôn đốc): automatic reminders before and after due dates, the
 * coordinator's chase of late bodies, in-app notifications and e-mail (one per reminder or a daily
 * digest), every one of them recorded.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "access", "organizations", "accounts", "plans", "activities"})
package vn.parcomms.reminders;
