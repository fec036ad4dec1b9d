package vn.parcomms.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a report: accepted activities of the period by channel, deliverable type, topic
 * and audience, reach totals, and the task occurrences that fell due. Figures add up, so a roll-up
 * is its own figures plus those of the reports it includes.
 *
 * @param activities accepted activities in the period
 * @param pending activities recorded in the period and not yet accepted (not counted elsewhere)
 * @param byChannel accepted activities per channel code
 * @param byDeliverable per deliverable type code ("" when none was given)
 * @param byTopic per topic code (an activity counts once per topic)
 * @param byAudience per audience code
 * @param reach reach totals: views, listeners, participants, copies, broadcasts, durationMinutes
 * @param occurrencesDue task occurrences led by the body that fell due in the period
 * @param occurrencesDone of those, done on time
 * @param occurrencesDoneLate done after their due date
 * @param occurrencesOverdue not done and past due
 * @param procedures the administrative procedures that apply to the body and changed with effect in the period (its
 *        province's catalog, at its level); the body's own, never summed over the bodies below, which share the
 *        catalog; null in reports frozen before they were counted
 */
public record ReportFigures(long activities, long pending, Map<String, Long> byChannel, Map<String, Long> byDeliverable,
        Map<String, Long> byTopic, Map<String, Long> byAudience, Map<String, Long> reach, long occurrencesDue,
        long occurrencesDone, long occurrencesDoneLate, long occurrencesOverdue, ProcedureCounts procedures) {

    public static final String[] REACH = {"views", "listeners", "participants", "copies", "broadcasts", "durationMinutes"};

    /** Figures without procedure counts (a body below a level, whose counts are the level's). */
    public ReportFigures(long activities, long pending, Map<String, Long> byChannel, Map<String, Long> byDeliverable,
            Map<String, Long> byTopic, Map<String, Long> byAudience, Map<String, Long> reach, long occurrencesDue,
            long occurrencesDone, long occurrencesDoneLate, long occurrencesOverdue) {
        this(activities, pending, byChannel, byDeliverable, byTopic, byAudience, reach, occurrencesDue, occurrencesDone,
                occurrencesDoneLate, occurrencesOverdue, null);
    }

    /**
     * Procedures of a level (COMMUNE or PROVINCE) published, amended, replaced and abolished with effect in the period.
     */
    public record ProcedureCounts(String level, long published, long amended, long replaced, long abolished) {

        public long total() {
            return published + amended + replaced + abolished;
        }
    }

    public ReportFigures withProcedures(ProcedureCounts counts) {
        return new ReportFigures(activities, pending, byChannel, byDeliverable, byTopic, byAudience, reach, occurrencesDue,
                occurrencesDone, occurrencesDoneLate, occurrencesOverdue, counts);
    }

    public static ReportFigures empty() {
        Map<String, Long> reach = new LinkedHashMap<>();
        for (String key : REACH) {
            reach.put(key, 0L);
        }
        return new ReportFigures(0, 0, Map.of(), Map.of(), Map.of(), Map.of(), reach, 0, 0, 0, 0);
    }

    public ReportFigures plus(ReportFigures other) {
        return new ReportFigures(activities + other.activities, pending + other.pending, sum(byChannel, other.byChannel),
                sum(byDeliverable, other.byDeliverable), sum(byTopic, other.byTopic), sum(byAudience, other.byAudience),
                sum(reach, other.reach), occurrencesDue + other.occurrencesDue, occurrencesDone + other.occurrencesDone,
                occurrencesDoneLate + other.occurrencesDoneLate, occurrencesOverdue + other.occurrencesOverdue,
                procedures != null ? procedures : other.procedures);
    }

    /** Share of the occurrences due that were done (on time or late), 0–100. */
    public int completionPercent() {
        return occurrencesDue == 0 ? 0 : Math.round(100f * (occurrencesDone + occurrencesDoneLate) / occurrencesDue);
    }

    /** Channels used, online and traditional counted apart by the caller. */
    public int channelsUsed() {
        return (int) byChannel.values().stream().filter(v -> v > 0).count();
    }

    private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> total = new TreeMap<>(a == null ? Map.of() : a);
        if (b != null) {
            b.forEach((k, v) -> total.merge(k, v, Long::sum));
        }
        return total;
    }
}
