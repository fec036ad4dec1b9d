package vn.parcomms.scores;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.activities.ActivityManagement;
import vn.parcomms.activities.PlanProgress;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.plans.Plan;
import vn.parcomms.plans.PlanManagement;
import vn.parcomms.plans.PlanStatus;
import vn.parcomms.plans.Term;
import vn.parcomms.plans.Vocabularies;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.NotFoundException;

/**
 * Computes a body's PAR Index communication score for a year from its issued plans' progress and
 * the channels of the accepted activities under it, with the explanation and evidence of each point.
 */
@Service
public class ScoreManagement {

    static final int MAX_LISTED = 50;

    private final ScoreRules rules;
    private final PlanManagement plans;
    private final ActivityManagement activities;
    private final OrganizationDirectory organizations;
    private final Vocabularies vocabularies;
    private final AccessPolicy access;
    private final JdbcClient jdbc;
    private final EvidencePack pack;

    ScoreManagement(ScoreRules rules, PlanManagement plans, ActivityManagement activities,
            OrganizationDirectory organizations, Vocabularies vocabularies, AccessPolicy access, JdbcClient jdbc,
            EvidencePack pack) {
        this.pack = pack;
        this.rules = rules;
        this.plans = plans;
        this.activities = activities;
        this.organizations = organizations;
        this.vocabularies = vocabularies;
        this.access = access;
        this.jdbc = jdbc;
    }

    public LocalDate today() {
        return plans.today();
    }

    /** The body a reader may see the score of. */
    @Transactional(readOnly = true)
    public Organization body(long organizationId) {
        Organization body = organizations.find(organizationId)
                .orElseThrow(() -> new NotFoundException("organization.not-found", organizationId));
        access.check(ScoreActions.VIEW, body);
        return body;
    }

    @Transactional(readOnly = true)
    public Score score(long organizationId, int year) {
        Organization body = body(organizationId);
        if (year < 2000 || year > today().getYear() + 1) {
            throw new InvalidInputException("year", "score.year.invalid", Integer.toString(year));
        }
        List<Plan> issued = issuedPlans(body, year);
        int done = 0;
        int total = 0;
        for (Plan plan : issued) {
            PlanProgress progress = activities.progress(plan.id());
            done += progress.done();
            total += progress.total();
        }
        Score.Criterion completion = completion(rules.planCompletion(), done, total, year,
                issued.stream().map(Plan::id).toList());

        Map<String, String> groups = new HashMap<>();
        for (Term term : vocabularies.all(Term.Vocabulary.CHANNEL)) {
            groups.put(term.code(), term.groupCode());
        }
        Map<String, List<Long>> byGroup = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT a.id, a.channel_code FROM activity a JOIN organization o ON o.id = a.organization_id
                WHERE o.path LIKE :path || '%' AND a.status = 'ACCEPTED' AND a.start_date BETWEEN :from AND :to
                ORDER BY a.start_date, a.id
                """).param("path", body.path()).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    String group = groups.getOrDefault(rs.getString("channel_code"), "OTHER");
                    counts.merge(group, 1L, Long::sum);
                    List<Long> ids = byGroup.computeIfAbsent(group, k -> new ArrayList<>());
                    if (ids.size() < MAX_LISTED) {
                        ids.add(rs.getLong("id"));
                    }
                });
        Score.Criterion diversity = diversity(rules.channelDiversity(), counts.getOrDefault("ONLINE", 0L),
                counts.getOrDefault("TRADITIONAL", 0L), byGroup);
        BigDecimal points = completion.points().add(diversity.points());
        BigDecimal max = completion.maxPoints().add(diversity.maxPoints());
        return new Score(body.id(), body.name(), year, points, max, List.of(completion, diversity));
    }

    /** Writes the evidence pack of the body's score for the year (see {@link EvidencePack}). */
    @Transactional
    public void writeEvidencePack(long organizationId, int year, java.io.OutputStream out) throws java.io.IOException {
        Score score = score(organizationId, year);
        Organization body = body(organizationId);
        pack.write(body, year, score, issuedPlans(body, year), out);
    }

    /** The body's plans of the year that were issued (and may since be closed). */
    List<Plan> issuedPlans(Organization body, int year) {
        List<Plan> issued = new ArrayList<>(plans.list(year, body.id(), PlanStatus.ISSUED));
        issued.addAll(plans.list(year, body.id(), PlanStatus.CLOSED));
        return issued;
    }

    static Score.Criterion completion(ScoreRules.PlanCompletion rule, int done, int total, int year, List<Long> planIds) {
        BigDecimal max = rule.maxPoints();
        if (planIds.isEmpty()) {
            return new Score.Criterion("PLAN_COMPLETION", zero(), max, "Chưa ban hành kế hoạch năm " + year + " → 0 điểm.",
                    planIds, List.of(), 0);
        }
        BigDecimal percent = total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(100L * done).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        BigDecimal points;
        String rule2;
        if (percent.compareTo(BigDecimal.valueOf(rule.fullAt())) >= 0) {
            points = max;
            rule2 = "đạt " + rule.fullAt() + "% chỉ tiêu trở lên";
        } else if (percent.compareTo(BigDecimal.valueOf(rule.ratioFrom())) >= 0) {
            points = max.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            rule2 = "từ " + rule.ratioFrom() + "% đến dưới " + rule.fullAt() + "%: tính theo tỷ lệ";
        } else {
            points = zero();
            rule2 = "dưới " + rule.ratioFrom() + "%";
        }
        String text = "Hoàn thành " + done + "/" + total + " lượt nhiệm vụ (" + number(percent) + "%), " + rule2 + " → "
                + number(points) + " điểm.";
        return new Score.Criterion("PLAN_COMPLETION", points.setScale(2, RoundingMode.HALF_UP), max, text, planIds,
                List.of(), 0);
    }

    static Score.Criterion diversity(ScoreRules.ChannelDiversity rule, long online, long traditional,
            Map<String, List<Long>> byGroup) {
        BigDecimal points = zero();
        if (online > 0) {
            points = points.add(rule.online());
        }
        if (traditional > 0) {
            points = points.add(rule.traditional());
        }
        String text = "Hình thức trực tuyến: " + online + " hoạt động đã duyệt → " + number(online > 0 ? rule.online() : zero())
                + " điểm; hình thức truyền thống: " + traditional + " hoạt động đã duyệt → "
                + number(traditional > 0 ? rule.traditional() : zero()) + " điểm.";
        List<Long> ids = new ArrayList<>(byGroup.getOrDefault("ONLINE", List.of()));
        ids.addAll(byGroup.getOrDefault("TRADITIONAL", List.of()));
        return new Score.Criterion("CHANNEL_DIVERSITY", points.setScale(2, RoundingMode.HALF_UP),
                rule.online().add(rule.traditional()), text, List.of(), ids, online + traditional);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    /** 0,95 — Vietnamese decimal comma. */
    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        return format.format(value);
    }
}
