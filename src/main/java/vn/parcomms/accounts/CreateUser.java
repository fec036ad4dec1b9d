package vn.parcomms.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates a user in an organization.
 *
 * @param username sign-in name: letters, digits, dot, dash, underscore
 * @param fullName full name
 * @param email e-mail address (optional)
 * @param organizationId the organization the user belongs to
 * @param password initial password
 */
public record CreateUser(
        @NotBlank(message = "{validation.required}") @Size(min = 3, max = 60, message = "{validation.length}")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.pattern}") String username,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}") String fullName,
        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max-length}") String email,
        @NotNull(message = "{validation.required}") Long organizationId,
        @NotBlank(message = "{validation.required}") @Size(max = 128, message = "{validation.max-length}") String password) {

    @Override
    public String toString() {
        return "CreateUser[username=" + username + ", organizationId=" + organizationId + "]";
    }
}
