package vn.parcomms.activities.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import vn.parcomms.activities.Activity;
import vn.parcomms.activities.RecordActivity;

/**
 * The activity form as typed: links one per line, reach figures as plain fields. Kept whole when
 * the form comes back with errors.
 */
record ActivityForm(Long organizationId, Long occurrenceId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        String channel, String deliverable, String title, String description, String links, Long views, Long listeners,
        Long participants, Long copies, Integer broadcasts, Integer durationMinutes, List<String> topics,
        List<String> audiences, Integer version) {

    static ActivityForm blank(Long organizationId, Long occurrenceId, LocalDate today) {
        return new ActivityForm(organizationId, occurrenceId, today, null, null, null, null, null, null, null, null, null,
                null, null, null, List.of(), List.of(), null);
    }

    static ActivityForm of(Activity a) {
        var r = a.reach();
        return new ActivityForm(a.organizationId(), a.occurrenceId(), a.startDate(),
                a.endDate().equals(a.startDate()) ? null : a.endDate(), a.channel(), a.deliverable(), a.title(),
                a.description(), String.join("\n", a.links()), r.views(), r.listeners(), r.participants(), r.copies(),
                r.broadcasts(), r.durationMinutes(), a.topics(), a.audiences(), a.version());
    }

    RecordActivity command() {
        List<String> linkList = links == null ? List.of()
                : Arrays.stream(links.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new RecordActivity(organizationId, occurrenceId, startDate, endDate, channel,
                deliverable == null || deliverable.isBlank() ? null : deliverable, title, description, linkList,
                new RecordActivity.ReachFigures(views, listeners, participants, copies, broadcasts, durationMinutes),
                topics == null ? List.of() : topics, audiences == null ? List.of() : audiences, version);
    }
}
