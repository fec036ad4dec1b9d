/**
 * Execution: the activities bodies record for their task occurrences, with reach figures, and the
 * coordinator's review (accept, or return with a reason), every step in an audit trail.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "organizations", "accounts", "plans", "sites"})
package vn.parcomms.activities;
