package vn.parcomms.plans;

import java.util.Objects;

/**
 * What {@link ScheduleParser} made of a “thời gian thực hiện” phrase.
 *
 * @param schedule   the schedule; {@link Schedule.Unparsed} whenever {@code understood} is false
 * @param text       the phrase as written (Unicode NFC, outer and repeated whitespace removed)
 * @param understood whether the schedule can be used without a person checking it
 * @param problem    a Vietnamese message for the user when not understood, otherwise {@code null}
 */
public record ParsedSchedule(Schedule schedule, String text, boolean understood, String problem) {

    public ParsedSchedule {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(text, "text");
        if (understood == (problem != null)) {
            throw new IllegalArgumentException("a problem is given exactly when the phrase was not understood");
        }
        if (!understood && !(schedule instanceof Schedule.Unparsed)) {
            throw new IllegalArgumentException("a phrase that was not understood must stay Unparsed");
        }
    }
}
