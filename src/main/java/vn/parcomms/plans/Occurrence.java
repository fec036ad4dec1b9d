package vn.parcomms.plans;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One time a plan task falls due within a plan year: the period it covers and its due date.
 *
 * @param periodKey stable name of the period, unique among a schedule's occurrences in one year
 *                  ("2026-Q1", "2026-M03", "2026-H1", "2026", "2026-10-10", "2026-BY-02-28")
 * @param start     first day of the period
 * @param due       last day on which the task counts as done on time
 */
public record Occurrence(String periodKey, LocalDate start, LocalDate due) {

    public Occurrence {
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        if (periodKey.isBlank()) {
            throw new IllegalArgumentException("periodKey must not be blank");
        }
        if (start.isAfter(due)) {
            throw new IllegalArgumentException("start " + start + " is after due " + due);
        }
    }
}
