package vn.parcomms.organizations;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Adds an organization under a parent (a department under a province, an office under a commune…).
 *
 * @param parentId the organization it belongs to
 * @param code unique code; letters, digits, dot, dash, underscore
 * @param name official name
 * @param shortName short name
 * @param nameEn English name
 * @param kind what it is
 * @param validFrom first day of validity
 */
public record CreateOrganization(
        Long parentId,
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.max-length}")
        @Pattern(regexp = "([0-9A-Za-z][0-9A-Za-z._-]*)?", message = "{organization.code.pattern}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.max-length}") String name,
        @Size(max = 120, message = "{validation.max-length}") String shortName,
        @Size(max = 255, message = "{validation.max-length}") String nameEn,
        @NotNull(message = "{validation.required}") OrganizationKind kind,
        @NotNull(message = "{validation.required}") LocalDate validFrom) {
}
