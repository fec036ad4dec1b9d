package vn.parcomms.plans;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The header and sections of a plan, as a form or an API request fills them in.
 *
 * @param issuerId the issuing organization
 * @param year the plan year
 * @param documentNumber number and symbol, e.g. {@code 18/KH-UBND}; required to issue
 * @param title title
 * @param issueDate date of issue; required to issue
 * @param place place of issue
 * @param signerName signer
 * @param signerTitle signer's title
 * @param signingAuthority signing authority, e.g. "KT. CHỦ TỊCH"
 * @param legalBases one document per line
 * @param parentPlanId the higher plan in the system
 * @param parentRefNumber or the number of a higher plan outside the system
 * @param parentRefDate its date
 * @param parentRefIssuer its issuer
 * @param purposes purposes
 * @param requirements requirements
 * @param content content
 * @param budget budget
 * @param implementation organization of implementation
 * @param audiences audience codes
 * @param topics topic codes
 * @param channels channel codes
 * @param recipients one recipient per line
 * @param obligationGroup subordinate bodies that must issue their own plan
 * @param obligationNamedIds or the named bodies that must
 * @param obligationDue by when
 * @param version the version the user edited (ignored on creation)
 */
public record PlanDraft(
        @NotNull(message = "{validation.required}") Long issuerId,
        @NotNull(message = "{validation.required}") @Min(value = 2000, message = "{plan.year.range}") @Max(value = 2100, message = "{plan.year.range}") Integer year,
        @Size(max = 60, message = "{validation.max-length}") String documentNumber,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.max-length}") String title,
        LocalDate issueDate,
        @Size(max = 120, message = "{validation.max-length}") String place,
        @Size(max = 120, message = "{validation.max-length}") String signerName,
        @Size(max = 120, message = "{validation.max-length}") String signerTitle,
        @Size(max = 120, message = "{validation.max-length}") String signingAuthority,
        @Size(max = 20_000, message = "{validation.max-length}") String legalBases,
        Long parentPlanId,
        @Size(max = 60, message = "{validation.max-length}") String parentRefNumber,
        LocalDate parentRefDate,
        @Size(max = 255, message = "{validation.max-length}") String parentRefIssuer,
        @Size(max = 100_000, message = "{validation.max-length}") String purposes,
        @Size(max = 100_000, message = "{validation.max-length}") String requirements,
        @Size(max = 100_000, message = "{validation.max-length}") String content,
        @Size(max = 100_000, message = "{validation.max-length}") String budget,
        @Size(max = 100_000, message = "{validation.max-length}") String implementation,
        List<String> audiences,
        List<String> topics,
        List<String> channels,
        @Size(max = 20_000, message = "{validation.max-length}") String recipients,
        BodyGroup obligationGroup,
        List<Long> obligationNamedIds,
        LocalDate obligationDue,
        Integer version) {

    /** The form as it stands for an existing plan. */
    public static PlanDraft of(Plan p) {
        return new PlanDraft(p.issuerId(), p.year(), p.documentNumber(), p.title(), p.issueDate(), p.place(),
                p.signerName(), p.signerTitle(), p.signingAuthority(), String.join("\n", p.legalBases()), p.parentPlanId(),
                p.parentReference() == null ? null : p.parentReference().number(),
                p.parentReference() == null ? null : p.parentReference().date(),
                p.parentReference() == null ? null : p.parentReference().issuer(), p.purposes(), p.requirements(),
                p.content(), p.budget(), p.implementation(), p.audiences(), p.topics(), p.channels(),
                String.join("\n", p.recipients()), p.obligation() == null ? null : p.obligation().group(),
                p.obligation() == null ? null : p.obligation().namedIds(),
                p.obligation() == null ? null : p.obligation().dueDate(), p.version());
    }

    public List<String> audienceList() {
        return audiences == null ? List.of() : audiences;
    }

    public List<String> topicList() {
        return topics == null ? List.of() : topics;
    }

    public List<String> channelList() {
        return channels == null ? List.of() : channels;
    }

    public List<Long> namedList() {
        return obligationNamedIds == null ? List.of() : obligationNamedIds;
    }
}
