package vn.parcomms.reports;

import java.util.List;

/**
 * Where a body's periodic reports go.
 *
 * @param organizationId the body
 * @param name its name
 * @param reports whether it reports at all
 * @param recipientId the level its reports go to (its parent unless overridden)
 * @param recipientName that level's name
 * @param choices the levels above it its reports may go to
 */
public record ReportingLine(long organizationId, String name, boolean reports, Long recipientId, String recipientName,
        List<Choice> choices) {

    /**
     * A level a body may report to.
     *
     * @param organizationId the level
     * @param name its name
     */
    public record Choice(long organizationId, String name) {
    }
}
