package org.edubalance.app.pairingrecord;

import org.jspecify.annotations.Nullable;

/**
 * A broken rule of a pairing as written, located the way the person sees it.
 *
 * @param file the file's name, or empty for a form or a request
 * @param row the row number (header = 1), 0 for a form, a request or the whole file
 * @param column the column's id, or null for the whole row or file
 * @param value the value as written, or null
 * @param rule the rule's code ({@code PR-01} …), worded by {@code pairing.rule.*} in each language
 */
record PairingViolation(
        String file,
        long row,
        @Nullable String column,
        @Nullable String value,
        String rule) {
    /** Required value blank. */
    static final String BLANK = "PR-01";
    /** Segment neither primary nor junior. */
    static final String SEGMENT = "PR-02";
    /** Year not a whole number from 1990 to 2100. */
    static final String YEAR = "PR-03";
    /** Date not yyyy-mm-dd. */
    static final String DATE = "PR-04";
    /** School not in the county's school data. */
    static final String SCHOOL = "PR-05";
    /** School without the segment. */
    static final String NO_SEGMENT = "PR-06";
    /** Mentor and mentee are one school. */
    static final String SAME_SCHOOL = "PR-07";
    /** Ends before it starts. */
    static final String END_BEFORE_START = "PR-08";
    /** The pair already runs. */
    static final String RUNNING = "PR-09";
    /** Text too long. */
    static final String TOO_LONG = "PR-10";
    /** Required column missing. */
    static final String COLUMN = "PR-11";
    /** File unreadable or not CSV/XLSX. */
    static final String FILE = "PR-12";
    /** A group's member given twice or as its core school. */
    static final String MEMBERS = "PR-13";
    /** A count not a whole number in its range. */
    static final String COUNT = "PR-14";
    /** An activity kind the log does not know. */
    static final String KIND = "PR-15";
    /** A school of a new group is in a running group already. */
    static final String IN_GROUP = "PR-16";
}
