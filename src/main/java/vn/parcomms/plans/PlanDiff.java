package vn.parcomms.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** Field-by-field differences between two stored versions of a plan and its task table. */
final class PlanDiff {

    /** Bookkeeping that changes with every version and says nothing to a reader. */
    private static final Set<String> IGNORED = Set.of("version", "revision", "status", "issuedAt", "id", "planId",
            "position", "leadName", "coordinatorNames", "scheduleUnderstood", "issuerName", "issuerPath",
            "parentPlanNumber", "sourceTaskId");

    private PlanDiff() {
    }

    static List<PlanChange> between(JsonNode before, JsonNode after) {
        List<PlanChange> changes = new ArrayList<>();
        compare("plan", before.path("plan"), after.path("plan"), changes);
        Map<String, JsonNode> oldTasks = byId(before.path("tasks"));
        Map<String, JsonNode> newTasks = byId(after.path("tasks"));
        for (var entry : newTasks.entrySet()) {
            JsonNode previous = oldTasks.get(entry.getKey());
            String subject = entry.getValue().path("number").asString();
            if (previous == null) {
                changes.add(new PlanChange(subject, PlanChange.Kind.ADDED, null, null, entry.getValue().path("title").asString()));
            } else {
                compare(subject, previous, entry.getValue(), changes);
            }
        }
        for (var entry : oldTasks.entrySet()) {
            if (!newTasks.containsKey(entry.getKey())) {
                changes.add(new PlanChange(entry.getValue().path("number").asString(), PlanChange.Kind.REMOVED, null,
                        entry.getValue().path("title").asString(), null));
            }
        }
        return changes;
    }

    private static void compare(String subject, JsonNode before, JsonNode after, List<PlanChange> changes) {
        for (String field : after.propertyNames()) {
            if (IGNORED.contains(field)) {
                continue;
            }
            String old = text(before.path(field));
            String now = text(after.path(field));
            if (!old.equals(now)) {
                changes.add(new PlanChange(subject, PlanChange.Kind.CHANGED, field, old, now));
            }
        }
    }

    private static Map<String, JsonNode> byId(JsonNode tasks) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        tasks.forEach(task -> map.put(task.path("id").asString(), task));
        return map;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(item -> parts.add(text(item)));
            return String.join("; ", parts);
        }
        if (node.isObject()) {
            List<String> parts = new ArrayList<>();
            for (String name : node.propertyNames()) {
                String value = text(node.path(name));
                if (!value.isEmpty()) {
                    parts.add(value);
                }
            }
            return String.join(" ", parts);
        }
        return node.asString();
    }
}
