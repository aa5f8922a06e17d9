package org.edubalance.report.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.edubalance.core.evaluation.Finding;
import org.edubalance.core.evaluation.FindingCode;
import org.edubalance.core.evaluation.SchoolRef;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.standard.SchoolCheckKind;
import org.edubalance.core.standard.StandardCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindingWordsTest {
    private static final SchoolRef OWN = new SchoolRef(new SchoolCode("1301990001"), "城关第一小学");
    private static final SchoolRef OTHER = new SchoolRef(new SchoolCode("1301990002"), "城关第二小学");

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyCodeAndEveryWordedValueHasATextInEachLanguage(String language) {
        FindingWords words = FindingWords.of(Locale.of(language), null);
        List<String> keys = new java.util.ArrayList<>(List.of("yes", "no", "separator", "school"));
        for (FindingCode code : FindingCode.values()) {
            keys.add(code.name());
        }
        for (SchoolCheckKind kind : SchoolCheckKind.values()) {
            keys.add("SchoolCheckKind." + kind.name());
        }
        for (SchoolType type : SchoolType.values()) {
            keys.add("SchoolType." + type.name());
        }
        assertThat(keys).allSatisfy(key -> assertThat(words.has(key)).as(key).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyParameterATextNamesIsOneTheCodeHas(String language) {
        FindingWords words = FindingWords.of(Locale.of(language), null);
        var reference = java.util.regex.Pattern.compile("\\{(\\w+)[!:]?\\d?}");
        for (FindingCode code : FindingCode.values()) {
            var m = reference.matcher(words.text(code.name()));
            while (m.find()) {
                assertThat(code.parameters()).as(code + " in " + language).contains(m.group(1));
            }
        }
    }

    @Test
    void aFindingReadsInTheReadersLanguageWithTheStandardsIndicatorNames() {
        Finding cv = Finding.of(
                FindingCode.CV_OVER_LIMIT, "indicator", "sports_area_per_student", "cv", 0.6471, "limit", 0.5);
        var standard = StandardCatalogue.shipped("cn-2017-quality");
        String name = standard.indicator("sports_area_per_student")
                .orElseThrow()
                .name()
                .zh();

        assertThat(FindingWords.of(Locale.SIMPLIFIED_CHINESE, standard).word(cv))
                .isEqualTo(name + " 差异系数 0.647，超过限值 0.50");
        assertThat(FindingWords.english().word(cv))
                .isEqualTo("CV of sports_area_per_student is 0.647, above the limit 0.50");
    }

    @Test
    void schoolsLeftOutForAReaderLeaveAWholeSentence() {
        Finding fails = Finding.of(
                FindingCode.SCHOOLS_FAIL_CHECK,
                "failing",
                7,
                "checked",
                40,
                "check",
                SchoolCheckKind.CLASS_SIZE,
                "schools",
                List.of(tooLarge(OWN), tooLarge(OTHER)),
                "more",
                true);
        FindingWords zh = FindingWords.of(Locale.SIMPLIFIED_CHINESE, null);

        assertThat(zh.word(fails))
                .isEqualTo("40 所学校中 7 所未达到“最大班额”要求：城关第一小学（1301990001）：最大班额 70 人，超过 56 人；"
                        + "城关第二小学（1301990002）：最大班额 70 人，超过 56 人；……");
        assertThat(zh.word(fails.readableBy(code -> false))).isEqualTo("40 所学校中 7 所未达到“最大班额”要求；……");
        assertThat(FindingWords.english().word(fails.readableBy(OWN.code()::equals)))
                .isEqualTo(
                        "7 of 40 schools fail the check of largest class: 城关第一小学 (1301990001): largest class 70 > 56; …");
    }

    private static Finding tooLarge(SchoolRef school) {
        return Finding.of(FindingCode.CLASS_TOO_LARGE, "school", school, "largest", 70, "max", 56.0);
    }
}
