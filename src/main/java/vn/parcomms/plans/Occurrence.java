package vn.parcomms.plans;

import java.time.LocalDate;

/**
 * One period in which a task is due.
 *
 * @param periodKey stable name of the period: 2026-Q1, 2026-M03, 2026-H1, 2026, 2026-10-10, 2026-BY-02-28
 * @param start first day of the period
 * @param due due date
 */
public record Occurrence(String periodKey, LocalDate start, LocalDate due) {
}
