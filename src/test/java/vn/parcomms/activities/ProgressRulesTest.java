package vn.parcomms.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How expected deliverables and accepted activities make an occurrence's state. */
class ProgressRulesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    @Test
    void aTargetPerPeriodIsScaledToTheOccurrencePeriod() {
        assertThat(ProgressQueries.expected(List.of("ARTICLE:2:MONTH"), "2026-Q2")).containsExactly(Map.entry("ARTICLE", 6));
        assertThat(ProgressQueries.expected(List.of("ARTICLE:4:YEAR"), "2026-Q2")).containsExactly(Map.entry("ARTICLE", 1));
        assertThat(ProgressQueries.expected(List.of("CONTEST:1:"), "2026")).containsExactly(Map.entry("CONTEST", 1));
        assertThat(ProgressQueries.expected(List.of("NEWS::QUARTER"), "2026-M05")).containsExactly(Map.entry("NEWS", 1));
        assertThat(ProgressQueries.expected(List.of(), "2026-Q2")).containsExactly(Map.entry("", 1));
        assertThat(ProgressQueries.expected(List.of("ARTICLE:3:HALF_YEAR", "VIDEO:1:"), "2026-H1"))
                .containsExactly(Map.entry("ARTICLE", 3), Map.entry("VIDEO", 1));
    }

    @Test
    void activitiesOfTheExpectedTypeCountFirstAndOthersFillWhatRemains() {
        Map<String, Integer> expected = Map.of("ARTICLE", 2, "VIDEO", 1);
        assertThat(ProgressQueries.achieved(expected, Map.of("ARTICLE", new int[] {5, 0}))).isEqualTo(2);
        assertThat(ProgressQueries.achieved(expected, Map.of("ARTICLE", new int[] {1, 0}, "", new int[] {1, 0}))).isEqualTo(2);
        assertThat(ProgressQueries.achieved(expected, Map.of("ARTICLE", new int[] {2, 0}, "PANEL", new int[] {3, 0}))).isEqualTo(3);
        assertThat(ProgressQueries.achieved(Map.of("", 1), Map.of("BROADCAST", new int[] {1, 0}))).isEqualTo(1);
        assertThat(ProgressQueries.achieved(Map.of("", 1), Map.of("", new int[] {0, 2}))).isZero();
    }

    @Test
    void statesFollowTheDueDate() {
        LocalDate before = DUE.minusDays(10);
        LocalDate after = DUE.plusDays(1);
        assertThat(ProgressQueries.stateOf(0, 1, 0, 0, null, DUE, before)).isEqualTo(PlanProgress.State.NOT_STARTED);
        assertThat(ProgressQueries.stateOf(0, 1, 0, 1, null, DUE, before)).isEqualTo(PlanProgress.State.IN_PROGRESS);
        assertThat(ProgressQueries.stateOf(1, 2, 1, 0, DUE, DUE, before)).isEqualTo(PlanProgress.State.IN_PROGRESS);
        assertThat(ProgressQueries.stateOf(1, 2, 1, 0, DUE, DUE, after)).isEqualTo(PlanProgress.State.OVERDUE);
        assertThat(ProgressQueries.stateOf(2, 2, 2, 0, DUE, DUE, after)).isEqualTo(PlanProgress.State.DONE);
        assertThat(ProgressQueries.stateOf(2, 2, 2, 0, DUE.plusDays(3), DUE, after)).isEqualTo(PlanProgress.State.DONE_LATE);
    }

    @Test
    void periodKeysGiveTheirLength() {
        assertThat(ProgressQueries.months("2026-M11")).isEqualTo(1);
        assertThat(ProgressQueries.months("2026-Q4")).isEqualTo(3);
        assertThat(ProgressQueries.months("2026-H2")).isEqualTo(6);
        assertThat(ProgressQueries.months("2026")).isEqualTo(12);
        assertThat(ProgressQueries.months("2026-05-19")).isZero();
    }
}
