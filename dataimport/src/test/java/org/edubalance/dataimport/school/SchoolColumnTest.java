package org.edubalance.dataimport.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.edubalance.core.school.Segment;
import org.edubalance.dataimport.HeaderMapping;
import org.junit.jupiter.api.Test;

class SchoolColumnTest {

    @Test
    void idsAreTheEnumNamesInLowerCase() {
        for (SchoolColumn column : SchoolColumn.values()) {
            assertThat(column.id()).isEqualTo(column.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void noTwoColumnsShareAnIdOrLabel() {
        List<String> keys = new ArrayList<>();
        for (SchoolColumn column : SchoolColumn.values()) {
            keys.add(HeaderMapping.normalize(column.id()));
            column.chineseLabels().forEach(label -> keys.add(HeaderMapping.normalize(label)));
        }
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void segmentColumnsTakeTheSegmentPrefixInBothLanguages() {
        assertThat(SchoolColumn.JUNIOR_TEACHERS.chineseLabels()).containsExactly("初中部专任教师数", "初中专任教师数");
        assertThat(SchoolColumn.PRIMARY_PE_ARTS_TEACHERS.chineseLabel()).isEqualTo("小学部体育、艺术（音乐、美术）专任教师数");
        assertThat(SchoolColumn.of(Segment.PRIMARY))
                .extracting(SchoolColumn::id)
                .containsExactly(
                        "primary_students",
                        "primary_classes",
                        "primary_teachers",
                        "primary_teachers_above_degree",
                        "primary_teachers_mid_senior_title",
                        "primary_backbone_teachers",
                        "primary_pe_arts_teachers");
    }

    @Test
    void requiredColumnsAreTheIdentityAndAssetColumnsOfTheContract() {
        assertThat(Arrays.stream(SchoolColumn.values())
                        .filter(SchoolColumn::isRequired)
                        .map(SchoolColumn::id))
                .containsExactly(
                        "year",
                        "county_code",
                        "county_name",
                        "school_code",
                        "school_name",
                        "school_type",
                        "location",
                        "teaching_aux_area_m2",
                        "indoor_sports_area_m2",
                        "sports_ground_area_m2",
                        "equipment_value_yuan",
                        "multimedia_classrooms",
                        "computers",
                        "books");
    }

    @Test
    void moneyColumnsAreTheYuanColumns() {
        assertThat(Arrays.stream(SchoolColumn.values()).filter(SchoolColumn::isMoney))
                .containsExactly(
                        SchoolColumn.EQUIPMENT_VALUE_YUAN,
                        SchoolColumn.PUBLIC_FUNDS_YUAN,
                        SchoolColumn.TRAINING_FUNDS_YUAN);
    }
}
