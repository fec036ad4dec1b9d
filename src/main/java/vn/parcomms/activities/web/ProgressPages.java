package vn.parcomms.activities.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;
import vn.parcomms.activities.ActivityManagement;
import vn.parcomms.activities.PlanProgress;
import vn.parcomms.plans.Plan;
import vn.parcomms.plans.PlanManagement;

/** The plan progress view: completion per body drawn as a chart, with the same figures in tables. */
@Controller
class ProgressPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ActivityManagement activities;
    private final PlanManagement plans;

    ProgressPages(ActivityManagement activities, PlanManagement plans) {
        this.activities = activities;
        this.plans = plans;
    }

    @GetMapping("/plans/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        Plan plan = plans.get(id);
        PlanProgress progress = activities.progress(id);
        model.addAttribute("plan", plan);
        model.addAttribute("progress", progress);
        model.addAttribute("canManage", plans.canManage(plan));
        // One bar per body: the lead bodies of this plan's tasks, then the bodies implementing it.
        List<Map<String, Object>> bars = new ArrayList<>();
        for (var body : progress.bodies()) {
            bars.add(bar(body.name(), body.percent(), body.done(), body.total(), body.overdue()));
        }
        for (var child : progress.children()) {
            bars.add(bar(child.name(), child.percent(), child.done(), child.total(), child.overdue()));
        }
        model.addAttribute("chartJson", JSON.writeValueAsString(bars));
        model.addAttribute("chartHeight", Math.max(160, 28 * bars.size() + 60));
        return "activities/progress";
    }

    private static Map<String, Object> bar(String name, int percent, int done, int total, int overdue) {
        Map<String, Object> bar = new LinkedHashMap<>();
        bar.put("label", name);
        bar.put("percent", percent);
        bar.put("done", done);
        bar.put("total", total);
        bar.put("overdue", overdue);
        return bar;
    }
}
