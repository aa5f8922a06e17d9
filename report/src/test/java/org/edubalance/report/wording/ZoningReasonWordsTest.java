package org.edubalance.report.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.edubalance.planning.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reason the zoning problem is refused with is worded in Chinese and English, and each wording uses only the
 * figures its code carries (ZoningProblemInvalidException's Javadoc), so no brace is left unfilled.
 */
class ZoningReasonWordsTest {

    static Stream<Reason> reasons() {
        return Stream.of(
                Reason.of("ZONING_NO_SCHOOLS", "county", "371002", "grade", "G1"),
                Reason.of("ZONING_SCHOOL_WITHOUT_BLOCK", "count", 2, "schools", "S1, S2"),
                Reason.of("ZONING_SCHOOL_BLOCK_UNKNOWN", "school", "S1", "block", "B7"),
                Reason.of("ZONING_SCHOOLS_SHARE_BLOCK", "block", "B1", "schools", "S1, S2"),
                Reason.of("ZONING_BLOCK_WITHOUT_POSITION", "count", 1, "blocks", "B3"),
                Reason.of("ZONING_UNREACHABLE_BLOCKS", "count", 2, "blocks", "B8, B9"),
                Reason.of("ZONING_SEATS_BELOW_ENTRANTS", "year", 2026, "seats", 40, "entrants", 60.0),
                Reason.of("ZONING_NO_SCHOOL_ALLOWED", "count", 1, "blocks", "B4"),
                Reason.of("ZONING_PIN_UNKNOWN", "block", "B9", "school", "S1"),
                Reason.of("ZONING_INFEASIBLE"));
    }

    @ParameterizedTest
    @MethodSource("reasons")
    void everyReasonIsWordedInBothLanguagesWithEveryFigureFilled(Reason reason) throws IOException {
        Properties zh = bundle("zoning_zh.properties");
        Properties en = bundle("zoning.properties");
        String key = "zoning.error." + reason.code();
        assertThat(zh.getProperty(key)).as(key).isNotBlank();
        assertThat(en.getProperty(key)).as(key).isNotBlank().doesNotContainPattern("\\p{IsHan}");
        String chinese = ZoningReasonWords.word(reason, Locale.CHINESE);
        String english = ZoningReasonWords.word(reason, Locale.ENGLISH);
        assertThat(chinese).doesNotContain("{", "}").containsPattern("\\p{IsHan}");
        assertThat(english).doesNotContain("{", "}").doesNotContainPattern("\\p{IsHan}");
        for (Object figure : reason.params().values()) {
            String shown = figure instanceof Double d
                    ? String.format(Locale.ROOT, "%.1f", d)
                    : figure.equals("G1") ? "" : figure.toString();
            assertThat(chinese).as("zh of " + reason.code()).contains(shown);
            assertThat(english).as("en of " + reason.code()).contains(shown);
        }
    }

    @org.junit.jupiter.api.Test
    void theEntryGradeIsWordedInTheReadersLanguage() {
        Reason noSchools = Reason.of("ZONING_NO_SCHOOLS", "county", "371002", "grade", "G1");

        assertThat(ZoningReasonWords.word(noSchools, Locale.CHINESE))
                .contains("一年级")
                .doesNotContain("G1");
        assertThat(ZoningReasonWords.word(noSchools, Locale.ENGLISH))
                .contains("grade 1")
                .doesNotContain("G1");
    }

    private static Properties bundle(String file) throws IOException {
        var properties = new Properties();
        try (var in = ZoningReasonWordsTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
