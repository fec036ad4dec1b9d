/**
 * Demo data for the {@code demo} profile: Tỉnh Lâm Đồng and Xã Quảng Khê with their bodies and
 * one demo user per role, loaded only into an empty database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "organizations", "accounts", "plans", "sites", "procedures"})
package vn.parcomms.demo;
