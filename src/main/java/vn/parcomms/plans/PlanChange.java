package vn.parcomms.plans;

/**
 * One difference between two versions of a plan.
 *
 * @param subject "plan" or the task number it concerns
 * @param kind ADDED, REMOVED or CHANGED
 * @param field the field that changed (CHANGED only)
 * @param before the old value
 * @param after the new value
 */
public record PlanChange(String subject, Kind kind, String field, String before, String after) {

    /** What happened to the subject. */
    public enum Kind { ADDED, REMOVED, CHANGED }
}
