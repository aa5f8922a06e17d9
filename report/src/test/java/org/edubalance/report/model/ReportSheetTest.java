package org.edubalance.report.model;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportSheetTest {

    @Test
    void rejectsNamesSpreadsheetsRefuse() {
        assertThatIllegalArgumentException().isThrownBy(() -> sheet("a/b"));
        assertThatIllegalArgumentException().isThrownBy(() -> sheet("x".repeat(32)));
        assertThatIllegalArgumentException().isThrownBy(() -> sheet(" "));
    }

    @Test
    void rejectsNotesThatDoNotMatchTheColumns() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new ReportSheet("s", List.of(), List.of("a", "b"), List.of("A"), 0, ReportRows.empty()))
                .withMessageContaining("2 headers but 1 notes");
    }

    @Test
    void rejectsTwoSheetsOfTheSameName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Report("r", LocalDate.of(2025, 9, 1), List.of(sheet("表Ⅲ"), sheet("表Ⅲ"))));
    }

    private static ReportSheet sheet(String name) {
        return new ReportSheet(name, List.of(), List.of("a"), List.of(), 0, ReportRows.empty());
    }
}
