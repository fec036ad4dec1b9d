package vn.parcomms.plans;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why and by which document an issued plan is changed.
 *
 * @param amendingNumber number of the amending document, e.g. {@code 25/KH-UBND}
 * @param amendingDate its date
 * @param reason why
 */
public record AmendmentNote(
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.max-length}") String amendingNumber,
        LocalDate amendingDate,
        @NotBlank(message = "{validation.required}") @Size(max = 2_000, message = "{validation.max-length}") String reason) {
}
