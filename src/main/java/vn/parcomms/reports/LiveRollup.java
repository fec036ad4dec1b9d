package vn.parcomms.reports;

import java.util.List;

/**
 * A level's figures for a period straight from every accepted activity under it, whatever the state
 * of the reports: what a coordinator sees before the reports come in, split by the bodies directly
 * below it (each with everything under that body) for drill-down. Task counts are not part of it.
 *
 * @param organizationId the level
 * @param name its name
 * @param period the period
 * @param total all accepted activities of the period under the level
 * @param parts the same, per body directly below (and the level's own activities under its own id)
 */
public record LiveRollup(long organizationId, String name, ReportingPeriod period, ReportFigures total, List<Part> parts) {

    /**
     * The figures of one body and everything under it.
     *
     * @param organizationId the body
     * @param name its name
     * @param figures its figures
     */
    public record Part(long organizationId, String name, ReportFigures figures) {
    }
}
