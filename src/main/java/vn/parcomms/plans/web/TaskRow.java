package vn.parcomms.plans.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import vn.parcomms.plans.PlanTask;
import vn.parcomms.plans.Vocabularies;

/**
 * A task table row with its texts already composed, so that a plan of hundreds of tasks renders
 * with one expression per cell instead of a dozen.
 *
 * @param number STT
 * @param title title
 * @param topLevel whether it is a top-level task (shown in bold)
 * @param description details
 * @param lead lead body
 * @param coordinators coordinating bodies and groups
 * @param timing the timing phrase
 * @param understood whether the timing was understood
 * @param deliverables products with counts
 * @param occurrences number of occurrences, or {@code null} before issue
 */
record TaskRow(String number, String title, boolean topLevel, String description, String lead, String coordinators,
        String timing, boolean understood, String deliverables, Integer occurrences) {

    static List<TaskRow> of(List<PlanTask> tasks, Map<Long, Integer> occurrenceCounts, Vocabularies vocabularies,
            MessageSource messages, Locale locale) {
        Map<String, String> labels = new HashMap<>();
        return tasks.stream().map(t -> {
            String coordinators = String.join("; ", t.coordinatorNames());
            if (t.coordinatorGroup() != null) {
                String group = labels.computeIfAbsent(t.coordinatorGroup().labelKey(),
                        key -> messages.getMessage(key, null, locale));
                coordinators = coordinators.isEmpty() ? group : coordinators + "; " + group;
            }
            String deliverables = t.deliverables().stream().map(d -> {
                String label = labels.computeIfAbsent("D:" + d.type(), key -> vocabularies.label("DELIVERABLE", d.type()));
                String per = d.per() == null ? "" : " / " + labels.computeIfAbsent("deliverable.per." + d.per(),
                        key -> messages.getMessage(key, null, locale));
                return label + (d.target() == null ? "" : " ×" + d.target()) + per;
            }).collect(Collectors.joining("; "));
            return new TaskRow(t.number(), t.title(), t.depth() == 0, t.description(), t.leadName(), coordinators,
                    t.scheduleText(), t.scheduleUnderstood(), deliverables, occurrenceCounts.get(t.id()));
        }).toList();
    }
}
