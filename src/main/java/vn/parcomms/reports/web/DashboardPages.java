package vn.parcomms.reports.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.plans.Vocabularies;
import vn.parcomms.reports.Dashboard;
import vn.parcomms.reports.PeriodType;
import vn.parcomms.reports.ReportManagement;

/** The coordinator's dashboard: four panels, each a chart or heatmap with its table one click away. */
@Controller
class DashboardPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReportManagement reports;
    private final AccountDirectory accounts;
    private final Vocabularies vocabularies;

    DashboardPages(ReportManagement reports, AccountDirectory accounts, Vocabularies vocabularies) {
        this.reports = reports;
        this.accounts = accounts;
        this.vocabularies = vocabularies;
    }

    @GetMapping("/api/v1/dashboard")
    @ResponseBody
    @Operation(summary = "A coordinator's dashboard of a level for a year: activities by channel per month, completion by "
            + "body, report states by body and period, overdue tasks")
    Dashboard api(@RequestParam("org") long organizationId, @RequestParam int year,
            @RequestParam(defaultValue = "QUARTERLY") PeriodType type) {
        return reports.dashboard(organizationId, year, type);
    }

    @GetMapping("/dashboard")
    String page(@RequestParam(name = "org", required = false) Long organizationId,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "QUARTERLY") PeriodType type,
            Model model) {
        long org = organizationId != null ? organizationId : accounts.currentUser().orElseThrow().organizationId();
        int y = year != null ? year : reports.today().getYear();
        Dashboard dashboard = reports.dashboard(org, y, type);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("type", type);
        model.addAttribute("years", List.of(reports.today().getYear(), reports.today().getYear() - 1));
        Map<String, String> labels = new LinkedHashMap<>();
        dashboard.channelsByMonth().keySet().forEach(code -> labels.put(code, vocabularies.label("CHANNEL", code)));
        model.addAttribute("channelLabels", labels);
        model.addAttribute("monthsJson", JSON.writeValueAsString(Map.of("labels", labels,
                "series", dashboard.channelsByMonth())).replace("<", "\\u003c"));
        model.addAttribute("completionJson", JSON.writeValueAsString(dashboard.completion().stream()
                .filter(c -> c.total() > 0).map(c -> Map.of("name", c.name(), "percent", c.percent())).toList())
                .replace("<", "\\u003c"));
        return "reports/dashboard";
    }
}
