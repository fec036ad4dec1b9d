package vn.parcomms.scores;

import java.math.BigDecimal;
import java.util.List;

/**
 * A body's communication score for a year.
 *
 * @param organizationId the body
 * @param organizationName its name
 * @param year the year
 * @param points points obtained
 * @param maxPoints points possible
 * @param criteria criterion by criterion
 */
public record Score(long organizationId, String organizationName, int year, BigDecimal points, BigDecimal maxPoints,
        List<Criterion> criteria) {

    /**
     * One criterion.
     *
     * @param code PLAN_COMPLETION or CHANNEL_DIVERSITY
     * @param points points obtained
     * @param maxPoints points possible
     * @param explanation why, in Vietnamese
     * @param planIds the plans it rests on
     * @param activityIds the accepted activities it rests on (at most 50 listed)
     * @param activityCount how many accepted activities it rests on in all
     */
    public record Criterion(String code, BigDecimal points, BigDecimal maxPoints, String explanation, List<Long> planIds,
            List<Long> activityIds, long activityCount) {
    }
}
