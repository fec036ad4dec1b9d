package vn.parcomms.procedures;

import java.time.Instant;
import java.time.LocalDate;

/** One step in a procedure's history, with the decision behind it and the content it gave the procedure. */
public record ProcedureChange(long id, long procedureId, Kind kind, LocalDate effectiveOn, String decisionNumber,
        LocalDate decisionSignedOn, String decisionIssuer, String note, Instant changedAt) {

    public enum Kind {
        PUBLISHED, AMENDED, REPLACED, ABOLISHED
    }
}
