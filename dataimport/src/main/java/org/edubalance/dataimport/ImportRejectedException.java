package org.edubalance.dataimport;

/**
 * Thrown when a file breaks at least one import rule: the whole file is rejected and nothing is returned. The report
 * lists every error found (up to its cap) and the warnings.
 */
public class ImportRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int ISSUES_IN_MESSAGE = 3;

    private final transient ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super(message(report));
        if (!report.hasErrors()) {
            throw new IllegalArgumentException("A rejected import has at least one error");
        }
        this.report = report;
    }

    /** Every error (and warning) found. */
    public ImportReport report() {
        return report;
    }

    private static String message(ImportReport report) {
        var text = new StringBuilder("Import rejected, nothing imported: ").append(report.summary());
        report.errors().stream()
                .limit(ISSUES_IN_MESSAGE)
                .forEach(issue -> text.append("\n  ").append(issue.format()));
        if (report.errors().size() > ISSUES_IN_MESSAGE) {
            text.append("\n  …");
        }
        return text.toString();
    }
}
