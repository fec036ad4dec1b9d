package vn.parcomms.plans;

import java.util.List;

/**
 * A plan with its task table as it stood at one issued version; stored as JSON.
 *
 * @param plan the plan
 * @param tasks its task table
 */
public record PlanSnapshot(Plan plan, List<PlanTask> tasks) {
}
