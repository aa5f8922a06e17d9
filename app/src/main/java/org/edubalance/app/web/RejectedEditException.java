package org.edubalance.app.web;

import org.edubalance.dataimport.ImportReport;

/** An edited record breaks the import rules; the report says where. Nothing was stored. */
public final class RejectedEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ImportReport report;

    public RejectedEditException(ImportReport report) {
        super("The record breaks the import rules, nothing stored: " + report.summary() + ".");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
