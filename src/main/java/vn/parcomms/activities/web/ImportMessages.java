package vn.parcomms.activities.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.parcomms.activities.ImportProblem;
import vn.parcomms.activities.ImportRejectedException;
import vn.parcomms.activities.SpreadsheetImport;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.web.Problems;

/** What the import pages and API share: messages in the user's language, the template download, reading the upload. */
@Component
class ImportMessages {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Problems problems;
    private final Clock clock;

    ImportMessages(Problems problems, Clock clock) {
        this.problems = problems;
        this.clock = clock;
    }

    /**
     * One problem as shown to people.
     *
     * @param row spreadsheet row, {@code null} for the whole file
     * @param column column header, {@code null} for the whole row or file
     * @param message the explanation
     */
    record Line(Integer row, String column, String message) {
    }

    List<Line> lines(ImportRejectedException rejection) {
        return rejection.problems().stream().map(this::line).toList();
    }

    Line line(ImportProblem problem) {
        return new Line(problem.row(), problem.column(), problems.message(problem.messageKey(), problem.arguments().toArray()));
    }

    /** "Not imported: N problems", with a note when only the first ones are listed. */
    String summary(ImportRejectedException rejection) {
        String summary = problems.message("activity.import.rejected", rejection.total());
        if (rejection.total() > rejection.problems().size()) {
            summary += " " + problems.message("activity.import.errors-truncated", rejection.problems().size(), rejection.total());
        }
        return summary;
    }

    /** "Imported N activities" or "this file was imported at … (N activities)". */
    String outcome(SpreadsheetImport done) {
        return done.alreadyImported()
                ? problems.message("activity.import.already", when(done.importedAt()), done.count())
                : problems.message("activity.import.done", done.count(), done.filename() == null ? "" : done.filename());
    }

    String when(Instant instant) {
        return WHEN.format(instant.atZone(clock.getZone()));
    }

    static byte[] content(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "activity.import.file.required");
        }
        try {
            return file.getBytes();
        } catch (java.io.IOException e) {
            // The upload broke off while it was being read: treat it like a damaged file.
            throw new InvalidInputException("file", "activity.import.unreadable");
        }
    }

    static ResponseEntity<byte[]> download(byte[] template) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-nhap-hoat-dong.xlsx\"")
                .body(template);
    }
}
