package vn.parcomms.plans;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A task of the task table as a form or an API request fills it in.
 *
 * @param number "4" or "4.1"
 * @param title short title
 * @param description full text
 * @param leadId lead body
 * @param coordinatorIds coordinating bodies
 * @param coordinatorGroup or a group of them
 * @param timing the timing phrase as the plan writes it ("Định kỳ 01 lần/quý")
 * @param scheduleCode an explicit schedule chosen by the user, overriding the phrase (optional)
 * @param topics topic codes
 * @param channels channel codes
 * @param audiences audience codes
 * @param deliverables expected products as {@code TYPE:TARGET:PER}, e.g. {@code NEWS:1:QUARTER}
 * @param budgetVnd budget estimate in VND
 * @param indicator target indicator
 * @param version the version the user edited (ignored on creation)
 */
public record TaskDraft(
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.max-length}")
        @Pattern(regexp = "(\\d{1,3}(\\.\\d{1,3}){0,2})?", message = "{task.number.pattern}") String number,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.max-length}") String title,
        @Size(max = 20_000, message = "{validation.max-length}") String description,
        Long leadId,
        List<Long> coordinatorIds,
        BodyGroup coordinatorGroup,
        @Size(max = 300, message = "{validation.max-length}") String timing,
        @Size(max = 40, message = "{validation.max-length}") String scheduleCode,
        List<String> topics,
        List<String> channels,
        List<String> audiences,
        List<String> deliverables,
        @Min(value = 0, message = "{task.budget.negative}") Long budgetVnd,
        @Size(max = 2_000, message = "{validation.max-length}") String indicator,
        Integer version) {

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }
}
