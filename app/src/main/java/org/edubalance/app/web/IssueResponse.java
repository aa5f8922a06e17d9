package org.edubalance.app.web;

import org.edubalance.dataimport.ImportIssue;
import org.jspecify.annotations.Nullable;

/**
 * One issue of an import report, located as the user sees the file.
 *
 * @param file the file's name
 * @param sheet the sheet, {@code null} for CSV
 * @param row the spreadsheet row (header = 1), 0 for the whole file
 * @param column the column header as written
 * @param value the offending value
 * @param code the rule's stable code, e.g. {@code IMP-030}
 * @param severity {@code ERROR} or {@code WARNING}
 * @param message what is wrong, with a "Maybe …" hint when a fix is known
 */
public record IssueResponse(
        String file,
        @Nullable String sheet,
        long row,
        @Nullable String column,
        @Nullable String value,
        String code,
        String severity,
        String message) {

    public static IssueResponse of(ImportIssue issue) {
        return new IssueResponse(
                issue.file(),
                issue.sheet(),
                issue.row(),
                issue.column(),
                issue.value(),
                issue.code().code(),
                issue.isWarning() ? "WARNING" : "ERROR",
                issue.code().description() + ": " + issue.message());
    }
}
