package vn.parcomms.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The commune variant of the criterion, computed by hand. */
class ScoreRulesTest {

    private final ScoreRules rules = new ScoreRules(null, null);

    @Test
    void completionIsFullFrom100PercentProportionalFrom90AndZeroBelow() {
        var full = ScoreManagement.completion(rules.planCompletion(), 30, 30, 2026, List.of(1L));
        assertThat(full.points()).isEqualByComparingTo("1");
        var ninetyFive = ScoreManagement.completion(rules.planCompletion(), 95, 100, 2026, List.of(1L));
        assertThat(ninetyFive.points()).isEqualByComparingTo("0.95");
        assertThat(ninetyFive.explanation())
                .isEqualTo("Hoàn thành 95/100 lượt nhiệm vụ (95%), từ 90% đến dưới 100%: tính theo tỷ lệ → 0,95 điểm.");
        var ninety = ScoreManagement.completion(rules.planCompletion(), 27, 30, 2026, List.of(1L));
        assertThat(ninety.points()).isEqualByComparingTo("0.9");
        var below = ScoreManagement.completion(rules.planCompletion(), 26, 30, 2026, List.of(1L));
        assertThat(below.points()).isEqualByComparingTo("0");
        assertThat(below.explanation()).isEqualTo("Hoàn thành 26/30 lượt nhiệm vụ (86,67%), dưới 90% → 0 điểm.");
        var none = ScoreManagement.completion(rules.planCompletion(), 0, 0, 2026, List.of());
        assertThat(none.explanation()).isEqualTo("Chưa ban hành kế hoạch năm 2026 → 0 điểm.");
    }

    @Test
    void diversityGivesHalfAPointForEachKindOfChannel() {
        var both = ScoreManagement.diversity(rules.channelDiversity(), 3, 1, Map.of("ONLINE", List.of(1L, 2L, 3L),
                "TRADITIONAL", List.of(4L)));
        assertThat(both.points()).isEqualByComparingTo("1");
        assertThat(both.activityIds()).containsExactly(1L, 2L, 3L, 4L);
        var online = ScoreManagement.diversity(rules.channelDiversity(), 2, 0, Map.of("ONLINE", List.of(1L, 2L)));
        assertThat(online.points()).isEqualByComparingTo("0.5");
        assertThat(online.explanation()).isEqualTo("Hình thức trực tuyến: 2 hoạt động đã duyệt → 0,5 điểm; "
                + "hình thức truyền thống: 0 hoạt động đã duyệt → 0 điểm.");
        var province = new ScoreRules(new ScoreRules.PlanCompletion(new BigDecimal("2"), 95, 80), null);
        assertThat(ScoreManagement.completion(province.planCompletion(), 85, 100, 2026, List.of(1L)).points())
                .isEqualByComparingTo("1.7");
    }
}
