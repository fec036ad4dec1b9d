package vn.parcomms.accounts;

import java.time.LocalDate;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Creates a personal API token.
 *
 * @param name what it is for, e.g. "Báo cáo tự động"
 * @param expiresOn last day it works; empty for no expiry
 */
public record CreateApiToken(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}") String name,
        @Future(message = "{validation.future}") LocalDate expiresOn) {
}
