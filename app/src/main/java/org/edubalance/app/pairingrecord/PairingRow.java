package org.edubalance.app.pairingrecord;

/**
 * A pairing as written by a person, before any check: a row of an imported file, the create form or an API request.
 * One shape for all three, so all three obey the same rules ({@link PairingRules}).
 *
 * @param row the file's row number (header = 1), or 0 for a form or a request
 * @param segment {@code PRIMARY}/{@code JUNIOR} or 小学/初中
 * @param mentor the mentor school's code
 * @param mentee the mentee school's code
 * @param startYear the start year as written
 * @param endYear the end year as written, or empty
 * @param signedOn the agreement's signing day, {@code yyyy-mm-dd}
 * @param summary the agreement's summary
 * @param reference the agreement's file reference, or empty
 */
record PairingRow(
        long row,
        String segment,
        String mentor,
        String mentee,
        String startYear,
        String endYear,
        String signedOn,
        String summary,
        String reference) {
    /** The columns, by their ids in files and requests. */
    static final String SEGMENT = "segment";

    static final String MENTOR = "mentor_school_code";
    static final String MENTEE = "mentee_school_code";
    static final String START = "start_year";
    static final String END = "end_year";
    static final String SIGNED = "agreement_signed_on";
    static final String SUMMARY = "agreement_summary";
    static final String REFERENCE = "agreement_reference";

    PairingRow {
        segment = segment.strip();
        mentor = mentor.strip();
        mentee = mentee.strip();
        startYear = startYear.strip();
        endYear = endYear.strip();
        signedOn = signedOn.strip();
        summary = summary.strip();
        reference = reference.strip();
    }
}
