package org.edubalance.dataimport.table;

import java.nio.file.Path;

/** Thrown when a file's extension is neither {@code .csv} nor {@code .xlsx}. */
public class UnsupportedTableFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnsupportedTableFormatException(Path file) {
        super("Cannot read '" + file.getFileName() + "': only .csv (UTF-8) and .xlsx files are read."
                + " Maybe save it from Excel as 'CSV UTF-8' or as an .xlsx workbook.");
    }
}
