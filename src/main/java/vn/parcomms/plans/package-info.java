/**
 * Plans: the yearly CCHC communication plan of each body, its sections and task table, the
 * schedules that turn tasks into dated occurrences, the cascade of obligations from a plan to the
 * bodies below it, amendments with every version kept, and each body's inbox of occurrences.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "organizations", "accounts"})
package vn.parcomms.plans;
