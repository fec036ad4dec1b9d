package vn.parcomms.activities;

import java.util.List;

/**
 * Why (part of) a spreadsheet cannot be imported.
 *
 * @param row the spreadsheet row number as Excel shows it; {@code null} for the file as a whole
 * @param column the column header; {@code null} for the whole row or file
 * @param messageKey key in the message bundles
 * @param arguments message arguments
 */
public record ImportProblem(Integer row, String column, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem ofFile(String messageKey, Object... arguments) {
        return new ImportProblem(null, null, messageKey, List.of(arguments));
    }

    static ImportProblem at(int row, ImportColumn column, String messageKey, Object... arguments) {
        return new ImportProblem(row, column == null ? null : column.header(), messageKey, List.of(arguments));
    }
}
