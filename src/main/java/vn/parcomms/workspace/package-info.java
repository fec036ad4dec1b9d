/**
 * The signed-in shell: the home page with the user's organization and the modules their roles
 * open, and the navigation and user details every page layout shows.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "accounts", "organizations", "shared"})
package vn.parcomms.workspace;
