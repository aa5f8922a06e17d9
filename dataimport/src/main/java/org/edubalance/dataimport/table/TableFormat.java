package org.edubalance.dataimport.table;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The table file formats the importers read, chosen by file extension. */
public enum TableFormat {
    /** UTF-8 CSV (RFC 4180), an optional byte-order mark. */
    CSV(".csv"),
    /** Office Open XML workbook; the first sheet is read. */
    XLSX(".xlsx");

    private final String extension;

    TableFormat(String extension) {
        this.extension = extension;
    }

    /** The extension with its dot, e.g. {@code .csv}. */
    public String extension() {
        return extension;
    }

    /** The format of {@code file} by its extension (case-insensitive), or empty when it is none of ours. */
    public static Optional<TableFormat> of(Path file) {
        Path fileName = file.getFileName();
        String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        for (TableFormat format : values()) {
            if (name.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
