package vn.parcomms.activities;

import java.time.Instant;

/**
 * A spreadsheet of activities imported for a body.
 *
 * @param id the import
 * @param organizationId the body the activities were recorded for
 * @param filename the uploaded file's name
 * @param count how many activities it created
 * @param importedById who imported it
 * @param importedByName their name
 * @param importedAt when
 * @param alreadyImported whether this answer is for a re-upload of a file imported before (nothing new was created)
 */
public record SpreadsheetImport(long id, long organizationId, String filename, int count, Long importedById,
        String importedByName, Instant importedAt, boolean alreadyImported) {

    SpreadsheetImport asRepeat() {
        return new SpreadsheetImport(id, organizationId, filename, count, importedById, importedByName, importedAt, true);
    }
}
