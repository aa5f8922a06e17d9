package org.edubalance.cli;

import java.io.PrintWriter;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.report.wording.ImportIssueWords;

/**
 * An import report as a command prints it on standard error, in the output's language: in English the importer's own
 * lines ({@link ImportReport#format()}); in Chinese each issue located the same way ({@code file[:sheet][:row][:column]
 * 值“…” CODE}) and worded from its rule code, with no English sentence.
 */
public final class ImportReportText {
    private ImportReportText() {}

    /** Prints every listed issue of {@code report}, a line each, then the line for warnings left out. */
    public static void print(ImportReport report, Language lang, PrintWriter err) {
        if (lang != Language.zh) {
            err.print(report.format());
            return;
        }
        for (ImportIssue issue : report.issues()) {
            err.println(line(issue));
        }
        long omitted = report.warningCount() - report.warnings().size();
        if (omitted > 0) {
            err.println(ImportIssueWords.omittedWarnings(omitted));
        }
    }

    /** Prints the report of a rejected import and the line saying nothing was imported. */
    public static void printRejected(ImportReport report, String englishMessage, Language lang, PrintWriter err) {
        print(report, lang, err);
        err.println(
                lang == Language.zh
                        ? ImportIssueWords.rejected(report.errorCount(), report.warningCount())
                        : englishMessage);
    }

    /** One issue in Chinese: its location as the English line gives it, the value, the code, the rule and sentence. */
    static String line(ImportIssue issue) {
        var line = new StringBuilder(issue.file());
        if (issue.sheet() != null) {
            line.append(':').append(issue.sheet());
        }
        if (issue.row() > 0) {
            line.append(':').append(issue.row());
        }
        if (issue.column() != null) {
            line.append(':').append(issue.column());
        }
        if (issue.value() != null) {
            line.append(' ').append(ImportIssueWords.value(shown(issue.value())));
        }
        String code = issue.code().code();
        return line.append(' ')
                .append(code)
                .append(' ')
                .append(ImportIssueWords.rule(code))
                .append('：')
                .append(ImportIssueWords.sentence(code, issue.column(), issue.value()))
                .toString();
    }

    /** The value on one line, cut as the English line cuts it. */
    private static String shown(String value) {
        String oneLine = value.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "…";
    }
}
