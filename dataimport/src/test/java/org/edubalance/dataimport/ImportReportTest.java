package org.edubalance.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportTest {
    private static final ImportSource CSV = new ImportSource("schools.csv", null);
    private static final ImportSource XLSX = new ImportSource("schools.xlsx", "学校");

    @Test
    void formatsOneLinePerIssueErrorsFirst() {
        var report = ImportReport.of(List.of(
                CSV.issue(1, "备注", "备注", ImportIssueCode.IMP_W01, "'备注' is not a known column and is ignored."),
                CSV.issue(7, "primary_teachers", "x", ImportIssueCode.IMP_030, "'x' is not a number.")));

        assertThat(report.format()).isEqualTo("""
                schools.csv:7:primary_teachers value='x' IMP-030 Not a number: 'x' is not a number.
                schools.csv:1:备注 value='备注' IMP-W01 Unknown column ignored: '备注' is not a known column and is ignored.
                """);
        assertThat(report.summary()).isEqualTo("1 error, 1 warning");
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void namesTheSheetOfAWorkbookAndLeavesOutWhatIsAbsent() {
        assertThat(XLSX.issue(12, "小学部专任教师数", "", ImportIssueCode.IMP_033, "m.").format())
                .isEqualTo("schools.xlsx:学校:12:小学部专任教师数 value='' IMP-033 Segment figure blank: m.");
        assertThat(CSV.fileIssue(ImportIssueCode.IMP_004, "m.").format())
                .isEqualTo("schools.csv IMP-004 File cannot be read: m.");
    }

    @Test
    void showsLineBreaksInValuesAndCutsLongOnes() {
        String line = CSV.issue(2, "school_name", "a\nb" + "x".repeat(100), ImportIssueCode.IMP_010, "m.")
                .format();

        assertThat(line).contains("value='a\\nb" + "x".repeat(76) + "…'");
    }

    @Test
    void sortsIssuesByRow() {
        var builder = ImportReport.builder();
        builder.add(CSV.issue(9, "a", "1", ImportIssueCode.IMP_050, "later"));
        builder.add(CSV.issue(3, "a", "1", ImportIssueCode.IMP_050, "earlier"));

        assertThat(builder.build().errors()).extracting(ImportIssue::row).containsExactly(3L, 9L);
    }

    @Test
    void listsUpToTheCapThenCountsAndSaysHowManyWereLeftOut() {
        var builder = ImportReport.builder(2);
        for (int row = 2; row < 7; row++) {
            builder.add(CSV.issue(row, "books", "-1", ImportIssueCode.IMP_032, "negative"));
            builder.add(CSV.issue(row, "备注", "备注", ImportIssueCode.IMP_W01, "unknown"));
        }

        ImportReport report = builder.build();

        assertThat(report.errorCount()).isEqualTo(5);
        assertThat(report.warningCount()).isEqualTo(5);
        assertThat(report.errors())
                .extracting(ImportIssue::code)
                .containsExactly(ImportIssueCode.IMP_032, ImportIssueCode.IMP_032, ImportIssueCode.IMP_099);
        assertThat(report.errors().getLast().format())
                .isEqualTo("schools.csv IMP-099 Too many errors: 3 more errors"
                        + " not listed (the report lists the first 2). Maybe fix these and import again.");
        assertThat(report.warnings()).hasSize(2);
        assertThat(report.format()).endsWith("… 3 more warnings not listed\n");
    }

    @Test
    void emptyReportHasNothingToSay() {
        assertThat(ImportReport.empty().format()).isEmpty();
        assertThat(ImportReport.empty().hasErrors()).isFalse();
        assertThat(ImportReport.empty().summary()).isEqualTo("0 errors, 0 warnings");
    }

    @Test
    void rejectedExceptionSummarisesTheFirstErrors() {
        var builder = ImportReport.builder();
        for (int row = 2; row < 7; row++) {
            builder.add(CSV.issue(row, "books", "-1", ImportIssueCode.IMP_032, "negative."));
        }

        var exception = new ImportRejectedException(builder.build());

        assertThat(exception.getMessage()).isEqualTo("""
                Import rejected, nothing imported: 5 errors, 0 warnings
                  schools.csv:2:books value='-1' IMP-032 Negative number: negative.
                  schools.csv:3:books value='-1' IMP-032 Negative number: negative.
                  schools.csv:4:books value='-1' IMP-032 Negative number: negative.
                  …""");
        assertThat(exception.report().errorCount()).isEqualTo(5);
    }

    @Test
    void aRejectionNeedsAnError() {
        assertThatThrownBy(() -> new ImportRejectedException(ImportReport.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
