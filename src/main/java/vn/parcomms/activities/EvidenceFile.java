package vn.parcomms.activities;

import java.time.Instant;

/**
 * A file attached to an activity as evidence.
 *
 * @param id internal id
 * @param activityId the activity
 * @param name the name it was uploaded with
 * @param mediaType its type, read from the content
 * @param size bytes
 * @param sha256 checksum
 * @param thumbnail whether a thumbnail exists (images)
 * @param uploadedAt when
 */
public record EvidenceFile(long id, long activityId, String name, String mediaType, long size, String sha256,
        boolean thumbnail, Instant uploadedAt) {

    public boolean image() {
        return mediaType.startsWith("image/");
    }

    /** Size for people: 1,2 MB, 340 KB. */
    public String displaySize() {
        if (size >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", size / 1024.0 / 1024.0).replace('.', ',');
        }
        return Math.max(1, Math.round(size / 1024.0)) + " KB";
    }
}
