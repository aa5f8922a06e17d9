package org.edubalance.dataimport;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.edubalance.dataimport.table.OversizedCellException;
import org.jspecify.annotations.Nullable;

/**
 * The file (and sheet) being imported, which every issue found in it names.
 *
 * @param file the file's name, without directories
 * @param sheet the sheet's name, or {@code null} for CSV
 */
public record ImportSource(String file, @Nullable String sheet) {

    /** An issue at {@code row} and {@code column} of this source. */
    public ImportIssue issue(
            long row, @Nullable String column, @Nullable String value, ImportIssueCode code, String message) {
        return new ImportIssue(file, sheet, row, column, value, code, message);
    }

    /** The source for a file before it is opened (no sheet known yet). */
    public static ImportSource of(Path file) {
        return new ImportSource(String.valueOf(file.getFileName()), null);
    }

    /** An {@link ImportIssueCode#IMP_003} issue: the file's extension is neither .csv nor .xlsx. */
    public ImportIssue unsupportedType() {
        return fileIssue(
                ImportIssueCode.IMP_003,
                "'" + file + "' is neither a .csv nor an .xlsx file."
                        + " Maybe save it from Excel as 'CSV UTF-8 (逗号分隔)' or as an Excel workbook (.xlsx).");
    }

    /**
     * An {@link ImportIssueCode#IMP_004} issue explaining why the file could not be read, or the {@link
     * ImportIssueCode#IMP_005} issue of the oversized cell the reader stopped at.
     */
    public ImportIssue unreadable(IOException cause) {
        if (cause instanceof OversizedCellException cell) {
            // Not the whole file's fault: the one cell is named where it is, its value shortened.
            return new ImportIssue(
                    file,
                    cell.sheet(),
                    cell.row(),
                    cell.column(),
                    cell.value(),
                    ImportIssueCode.IMP_005,
                    cell.getMessage());
        }
        String message = switch (cause) {
            case NoSuchFileException e -> "File not found: " + e.getFile() + ". Maybe check the path.";
            case AccessDeniedException e -> "File not readable: " + e.getFile() + ". Maybe check permissions.";
            case CharacterCodingException e ->
                "'" + file + "' is not UTF-8 text. Maybe it was saved as GBK/ANSI; in Excel use"
                        + " 'Save as → CSV UTF-8 (逗号分隔)'.";
            default -> String.valueOf(cause.getMessage());
        };
        return fileIssue(ImportIssueCode.IMP_004, message);
    }

    /** An {@link ImportIssueCode#IMP_004} issue: the file has no header row. */
    public ImportIssue empty() {
        return fileIssue(
                ImportIssueCode.IMP_004,
                "'" + file + "' is empty: it has no header row."
                        + " Maybe the data is on another sheet; the importer reads the first sheet only.");
    }

    /** An issue about the whole file. */
    public ImportIssue fileIssue(ImportIssueCode code, String message) {
        return new ImportIssue(file, sheet, 0, null, null, code, message);
    }
}
