/**
 * Small shared kernel: input clean-up, the exceptions that carry Vietnamese message keys, and the
 * web plumbing that turns them into problem details and friendly error pages.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.parcomms.shared;
