package vn.parcomms.organizations;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Changes an organization's names, kind or validity. The version is the one the user loaded: if
 * someone saved in between, the change is refused instead of overwriting theirs.
 *
 * @param version version the user edited
 * @param name official name
 * @param shortName short name
 * @param nameEn English name
 * @param kind what it is
 * @param validFrom first day of validity
 * @param validTo first day it is no longer valid (closing it, e.g. after a merger)
 */
public record UpdateOrganization(
        @NotNull(message = "{validation.required}") Integer version,
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.max-length}") String name,
        @Size(max = 120, message = "{validation.max-length}") String shortName,
        @Size(max = 255, message = "{validation.max-length}") String nameEn,
        @NotNull(message = "{validation.required}") OrganizationKind kind,
        @NotNull(message = "{validation.required}") LocalDate validFrom,
        LocalDate validTo) {
}
