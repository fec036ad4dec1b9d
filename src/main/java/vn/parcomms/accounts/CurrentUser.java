package vn.parcomms.accounts;

import java.util.List;

import vn.parcomms.access.Grant;

/**
 * The signed-in user of the current request, with the grants in force right now.
 *
 * @param id user id
 * @param username sign-in name
 * @param fullName full name
 * @param organizationId the user's organization
 * @param organizationName its name
 * @param organizationPath its path
 * @param grants roles currently held
 * @param viaToken whether the request was authenticated with an API token
 */
public record CurrentUser(long id, String username, String fullName, long organizationId, String organizationName,
        String organizationPath, List<Grant> grants, boolean viaToken) {
}
