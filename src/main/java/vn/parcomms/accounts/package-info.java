/**
 * People and sign-in: user accounts, their scoped roles, passwords with lockout, personal API
 * tokens, and the security filter chain that resolves the current actor for every request.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "organizations"})
package vn.parcomms.accounts;
