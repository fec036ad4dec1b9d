package vn.parcomms.activities;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.plans.OccurrenceStates;
import vn.parcomms.plans.PlanManagement;

/** Occurrence states for the inbox, from the activities that serve them. */
@Component
class ActivityOccurrenceStates implements OccurrenceStates {

    private final ProgressQueries progress;
    private final PlanManagement plans;
    private final vn.parcomms.access.AccessPolicy access;

    ActivityOccurrenceStates(ProgressQueries progress, PlanManagement plans, vn.parcomms.access.AccessPolicy access) {
        this.access = access;
        this.progress = progress;
        this.plans = plans;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> of(Collection<Long> occurrenceIds) {
        Map<Long, String> states = new HashMap<>();
        progress.ofOccurrences(occurrenceIds, plans.today()).forEach((id, o) -> states.put(id, o.state().name()));
        return states;
    }

    @Override
    public boolean canRecord(vn.parcomms.organizations.Organization organization) {
        return access.allows(ActivityActions.RECORD, organization);
    }
}
