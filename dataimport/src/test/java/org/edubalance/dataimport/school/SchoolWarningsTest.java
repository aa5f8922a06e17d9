package org.edubalance.dataimport.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.edubalance.dataimport.school.SchoolFiles.resource;

import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportIssueCode;
import org.junit.jupiter.api.Test;

/** Implausible values warn and the import goes on (docs/data-formats.md §1, last sentence). */
class SchoolWarningsTest {

    @Test
    void warnsAboutImplausibleValuesAndImportsEveryRow() {
        SchoolImport imported = new SchoolImporter().importFile(resource("schools-warnings.csv"));

        assertThat(imported.schools()).hasSize(5);
        assertThat(imported.report().errors()).isEmpty();
        assertThat(imported.report().warnings())
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(
                        tuple(1L, "备注", "备注", ImportIssueCode.IMP_W01),
                        tuple(2L, "primary_teachers", "30", ImportIssueCode.IMP_W02),
                        tuple(3L, "junior_students", "0", ImportIssueCode.IMP_W05),
                        tuple(4L, "primary_classes", "0", ImportIssueCode.IMP_W06),
                        tuple(4L, "sports_ground_area_m2", "60000", ImportIssueCode.IMP_W03),
                        tuple(5L, "primary_classes", "11", ImportIssueCode.IMP_W04),
                        tuple(6L, "county_name", "环翠县", ImportIssueCode.IMP_W07));
    }

    @Test
    void explainsTheAreaOutlierWithTheCountyMedian() {
        SchoolImport imported = new SchoolImporter().importFile(resource("schools-warnings.csv"));

        assertThat(imported.report().warnings())
                .filteredOn(issue -> issue.code() == ImportIssueCode.IMP_W03)
                .singleElement()
                .extracting(ImportIssue::message)
                .asString()
                .startsWith("1333.3 m² per student is more than 20 times the median of county 371002 in 2025"
                        + " (19.35 m²).");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(AreaOutlierCheck.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(AreaOutlierCheck.median(new double[] {5})).isEqualTo(5);
        assertThat(AreaOutlierCheck.median(new double[] {})).isNaN();
    }
}
