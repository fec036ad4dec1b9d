package vn.parcomms.procedures;

import java.time.LocalDate;

/**
 * A procedure in a province's catalog: its content, and where it stands.
 *
 * @param organizationId the province whose catalog it belongs to
 * @param validFrom the day the decision publishing it took effect
 * @param validTo the first day it no longer applies (abolished or replaced), {@code null} while it does
 * @param replacedBy the code of the procedure that replaced it
 */
public record Procedure(long id, long organizationId, ProcedureContent content, Status status, LocalDate validFrom,
        LocalDate validTo, String replacedBy, int version) {

    public enum Status {
        ACTIVE, REPLACED, ABOLISHED
    }

    public String code() {
        return content.code();
    }

    public String name() {
        return content.name();
    }

    /** Whether it applies on that day. */
    public boolean appliesOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }
}
