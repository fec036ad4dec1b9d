package vn.parcomms.activities;

import java.util.List;

/**
 * A spreadsheet that was not imported, with the first problems found (the file, or row by row) and
 * how many there were in all. Nothing of the file is stored.
 */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;
    private final int total;

    ImportRejectedException(List<ImportProblem> problems, int total) {
        super(total + " problem(s) in the spreadsheet", null, false, false);
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    /** The problems reported, at most the configured number. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** How many problems were found in all. */
    public int total() {
        return total;
    }
}
