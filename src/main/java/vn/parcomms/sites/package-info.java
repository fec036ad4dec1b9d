/**
 * Public CCHC sites: each body's site with its sections, articles kept as editions under an editorial
 * workflow (after GOV.UK Whitehall: draft, submit, reject, schedule, publish, unpublish with a reason,
 * new editions that supersede), public reader pages with search and feeds.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public sites")
package vn.parcomms.sites;
