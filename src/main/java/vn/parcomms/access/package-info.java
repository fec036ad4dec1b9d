/**
 * The one place that decides whether a user may perform an action on an object: roles, scoped
 * grants and the {@link vn.parcomms.access.AccessPolicy}. Other modules declare their own
 * {@link vn.parcomms.access.Action}s and, where needed, {@link vn.parcomms.access.AccessRule}s.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.parcomms.access;
