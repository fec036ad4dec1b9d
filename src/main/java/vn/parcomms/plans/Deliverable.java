package vn.parcomms.plans;

import java.util.Locale;

/**
 * An expected product of a task: a deliverable type with an optional target count per period
 * ("at least one article per quarter"). Stored as {@code TYPE:TARGET:PER}.
 *
 * @param type deliverable type code from the DELIVERABLE vocabulary
 * @param target how many, or {@code null} when the plan gives no number
 * @param per the period the target applies to, or {@code null} for the whole plan year
 */
public record Deliverable(String type, Integer target, Per per) {

    /** The period a target count applies to. */
    public enum Per { MONTH, QUARTER, HALF_YEAR, YEAR }

    public String code() {
        return type + ":" + (target == null ? "" : target) + ":" + (per == null ? "" : per.name());
    }

    /** Parses {@code TYPE:TARGET:PER}; returns {@code null} for text that is not in that form. */
    public static Deliverable parse(String code) {
        if (code == null) {
            return null;
        }
        String[] parts = code.strip().split(":", -1);
        if (parts.length == 0 || !parts[0].matches("[A-Z][A-Z0-9_]*")) {
            return null;
        }
        try {
            Integer target = parts.length > 1 && !parts[1].isBlank() ? Integer.valueOf(parts[1].strip()) : null;
            Per per = parts.length > 2 && !parts[2].isBlank() ? Per.valueOf(parts[2].strip().toUpperCase(Locale.ROOT)) : null;
            if (target != null && target < 0) {
                return null;
            }
            return new Deliverable(parts[0], target, per);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
