package vn.parcomms.plans;

import java.util.List;

/**
 * A row of the plan's task table ("Phụ lục").
 *
 * @param id internal id
 * @param planId the plan
 * @param number "4", "4.1" …
 * @param position order in the table
 * @param title short title
 * @param description full text
 * @param leadId lead body ("chủ trì")
 * @param leadName its name
 * @param coordinatorIds coordinating bodies ("phối hợp")
 * @param coordinatorNames their names, in the same order
 * @param coordinatorGroup a group of coordinating bodies, e.g. all communes
 * @param scheduleCode the schedule in stored form
 * @param scheduleText the timing phrase as written in the plan
 * @param scheduleUnderstood whether the phrase was turned into a schedule
 * @param topics topic codes
 * @param channels channel codes
 * @param audiences audience codes
 * @param deliverables expected products
 * @param budgetVnd budget estimate in VND
 * @param indicator target indicator, e.g. "SIPAS ≥ 10% hồ sơ"
 * @param sourceTaskId the task of the higher plan this one implements
 * @param version optimistic-lock version
 */
public record PlanTask(long id, long planId, String number, int position, String title, String description,
        Long leadId, String leadName, List<Long> coordinatorIds, List<String> coordinatorNames, BodyGroup coordinatorGroup,
        String scheduleCode, String scheduleText, boolean scheduleUnderstood, List<String> topics, List<String> channels,
        List<String> audiences, List<Deliverable> deliverables, Long budgetVnd, String indicator, Long sourceTaskId,
        int version) {

    public Schedule schedule() {
        return Schedule.fromCode(scheduleCode, scheduleText);
    }

    /** Nesting depth from the number: "4" is 0, "4.1" is 1. */
    public int depth() {
        return (int) number.chars().filter(c -> c == '.').count();
    }
}
