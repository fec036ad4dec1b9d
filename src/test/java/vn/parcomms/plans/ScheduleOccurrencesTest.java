package vn.parcomms.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleOccurrencesTest {

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void quarterlyFallsDueAtEachQuarterEnd() {
        List<Occurrence> occurrences = new Schedule.Recurring(Frequency.QUARTERLY).occurrencesIn(2026);

        assertThat(occurrences).containsExactly(
                new Occurrence("2026-Q1", date(2026, 1, 1), date(2026, 3, 31)),
                new Occurrence("2026-Q2", date(2026, 4, 1), date(2026, 6, 30)),
                new Occurrence("2026-Q3", date(2026, 7, 1), date(2026, 9, 30)),
                new Occurrence("2026-Q4", date(2026, 10, 1), date(2026, 12, 31)));
    }

    @Test
    void monthlyFallsDueOnTheLastDayOfEachMonth() {
        List<Occurrence> occurrences = new Schedule.Recurring(Frequency.MONTHLY).occurrencesIn(2028);

        assertThat(occurrences).hasSize(12);
        assertThat(occurrences.get(0)).isEqualTo(new Occurrence("2028-M01", date(2028, 1, 1), date(2028, 1, 31)));
        assertThat(occurrences.get(1)).isEqualTo(new Occurrence("2028-M02", date(2028, 2, 1), date(2028, 2, 29)));
        assertThat(occurrences.get(10).due()).isEqualTo(date(2028, 11, 30));
        assertThat(occurrences.get(11).periodKey()).isEqualTo("2028-M12");
    }

    @Test
    void semiannualFallsDueAtMidYearAndYearEnd() {
        assertThat(new Schedule.Recurring(Frequency.SEMIANNUAL).occurrencesIn(2026)).containsExactly(
                new Occurrence("2026-H1", date(2026, 1, 1), date(2026, 6, 30)),
                new Occurrence("2026-H2", date(2026, 7, 1), date(2026, 12, 31)));
    }

    @Test
    void annualFallsDueAtYearEnd() {
        assertThat(new Schedule.Recurring(Frequency.ANNUAL).occurrencesIn(2026))
                .containsExactly(new Occurrence("2026", date(2026, 1, 1), date(2026, 12, 31)));
    }

    @Test
    void ongoingIsFollowedUpEachQuarter() {
        assertThat(new Schedule.Ongoing().occurrencesIn(2026))
                .isEqualTo(new Schedule.Recurring(Frequency.QUARTERLY).occurrencesIn(2026));
    }

    @Test
    void withinAMonthOrQuarterFallsDueAtItsEnd() {
        assertThat(new Schedule.WithinQuarter(3).occurrencesIn(2026))
                .containsExactly(new Occurrence("2026-Q3", date(2026, 7, 1), date(2026, 9, 30)));
        assertThat(new Schedule.WithinMonth(2).occurrencesIn(2027))
                .containsExactly(new Occurrence("2027-M02", date(2027, 2, 1), date(2027, 2, 28)));
    }

    @Test
    void eventDayHappensOnThatDay() {
        assertThat(new Schedule.OnDate(MonthDay.of(10, 10)).occurrencesIn(2026))
                .containsExactly(new Occurrence("2026-10-10", date(2026, 10, 10), date(2026, 10, 10)));
    }

    @Test
    void leapDayEventFallsOnTheLastDayOfFebruaryInOtherYears() {
        Schedule leapDay = new Schedule.OnDate(MonthDay.of(2, 29));

        assertThat(leapDay.occurrencesIn(2027))
                .containsExactly(new Occurrence("2027-02-28", date(2027, 2, 28), date(2027, 2, 28)));
        assertThat(leapDay.occurrencesIn(2028)).extracting(Occurrence::due).containsExactly(date(2028, 2, 29));
    }

    @Test
    void deadlineInsideTheYearRunsFromNewYear() {
        assertThat(new Schedule.ByDate(date(2026, 2, 28)).occurrencesIn(2026))
                .containsExactly(new Occurrence("2026-BY-02-28", date(2026, 1, 1), date(2026, 2, 28)));
    }

    @Test
    void deadlineOutsideTheYearGivesNoOccurrence() {
        Schedule deadline = new Schedule.ByDate(date(2026, 2, 28));

        assertThat(deadline.occurrencesIn(2025)).isEmpty();
        assertThat(deadline.occurrencesIn(2027)).isEmpty();
    }

    @Test
    void unparsedHasNoOccurrences() {
        assertThat(new Schedule.Unparsed("khi có yêu cầu").occurrencesIn(2026)).isEmpty();
    }

    @Test
    void codesAreStableText() {
        assertThat(new Schedule.Ongoing().code()).isEqualTo("ONGOING");
        assertThat(new Schedule.Recurring(Frequency.QUARTERLY).code()).isEqualTo("RECURRING:QUARTERLY");
        assertThat(new Schedule.WithinMonth(10).code()).isEqualTo("MONTH:10");
        assertThat(new Schedule.WithinQuarter(3).code()).isEqualTo("QUARTER:3");
        assertThat(new Schedule.ByDate(date(2026, 2, 28)).code()).isEqualTo("BY:2026-02-28");
        assertThat(new Schedule.OnDate(MonthDay.of(10, 10)).code()).isEqualTo("ON:10-10");
        assertThat(new Schedule.OnDate(MonthDay.of(2, 9)).code()).isEqualTo("ON:02-09");
        assertThat(new Schedule.Unparsed("xyz").code()).isEqualTo("UNPARSED");
    }

    @Test
    void unparsedCodeGetsItsTextBack() {
        assertThat(Schedule.fromCode("UNPARSED", "khi có yêu cầu")).isEqualTo(new Schedule.Unparsed("khi có yêu cầu"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "WEEKLY", "RECURRING", "RECURRING:DAILY", "MONTH:13", "MONTH:010", "QUARTER:0",
            "BY:2026-02-30", "ON:02-30", "ON:", "ONGOING:1", "ongoing"})
    void rejectsCodesItNeverProduces(String code) {
        assertThatThrownBy(() -> Schedule.fromCode(code, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyOccurrenceLiesInsideItsYear() {
        Random random = new Random(20260101L);
        for (int i = 0; i < 2_000; i++) {
            int year = 2000 + random.nextInt(101);
            Schedule schedule = randomSchedule(random, year);

            List<Occurrence> occurrences = schedule.occurrencesIn(year);

            String context = schedule + " in " + year;
            Set<String> keys = new HashSet<>();
            for (Occurrence occurrence : occurrences) {
                assertThat(occurrence.start().getYear()).as(context).isEqualTo(year);
                assertThat(occurrence.due().getYear()).as(context).isEqualTo(year);
                assertThat(occurrence.start()).as(context).isBeforeOrEqualTo(occurrence.due());
                assertThat(keys.add(occurrence.periodKey())).as(context + ": unique " + occurrence.periodKey()).isTrue();
            }
            assertThat(occurrences).as(context).isSortedAccordingTo((a, b) -> a.due().compareTo(b.due()));
            if (schedule instanceof Schedule.ByDate(LocalDate date)) {
                assertThat(occurrences).as(context).hasSize(date.getYear() == year ? 1 : 0);
            } else if (!(schedule instanceof Schedule.Unparsed)) {
                assertThat(occurrences).as(context).isNotEmpty();
            }
            assertThat(Schedule.fromCode(schedule.code(), "text")).as(context)
                    .isEqualTo(schedule instanceof Schedule.Unparsed ? new Schedule.Unparsed("text") : schedule);
        }
    }

    private static Schedule randomSchedule(Random random, int year) {
        return switch (random.nextInt(7)) {
            case 0 -> new Schedule.Ongoing();
            case 1 -> new Schedule.Recurring(Frequency.values()[random.nextInt(Frequency.values().length)]);
            case 2 -> new Schedule.WithinMonth(1 + random.nextInt(12));
            case 3 -> new Schedule.WithinQuarter(1 + random.nextInt(4));
            // Years around the plan year, so deadlines fall both inside and outside it, near its edges too.
            case 4 -> new Schedule.ByDate(LocalDate.of(year - 1 + random.nextInt(3), 1, 1).plusDays(random.nextInt(366)));
            case 5 -> new Schedule.OnDate(random.nextInt(10) == 0
                    ? MonthDay.of(2, 29)
                    : MonthDay.from(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366))));
            default -> new Schedule.Unparsed("khi có yêu cầu");
        };
    }
}
