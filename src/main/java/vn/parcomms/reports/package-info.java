/**
 * Periodic reports: the reporting calendar (Decree 09/2019 cut-offs), reports compiled from
 * activities with their narrative, submission, approval with locking, roll-up and scores.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package vn.parcomms.reports;
