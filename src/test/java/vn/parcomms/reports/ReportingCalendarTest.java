package vn.parcomms.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import vn.parcomms.organizations.OrganizationKind;

/** Reporting periods under Decree 09/2019 cut-offs and under calendar periods. */
class ReportingCalendarTest {

    private final ReportingCalendar decree = new ReportingCalendar(ReportingCalendar.CutOff.DECREE_09, 16, 18);
    private final ReportingCalendar calendar = new ReportingCalendar(ReportingCalendar.CutOff.CALENDAR, 5, 10);

    @Test
    void decreeQuarterRunsFromThe15thBeforeToThe14thOfItsLastMonth() {
        ReportingPeriod q1 = decree.period("2026-Q1");
        assertThat(q1.from()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(q1.to()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(decree.dueDate(q1, OrganizationKind.COMMUNE)).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(decree.dueDate(q1, OrganizationKind.DEPARTMENT)).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(decree.dueDate(q1, OrganizationKind.PROVINCE)).isEqualTo(LocalDate.of(2026, 3, 18));
    }

    @Test
    void decreeMonthHalfAndYear() {
        assertThat(decree.period("2026-M01").from()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(decree.period("2026-M01").to()).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(decree.period("2026-H1").from()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(decree.period("2026-H1").to()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(decree.period("2026-H2").from()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(decree.period("2026").from()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(decree.period("2026").to()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(decree.period("2026").dueMonth()).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void theCutOffDaysFallInTheRightPeriod() {
        assertThat(decree.containing(PeriodType.QUARTERLY, LocalDate.of(2026, 3, 14)).key()).isEqualTo("2026-Q1");
        assertThat(decree.containing(PeriodType.QUARTERLY, LocalDate.of(2026, 3, 15)).key()).isEqualTo("2026-Q2");
        assertThat(decree.containing(PeriodType.QUARTERLY, LocalDate.of(2025, 12, 15)).key()).isEqualTo("2026-Q1");
        assertThat(decree.containing(PeriodType.ANNUAL, LocalDate.of(2026, 12, 20)).key()).isEqualTo("2027");
        assertThat(calendar.containing(PeriodType.QUARTERLY, LocalDate.of(2026, 3, 31)).key()).isEqualTo("2026-Q1");
    }

    @Test
    void calendarPeriodsFollowTheCalendarAndFallDueTheMonthAfter() {
        ReportingPeriod q1 = calendar.period("2026-Q1");
        assertThat(q1.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q1.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(calendar.dueDate(q1, OrganizationKind.COMMUNE)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(calendar.dueDate(calendar.period("2026"), OrganizationKind.PROVINCE)).isEqualTo(LocalDate.of(2027, 1, 10));
    }

    @Test
    void periodsTileTheYearWithoutGapsOrOverlaps() {
        for (PeriodType type : PeriodType.values()) {
            var periods = decree.periods(type, 2026);
            for (int i = 1; i < periods.size(); i++) {
                assertThat(periods.get(i).from()).isEqualTo(periods.get(i - 1).to().plusDays(1));
            }
            assertThat(periods.getFirst().from()).isEqualTo(LocalDate.of(2025, 12, 15));
        }
    }

    @Test
    void keysAndLabels() {
        assertThat(decree.period("2026-M3")).isNull();
        assertThat(decree.period("2026-Q5")).isNull();
        assertThat(decree.period("quy 1")).isNull();
        assertThat(decree.period("2026-Q3").label(Locale.forLanguageTag("vi"))).isEqualTo("Quý III/2026");
        assertThat(decree.period("2026-M03").label(Locale.forLanguageTag("vi"))).isEqualTo("Tháng 03/2026");
        assertThat(decree.period("2026-H1").label(Locale.forLanguageTag("vi"))).isEqualTo("6 tháng đầu năm 2026");
        assertThat(decree.period("2026-Q3").label(Locale.ENGLISH)).isEqualTo("Q3 2026");
        assertThatThrownBy(() -> new ReportingCalendar(ReportingCalendar.CutOff.DECREE_09, 31, 18))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
