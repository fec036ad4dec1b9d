package vn.parcomms.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.parcomms.access.ScopedResource;

/**
 * A plan as screens and the API show it.
 *
 * @param id internal id
 * @param issuerId the organization that issues it
 * @param issuerName its name
 * @param issuerPath its path, for permission checks
 * @param year the plan year
 * @param documentNumber "Số, ký hiệu", e.g. {@code 18/KH-UBND}; may be empty while drafting
 * @param title title
 * @param issueDate date of issue
 * @param place place of issue
 * @param signerName who signs
 * @param signerTitle the signer's title, e.g. PHÓ CHỦ TỊCH
 * @param signingAuthority in whose name, e.g. KT. CHỦ TỊCH
 * @param legalBases the documents it rests on ("Căn cứ")
 * @param parentPlanId the higher plan in the system it implements
 * @param parentPlanNumber that plan's number, for display
 * @param parentReference a higher plan outside the system: number, date and issuer
 * @param purposes "Mục đích"
 * @param requirements "Yêu cầu"
 * @param content "Nội dung tuyên truyền"
 * @param budget "Kinh phí"
 * @param implementation "Tổ chức thực hiện" (introduction; per-body duties are tasks)
 * @param audiences audience codes
 * @param topics topic codes
 * @param channels channel codes
 * @param recipients "Nơi nhận"
 * @param obligation what the plan requires of subordinate bodies, or {@code null}
 * @param status lifecycle state
 * @param revision number of issued versions so far (0 while a draft)
 * @param version optimistic-lock version
 * @param issuedAt when it was issued in the system
 */
public record Plan(long id, long issuerId, String issuerName, String issuerPath, int year, String documentNumber,
        String title, LocalDate issueDate, String place, String signerName, String signerTitle, String signingAuthority,
        List<String> legalBases, Long parentPlanId, String parentPlanNumber, ExternalReference parentReference,
        String purposes, String requirements, String content, String budget, String implementation,
        List<String> audiences, List<String> topics, List<String> channels, List<String> recipients,
        ObligationRule obligation, PlanStatus status, int revision, int version, Instant issuedAt)
        implements ScopedResource {

    @Override
    public String scopePath() {
        return issuerPath;
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    /**
     * A higher plan that is not in the system.
     *
     * @param number its number
     * @param date its date
     * @param issuer who issued it
     */
    public record ExternalReference(String number, LocalDate date, String issuer) {
    }

    /**
     * "Every commune must issue its own plan by …".
     *
     * @param group which bodies, or {@code null} when they are named
     * @param namedIds the named bodies when {@code group} is {@code null}
     * @param dueDate the date by which they must issue
     */
    public record ObligationRule(BodyGroup group, List<Long> namedIds, LocalDate dueDate) {
    }
}
