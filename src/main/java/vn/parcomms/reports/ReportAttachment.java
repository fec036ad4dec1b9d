package vn.parcomms.reports;

import java.time.Instant;

/**
 * A file attached to a report.
 *
 * @param id internal id
 * @param reportId the report
 * @param name the name it was uploaded with
 * @param mediaType its type, read from the content
 * @param size bytes
 * @param sha256 checksum
 * @param uploadedAt when
 */
public record ReportAttachment(long id, long reportId, String name, String mediaType, long size, String sha256,
        Instant uploadedAt) {
}
