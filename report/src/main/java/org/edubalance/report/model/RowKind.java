package org.edubalance.report.model;

/** What a table row is, so that a renderer can set it apart. */
public enum RowKind {
    /** An ordinary data row. */
    BODY,
    /** A heading that opens a block of rows (a county, a segment); its text is in the first cell. */
    SECTION,
    /** A total or summary row closing a block. */
    TOTAL,
    /** A row EduBalance adds to an official form; renderers mark it so it is never mistaken for form content. */
    ADDITION,
    /** A row that needs attention (a zone short of seats); renderers highlight it. */
    WARNING
}
