/**
 * Starts the embedded PostgreSQL server when no external database is configured.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.parcomms.database;
