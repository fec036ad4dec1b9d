package vn.parcomms.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The change-password form.
 *
 * @param currentPassword the password now
 * @param newPassword the new password
 * @param confirmPassword the new password again
 */
record ChangePassword(
        @NotBlank(message = "{validation.required}") @Size(max = 128, message = "{validation.max-length}") String currentPassword,
        @NotBlank(message = "{validation.required}") @Size(max = 128, message = "{validation.max-length}") String newPassword,
        @NotBlank(message = "{validation.required}") @Size(max = 128, message = "{validation.max-length}") String confirmPassword) {

    @Override
    public String toString() {
        return "ChangePassword[***]";
    }
}
