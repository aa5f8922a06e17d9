package org.edubalance.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.standard.SchoolCheckKind;
import org.junit.jupiter.api.Test;

class FindingTest {
    private static final SchoolRef OWN = new SchoolRef(new SchoolCode("1000000001"), "东关小学");
    private static final SchoolRef OTHER = new SchoolRef(new SchoolCode("1000000002"), "西关小学");

    @Test
    void aReaderKeepsTheCountsButNotTheSchoolsTheyMayNotSee() {
        Finding fails = Finding.of(
                FindingCode.SCHOOLS_FAIL_CHECK,
                "failing",
                2,
                "checked",
                9,
                "check",
                SchoolCheckKind.CLASS_SIZE,
                "schools",
                List.of(tooLarge(OWN), tooLarge(OTHER)),
                "more",
                false);

        Finding principal = fails.readableBy(OWN.code()::equals);

        assertThat(principal.params())
                .containsEntry("failing", 2)
                .containsEntry("checked", 9)
                .containsEntry("schools", List.of(tooLarge(OWN)));
        assertThat(principal.schools()).containsExactly(OWN.code());
        assertThat(fails.readableBy(code -> true)).isEqualTo(fails);
    }

    @Test
    void anExampleSchoolTheReaderMayNotSeeIsLeftOut() {
        Finding lacking = Finding.of(
                FindingCode.SCHOOLS_LACK_FIGURES, "count", 3, "check", SchoolCheckKind.CLASS_SIZE, "example", OTHER);

        assertThat(lacking.readableBy(OWN.code()::equals).params())
                .containsOnlyKeys("count", "check")
                .doesNotContainValue(OTHER);
    }

    @Test
    void aParameterTheCodeDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> Finding.of(FindingCode.CV_OVER_LIMIT, "school", OTHER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CV_OVER_LIMIT has no parameter school");
    }

    @Test
    void parametersKeepTheirOrderLeaveOutNullsAndEqualAnyMapWithTheSameEntries() {
        Finding over =
                Finding.of(FindingCode.CV_OVER_LIMIT, "indicator", "books_per_student", "cv", 0.61, "limit", null);

        assertThat(over.params()).containsExactly(entry("indicator", "books_per_student"), entry("cv", 0.61));
        assertThat(over.params().get("cv")).isEqualTo(0.61);
        assertThat(over.params().get("limit")).isNull();
        Map<String, Object> same = new LinkedHashMap<>();
        same.put("indicator", "books_per_student");
        same.put("cv", 0.61);
        assertThat(over.params()).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(new Finding(FindingCode.CV_OVER_LIMIT, same)).isEqualTo(over);
        assertThat(over.params()).hasToString("{indicator=books_per_student, cv=0.61}");
    }

    @Test
    void parametersCannotBeChangedAfterwards() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("indicator", "books_per_student");
        Finding finding = new Finding(FindingCode.CV_NOT_EVALUABLE, given);

        given.put("indicator", "changed");

        assertThat(finding.params()).containsExactly(entry("indicator", "books_per_student"));
        assertThatThrownBy(() -> finding.params().put("indicator", "x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> finding.params().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNameGivenTwiceKeepsItsPlaceAndTakesTheLaterValue() {
        Finding twice = Finding.of(FindingCode.CV_OVER_LIMIT, "cv", 0.5, "indicator", "x", "cv", 0.7);

        assertThat(twice.params()).containsExactly(entry("cv", 0.7), entry("indicator", "x"));
    }

    private static Finding tooLarge(SchoolRef school) {
        return Finding.of(FindingCode.CLASS_TOO_LARGE, "school", school, "largest", 70, "max", 56.0);
    }
}
