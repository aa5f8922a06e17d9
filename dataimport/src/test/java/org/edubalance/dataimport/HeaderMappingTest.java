package org.edubalance.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderMappingTest {
    private static final ImportSource SOURCE = new ImportSource("f.csv", null);

    /** A small contract: two required columns, an optional money column. */
    enum Column implements ImportColumn {
        YEAR("year", true, "学年"),
        TEACHING_AREA_M2("teaching_area_m2", true, "教学用房面积"),
        FUNDS_YUAN("funds_yuan", false, "经费（元）");

        private final String id;
        private final boolean required;
        private final List<String> labels;

        Column(String id, boolean required, String... labels) {
            this.id = id;
            this.required = required;
            this.labels = List.of(labels);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public List<String> chineseLabels() {
            return labels;
        }

        @Override
        public boolean isRequired() {
            return required;
        }

        @Override
        public boolean isMoney() {
            return id.endsWith("_yuan");
        }
    }

    @Test
    void matchesIdsAndChineseLabelsInAnyOrder() {
        var issues = ImportReport.builder();

        var mapping = HeaderMapping.read(List.of("经费（元）", " YEAR ", "教学用房面积"), Column.class, SOURCE, issues);

        assertThat(issues.build().issues()).isEmpty();
        assertThat(mapping.index(Column.YEAR)).isEqualTo(1);
        assertThat(mapping.index(Column.TEACHING_AREA_M2)).isEqualTo(2);
        assertThat(mapping.index(Column.FUNDS_YUAN)).isZero();
        assertThat(mapping.header(Column.YEAR)).isEqualTo(" YEAR ");
        assertThat(mapping.isInWanyuan(Column.FUNDS_YUAN)).isFalse();
    }

    @Test
    void acceptsHalfWidthBracketsUnitsAndTheWanyuanVariants() {
        var chinese =
                HeaderMapping.read(List.of("学年", "教学用房面积(㎡)", "经费(万元)"), Column.class, SOURCE, ImportReport.builder());
        var english = HeaderMapping.read(
                List.of("year", "teaching_area_m2", "funds_wanyuan"), Column.class, SOURCE, ImportReport.builder());

        assertThat(chinese.index(Column.TEACHING_AREA_M2)).isEqualTo(1);
        assertThat(chinese.isInWanyuan(Column.FUNDS_YUAN)).isTrue();
        assertThat(english.isInWanyuan(Column.FUNDS_YUAN)).isTrue();
    }

    @Test
    void wanyuanOnANonMoneyColumnIsUnknown() {
        var issues = ImportReport.builder();

        HeaderMapping.read(List.of("学年", "教学用房面积", "教学用房面积（万元）"), Column.class, SOURCE, issues);

        assertThat(issues.build().warnings())
                .extracting(ImportIssue::column, ImportIssue::code)
                .containsExactly(tuple("教学用房面积（万元）", ImportIssueCode.IMP_W01));
    }

    @Test
    void reportsMissingRequiredColumnsWithAHintFromAMisspeltHeader() {
        var issues = ImportReport.builder();

        HeaderMapping.read(List.of("yaer", "教学用房面积"), Column.class, SOURCE, issues);

        ImportReport report = issues.build();
        assertThat(report.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(ImportIssueCode.IMP_001);
            assertThat(issue.row()).isEqualTo(1);
            assertThat(issue.column()).isEqualTo("year");
            assertThat(issue.message())
                    .isEqualTo("Column 'year' (学年) is required. Maybe the header 'yaer' is meant to be 'year'.");
        });
        assertThat(report.warnings())
                .singleElement()
                .extracting(ImportIssue::message)
                .isEqualTo("'yaer' is not a known column and is ignored. Maybe 'year' is meant.");
    }

    @Test
    void reportsAColumnGivenTwice() {
        var issues = ImportReport.builder();

        var mapping = HeaderMapping.read(
                List.of("year", "teaching_area_m2", "funds_yuan", "经费（万元）"), Column.class, SOURCE, issues);

        assertThat(issues.build().errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(ImportIssueCode.IMP_002);
            assertThat(issue.column()).isEqualTo("经费（万元）");
            assertThat(issue.message()).contains("'经费（万元）' and 'funds_yuan' both give column 'funds_yuan'");
        });
        assertThat(mapping.index(Column.FUNDS_YUAN)).isEqualTo(2);
    }

    @Test
    void ignoresBlankHeaders() {
        var issues = ImportReport.builder();

        HeaderMapping.read(List.of("year", "", "teaching_area_m2", "  "), Column.class, SOURCE, issues);

        assertThat(issues.build().issues()).isEmpty();
    }

    @Test
    void normalisesWidthSpaceAndCase() {
        assertThat(HeaderMapping.normalize("\uFEFF County_Code ")).isEqualTo("county_code");
        assertThat(HeaderMapping.normalize("县（区）名称")).isEqualTo("县(区)名称");
        assertThat(HeaderMapping.normalize("面积 (㎡)")).isEqualTo("面积(m2)");
    }
}
