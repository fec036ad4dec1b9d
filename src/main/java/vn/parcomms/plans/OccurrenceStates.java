package vn.parcomms.plans;

import java.util.Collection;
import java.util.Map;

/**
 * Where occurrences stand (not started, in progress, done, done late, overdue), supplied by the
 * module that records execution, so the inbox can show it without depending on that module.
 */
public interface OccurrenceStates {

    /** State names by occurrence id, for the given occurrences. */
    Map<Long, String> of(Collection<Long> occurrenceIds);

    /** Whether the current user may record what the organization did. */
    boolean canRecord(vn.parcomms.organizations.Organization organization);
}
