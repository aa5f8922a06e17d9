package org.edubalance.dataimport.table;

import java.io.IOException;

/** Thrown when a CSV file breaks RFC 4180 in a way that cannot be read around: a quote opened and never closed. */
public class CsvFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long row;

    public CsvFormatException(String fileName, long row) {
        super("'" + fileName + "' row " + row + ": a quoted field is never closed (an odd number of \" characters)."
                + " Maybe a cell contains a stray double quote; double it (\"\") or remove it.");
        this.row = row;
    }

    /** The row where the unclosed quoted field starts. */
    public long row() {
        return row;
    }
}
