package vn.parcomms.scores;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The scoring rules, as configuration (provinces differ). Defaults are the commune variant of the
 * criterion "thực hiện tuyên truyền CCHC": plan completion up to 1 point (100 % of targets → full,
 * 90–100 % → in proportion, under 90 % → 0) and channel diversity up to 1 point (0.5 for using an
 * online channel, 0.5 for a traditional one).
 *
 * @param planCompletion the completion criterion
 * @param channelDiversity the diversity criterion
 */
@ConfigurationProperties("parcomms.scores")
public record ScoreRules(PlanCompletion planCompletion, ChannelDiversity channelDiversity) {

    public ScoreRules {
        planCompletion = planCompletion == null ? new PlanCompletion(null, null, null) : planCompletion;
        channelDiversity = channelDiversity == null ? new ChannelDiversity(null, null) : channelDiversity;
    }

    /**
     * Plan completion.
     *
     * @param maxPoints points for full completion
     * @param fullAt the percentage from which the full points are given
     * @param ratioFrom the percentage from which points are given in proportion
     */
    public record PlanCompletion(BigDecimal maxPoints, Integer fullAt, Integer ratioFrom) {
        public PlanCompletion {
            maxPoints = maxPoints == null ? BigDecimal.ONE : maxPoints;
            fullAt = fullAt == null ? 100 : fullAt;
            ratioFrom = ratioFrom == null ? 90 : ratioFrom;
        }
    }

    /**
     * Channel diversity.
     *
     * @param online points for at least one accepted activity on an online channel
     * @param traditional points for at least one on a traditional channel
     */
    public record ChannelDiversity(BigDecimal online, BigDecimal traditional) {
        public ChannelDiversity {
            online = online == null ? new BigDecimal("0.5") : online;
            traditional = traditional == null ? new BigDecimal("0.5") : traditional;
        }
    }
}
