package vn.parcomms.scores.web;

import java.math.BigDecimal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.scores.Score;
import vn.parcomms.scores.ScoreManagement;

/** The score page: total, each criterion with its explanation and evidence, a chart, and the pack. */
@Controller
class ScorePages {

    private final ScoreManagement scores;
    private final AccountDirectory accounts;

    ScorePages(ScoreManagement scores, AccountDirectory accounts) {
        this.scores = scores;
        this.accounts = accounts;
    }

    @GetMapping("/scores")
    String show(@RequestParam(name = "org", required = false) Long organizationId,
            @RequestParam(required = false) Integer year, Model model) {
        long org = organizationId != null ? organizationId : accounts.currentUser().orElseThrow().organizationId();
        int y = year != null ? year : scores.today().getYear();
        Score score = scores.score(org, y);
        model.addAttribute("score", score);
        model.addAttribute("org", org);
        model.addAttribute("years", java.util.List.of(scores.today().getYear(), scores.today().getYear() - 1));
        StringBuilder json = new StringBuilder("[");
        for (Score.Criterion c : score.criteria()) {
            json.append(json.length() > 1 ? "," : "").append("{\"code\":\"").append(c.code()).append("\",\"points\":")
                    .append(c.points().toPlainString()).append(",\"max\":").append(c.maxPoints().toPlainString()).append('}');
        }
        model.addAttribute("chartJson", json.append(']').toString());
        model.addAttribute("total", format(score.points()) + "/" + format(score.maxPoints()));
        return "scores/show";
    }

    private static String format(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
