package vn.parcomms.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wording as found in real communication plans, typed with and without diacritics and as OCR
 * returns it from scanned PDFs.
 */
class ScheduleParserTest {

    @ParameterizedTest(name = "“{0}” in plan {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Thường xuyên                                   | 2026 | ONGOING
            Thuong xuyen                                   | 2026 | ONGOING
            THƯỜNG XUYÊN                                   | 2026 | ONGOING
            Thuong xuyén                                   | 2026 | ONGOING
            Thuờng xuyên                                   | 2026 | ONGOING
            thudng xuyén                                   | 2026 | ONGOING
            Thường xuyên, liên tục                         | 2026 | ONGOING
            Thường xuyên, trọng tâm Quý III/2025           | 2025 | ONGOING
            Thường xuyên, báo cáo hằng quý                 | 2026 | ONGOING
            Thường xuyên; báo cáo hằng tháng               | 2026 | RECURRING:MONTHLY
            Hằng tháng                                     | 2026 | RECURRING:MONTHLY
            hàng tháng                                     | 2026 | RECURRING:MONTHLY
            dinh ky hang thang                             | 2026 | RECURRING:MONTHLY
            Định kỳ hằng tháng, quý, năm                   | 2026 | RECURRING:MONTHLY
            01 lần/tháng                                   | 2026 | RECURRING:MONTHLY
            Định kỳ 01 lần/quý                             | 2026 | RECURRING:QUARTERLY
            Dinh ky 01 lan/quy                             | 2026 | RECURRING:QUARTERLY
            Ðịnh kỳ 0l lần / quý                           | 2026 | RECURRING:QUARTERLY
            Hang quy                                       | 2026 | RECURRING:QUARTERLY
            hằng quý                                       | 2026 | RECURRING:QUARTERLY
            Cuối mỗi quý                                   | 2026 | RECURRING:QUARTERLY
            Báo cáo theo quý                               | 2026 | RECURRING:QUARTERLY
            03 tháng/lần                                   | 2026 | RECURRING:QUARTERLY
            6 tháng                                        | 2026 | RECURRING:SEMIANNUAL
            01 lần/6 tháng                                 | 2026 | RECURRING:SEMIANNUAL
            06 tháng/lần                                   | 2026 | RECURRING:SEMIANNUAL
            định kỳ 6 tháng                                | 2026 | RECURRING:SEMIANNUAL
            Sơ kết 6 tháng, tổng kết năm                   | 2026 | RECURRING:SEMIANNUAL
            2 lần/năm                                      | 2026 | RECURRING:SEMIANNUAL
            hằng năm                                       | 2026 | RECURRING:ANNUAL
            hàng năm                                       | 2026 | RECURRING:ANNUAL
            01 lần/năm                                     | 2026 | RECURRING:ANNUAL
            Cả năm                                         | 2026 | RECURRING:ANNUAL
            Cả năm 2026                                    | 2026 | RECURRING:ANNUAL
            Năm 2026                                       | 2026 | RECURRING:ANNUAL
            Trong năm 2026                                 | 2026 | RECURRING:ANNUAL
            Quý III/2025                                   | 2025 | QUARTER:3
            Quy 3/2025                                     | 2025 | QUARTER:3
            Quy Ill/2025                                   | 2025 | QUARTER:3
            Quý lll/2025                                   | 2025 | QUARTER:3
            quý 1ll năm 2025                               | 2025 | QUARTER:3
            quý IV năm 2026                                | 2026 | QUARTER:4
            Quy lV/2026                                    | 2026 | QUARTER:4
            Quý II/2026                                    | 2026 | QUARTER:2
            quy ll - 2026                                  | 2026 | QUARTER:2
            Quý I/2026                                     | 2026 | QUARTER:1
            Quy l/2O26                                     | 2026 | QUARTER:1
            Cuối quý II                                    | 2026 | QUARTER:2
            Quý I hằng năm                                 | 2026 | QUARTER:1
            Tháng 10/2026                                  | 2026 | MONTH:10
            tháng 10 năm 2026                              | 2026 | MONTH:10
            Thang l0/2O26                                  | 2026 | MONTH:10
            Tháng l/2026                                   | 2026 | MONTH:1
            trong tháng 3                                  | 2026 | MONTH:3
            Hoàn thành trong tháng 3/2026                  | 2026 | MONTH:3
            Chậm nhất trong tháng 6/2026                   | 2026 | MONTH:6
            Tháng 10 hằng năm                              | 2026 | MONTH:10
            trước ngày 28/02/2026                          | 2026 | BY:2026-02-28
            truoc ngay 28/2/2026                           | 2026 | BY:2026-02-28
            Trước ngày 28/02/2O26                          | 2026 | BY:2026-02-28
            chậm nhất trước ngày 25 tháng 8 năm 2025       | 2025 | BY:2025-08-25
            cham nhat ngay 15/3/2026                       | 2026 | BY:2026-03-15
            trước 31/12/2026                               | 2026 | BY:2026-12-31
            Hoàn thành trước ngày 30/6                     | 2026 | BY:2026-06-30
            Quý III/2026 (trước ngày 30/9/2026)            | 2026 | BY:2026-09-30
            nhân ngày 10/10                                | 2026 | ON:10-10
            nhan dip ngay 10/10                            | 2026 | ON:10-10
            Ngày Chuyển đổi số quốc gia (10/10)            | 2026 | ON:10-10
            Ngày Chuyển đổi số quốc gia 10/10              | 2026 | ON:10-10
            ngày 10 tháng 10                               | 2026 | ON:10-10
            Nhân ngày l0/10                                | 2026 | ON:10-10
            Tháng 10/2026 (nhân ngày 10/10)                | 2026 | ON:10-10
            Nhân Ngày Pháp luật Việt Nam 09/11/2026        | 2026 | ON:11-09
            """)
    void recognisesRealPlanPhrases(String phrase, int planYear, String code) {
        ParsedSchedule parsed = ScheduleParser.parse(phrase, planYear);

        assertThat(parsed.understood()).as("understood").isTrue();
        assertThat(parsed.problem()).isNull();
        assertThat(parsed.schedule().code()).isEqualTo(code);
        assertThat(parsed.text()).isEqualTo(phrase);
    }

    @Test
    void recognisesQuarterlyPhrases() {
        for (String phrase : new String[] {"Hằng quý", "Định kỳ 01 lần/quý", "Dinh ky 01 lan/quy", "Hang quy", "3 tháng 1 lần"}) {
            assertThat(ScheduleParser.parse(phrase, 2026).schedule()).as(phrase)
                    .isEqualTo(new Schedule.Recurring(Frequency.QUARTERLY));
        }
    }

    @Test
    void readsDecomposedUnicodeLikeComposed() {
        String decomposed = Normalizer.normalize("Quý III/2026", Normalizer.Form.NFD);

        ParsedSchedule parsed = ScheduleParser.parse(decomposed, 2026);

        assertThat(parsed.schedule()).isEqualTo(new Schedule.WithinQuarter(3));
        assertThat(parsed.text()).isEqualTo("Quý III/2026").isNotEqualTo(decomposed);
    }

    @Test
    void keepsTheTextWithWhitespaceTidied() {
        assertThat(ScheduleParser.parse("  Tháng\t10/2026 \n", 2026).text()).isEqualTo("Tháng 10/2026");
    }

    @Test
    void readsDeadlineAsDateInThePlanYear() {
        assertThat(ScheduleParser.parse("trước ngày 28/02", 2027).schedule())
                .isEqualTo(new Schedule.ByDate(LocalDate.of(2027, 2, 28)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "theo chỉ đạo của UBND",
            "khi có yêu cầu",
            "xyz",
            "Hằng tuần",
            "Hằng ngày",
            "Định kỳ",
            "Giai đoạn 2026-2030",
            "6 tháng đầu năm",
            "2 lần/tháng",
            "2 lần/6 tháng",
            "Tháng 13/2026",
            "Trước tháng 6/2026",
            "Từ tháng 6/2026",
            "Sau ngày 10/10",
            "31/02/2026",
            "Ngày 28/02/26",
    })
    void keepsUnknownPhrasesAsTextAndFlagsThem(String phrase) {
        ParsedSchedule parsed = ScheduleParser.parse(phrase, 2026);

        assertThat(parsed.understood()).isFalse();
        assertThat(parsed.schedule()).isEqualTo(new Schedule.Unparsed(phrase));
        assertThat(parsed.schedule().occurrencesIn(2026)).isEmpty();
        assertThat(parsed.text()).isEqualTo(phrase);
        assertThat(parsed.problem()).isEqualTo("Không hiểu thời gian thực hiện: “" + phrase + "”; hãy chọn lịch cụ thể.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Quý I, II/2026",
            "Quý III - IV/2026",
            "Tháng 3 và tháng 9/2026",
            "Tháng 3-4/2026",
            "Từ ngày 01/3 đến ngày 31/3/2026",
            "Tháng 10/2026 (nhân ngày 09/11)",
    })
    void flagsPhrasesNamingSeveralDates(String phrase) {
        ParsedSchedule parsed = ScheduleParser.parse(phrase, 2026);

        assertThat(parsed.understood()).isFalse();
        assertThat(parsed.schedule()).isInstanceOf(Schedule.Unparsed.class);
        assertThat(parsed.problem()).isNotBlank().doesNotContain("không thuộc năm");
    }

    @Test
    void flagsAQuarterOfAnotherYear() {
        ParsedSchedule parsed = ScheduleParser.parse("Quý III/2025", 2026);

        assertThat(parsed.understood()).isFalse();
        assertThat(parsed.schedule()).isEqualTo(new Schedule.Unparsed("Quý III/2025"));
        assertThat(parsed.problem()).isEqualTo("Thời gian “Quý III/2025” không thuộc năm của kế hoạch (2026).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tháng 10/2025", "trước ngày 28/02/2027", "Năm 2025", "Quy Ill/2O25", "nhân ngày 10/10/2025"})
    void flagsDatesOfAnotherYear(String phrase) {
        ParsedSchedule parsed = ScheduleParser.parse(phrase, 2026);

        assertThat(parsed.understood()).isFalse();
        assertThat(parsed.schedule()).isInstanceOf(Schedule.Unparsed.class);
        assertThat(parsed.problem()).isEqualTo("Thời gian “" + phrase + "” không thuộc năm của kế hoạch (2026).");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void asksForATimeWhenBlank(String phrase) {
        ParsedSchedule parsed = ScheduleParser.parse(phrase, 2026);

        assertThat(parsed.understood()).isFalse();
        assertThat(parsed.schedule()).isEqualTo(new Schedule.Unparsed(""));
        assertThat(parsed.problem()).isEqualTo("Chưa nhập thời gian thực hiện.");
    }

    /** Scanned plans produce every kind of fragment soup; none of it may break the import. */
    @Test
    void neverFailsAndWhatItUnderstandsFallsDueInThePlanYear() {
        String[] fragments = {"Thường xuyên", "hằng", "tháng", "quý", "năm", "lần", "/", "-", ",", "(", ")", "ngày",
                "trước", "chậm nhất", "nhân", "từ", "đến", "III", "Ill", "lV", "l0", "1", "2", "3", "6", "10", "12",
                "29", "31", "02", "2026", "2O26", "2025", "và", "định kỳ", "cả", "theo", "o", "i", "l", " "};
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder phrase = new StringBuilder();
            for (int n = 1 + random.nextInt(7); n > 0; n--) {
                phrase.append(fragments[random.nextInt(fragments.length)]).append(random.nextBoolean() ? " " : "");
            }
            int planYear = 2025 + random.nextInt(3);

            ParsedSchedule parsed = ScheduleParser.parse(phrase.toString(), planYear);

            if (parsed.understood()) {
                assertThat(parsed.schedule().occurrencesIn(planYear)).as(phrase.toString()).isNotEmpty();
            } else {
                assertThat(parsed.problem()).as(phrase.toString()).isNotBlank();
            }
        }
    }

    @Test
    void prefersTheRhythmOverAPeriodNamedAlongside() {
        assertThat(ScheduleParser.parse("Thường xuyên, trọng tâm Quý III/2025", 2026).schedule())
                .isEqualTo(new Schedule.Ongoing());
        assertThat(ScheduleParser.parse("Hằng quý, trước ngày 20 của tháng cuối quý", 2026).schedule())
                .isEqualTo(new Schedule.Recurring(Frequency.QUARTERLY));
    }
}
