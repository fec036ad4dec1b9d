package vn.parcomms.procedures;

import java.time.LocalDate;

/**
 * A decision publishing, amending, replacing or abolishing procedures ("Quyết định công bố danh mục thủ
 * tục hành chính…"), signed by the province's chairman.
 */
public record ProcedureDecision(long id, long organizationId, String number, LocalDate signedOn, LocalDate effectiveOn,
        String issuer, String title) {
}
