/**
 * Administrative procedures (TTHC): the catalog in the national database's layout, published, amended,
 * replaced and abolished by decisions, imported and exported in bulk, searched without diacritics and
 * with typos, and offered to citizens on public pages, a kiosk and an open JSON API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrative procedures")
package vn.parcomms.procedures;
