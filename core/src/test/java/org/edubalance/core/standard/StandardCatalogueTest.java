package org.edubalance.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardCatalogueTest {
    @TempDir
    Path dir;

    @Test
    void everyShippedPackLoads() {
        for (String id : StandardCatalogue.shippedIds()) {
            assertThat(StandardCatalogue.shipped(id).id()).isEqualTo(id);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "teachers_above_degree_per100, 100, 4.2, 5.3",
        "backbone_teachers_per100, 100, 1.0, 1.0",
        "pe_arts_teachers_per100, 100, 0.9, 0.9",
        "teaching_aux_area_per_student, 1, 4.5, 5.8",
        "sports_area_per_student, 1, 7.5, 10.2",
        "equipment_value_per_student, 1, 2000, 2500",
        "multimedia_rooms_per100, 100, 2.3, 2.4"
    })
    void qualityPackCarriesTheOfficialThresholds(String id, double per, double primary, double junior) {
        Standard standard = StandardCatalogue.shipped("cn-2017-quality");
        IndicatorDefinition indicator = standard.indicator(id).orElseThrow();
        assertThat(indicator.per()).isEqualTo(per);
        assertThat(indicator.threshold(Segment.PRIMARY).getAsDouble()).isEqualTo(primary);
        assertThat(indicator.threshold(Segment.JUNIOR).getAsDouble()).isEqualTo(junior);
    }

    @Test
    void qualityPackTestsEachCvAndEachSchool() {
        Standard standard = StandardCatalogue.shipped("cn-2017-quality");
        assertThat(standard.indicators()).hasSize(7);
        assertThat(standard.cv().mode()).isEqualTo(CvMode.PER_INDICATOR);
        assertThat(standard.cv().limit(Segment.PRIMARY)).isEqualTo(0.50);
        assertThat(standard.cv().limit(Segment.JUNIOR)).isEqualTo(0.45);
        assertThat(standard.schoolRule()).isEqualTo(new SchoolRule(6, 0.85));
        assertThat(standard.split()).isEqualTo(new SplitWeights(1.0, 1.1, 1.32, 1.0, 1.2));
        assertThat(standard.items().stream().filter(i -> i.part() == ItemPart.GOVERNMENT))
                .hasSize(15);
        assertThat(standard.items().stream().filter(i -> i.part() == ItemPart.QUALITY))
                .hasSize(9);
        assertThat(standard.items().stream().filter(i -> i.part() == ItemPart.VETO))
                .hasSize(4);
    }

    @Test
    void basicPackTestsTheCompositeOfEightCvs() {
        Standard standard = StandardCatalogue.shipped("cn-2012-basic");
        assertThat(standard.indicators()).hasSize(8);
        assertThat(standard.cv().mode()).isEqualTo(CvMode.COMPOSITE_MEAN);
        assertThat(standard.cv().limit(Segment.PRIMARY)).isEqualTo(0.65);
        assertThat(standard.cv().limit(Segment.JUNIOR)).isEqualTo(0.55);
        assertThat(standard.schoolRule()).isNull();
        assertThat(standard.scope().excludedTypes()).contains(SchoolType.TEACHING_POINT);
    }

    @Test
    void hebeiPackExtendsTheNationalPackAndExcludesSmallTeachingPoints() {
        Standard hebei = StandardCatalogue.shipped("hebei-2017-quality");
        Standard national = StandardCatalogue.shipped("cn-2017-quality");
        assertThat(hebei.basedOn()).isEqualTo("cn-2017-quality");
        assertThat(hebei.scope().minStudentsForTeachingPoint()).isEqualTo(50);
        assertThat(national.scope().minStudentsForTeachingPoint()).isZero();
        assertThat(hebei.indicators()).isEqualTo(national.indicators());
        assertThat(hebei.items()).isEqualTo(national.items());
    }

    @Test
    void userPackOverridesOneThresholdAndKeepsTheRest() throws IOException {
        Path pack = write("""
                {"id": "my-county-2026", "extends": "cn-2017-quality", "version": "1",
                 "indicators": [{"id": "multimedia_rooms_per100", "threshold": {"PRIMARY": 3.0}}],
                 "cv": {"limit": {"PRIMARY": 0.40}}}
                """);
        Standard standard = StandardCatalogue.load(pack.toString());
        assertThat(standard.id()).isEqualTo("my-county-2026");
        IndicatorDefinition rooms =
                standard.indicator("multimedia_rooms_per100").orElseThrow();
        assertThat(rooms.threshold(Segment.PRIMARY).getAsDouble()).isEqualTo(3.0);
        assertThat(rooms.threshold(Segment.JUNIOR).getAsDouble()).isEqualTo(2.4);
        assertThat(standard.cv().limit(Segment.PRIMARY)).isEqualTo(0.40);
        assertThat(standard.cv().limit(Segment.JUNIOR)).isEqualTo(0.45);
        assertThat(standard.indicators()).hasSize(7);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"id\": \"x\", \"extends\": \"cn-2017-quality\", \"cv\": {\"limit\": {\"PRIMARY\": \"half\"}}}"
                        + "|cv.limit.PRIMARY|expected a number, got \"half\"",
                "{\"id\": \"x\", \"extends\": \"cn-2017-quality\", \"cv\": {\"limit\": {\"PRIMARY\": -1}}}"
                        + "|cv.limit.PRIMARY|must be greater than 0, got -1.0",
                "{\"id\": \"x\", \"extends\": \"cn-2017-quality\", \"schoolRule\": {\"minMet\": 6, \"floorRatio\": 1.5}}"
                        + "|schoolRule.floorRatio|must lie between 0 and 1, got 1.5",
                "{\"id\": \"x\", \"extends\": \"cn-2017-quality\", \"indicators\": [{\"id\": \"new_one\", \"per\": 1}]}"
                        + "|indicators[7].add|is missing",
                "{\"id\": \"x\", \"extends\": \"cn-2017-quality\", \"indicators\": [{\"id\": \"books_ps\", \"per\": 1,"
                        + " \"add\": [\"SHELVES\"], \"name\": {\"zh\": \"a\", \"en\": \"b\"}, \"unit\": {\"zh\": \"a\", \"en\": \"b\"}}]}"
                        + "|indicators[7].add[0]|unknown value 'SHELVES'",
                "{\"id\": \"x\", \"extends\": \"cn-2017-quality\", \"scope\": {\"includePrivte\": false}}"
                        + "|scope.includePrivte|unknown key",
                "{\"id\": \"x\", \"extends\": \"cn-2030-dream\"}|extends|names no shipped pack: cn-2030-dream",
                "{\"id\": \"x\", \"extends\": \"cn-2017-quality\", \"scope\": {\"excludeSchoolTypes\": [\"ZOO\"]}}"
                        + "|scope.excludeSchoolTypes[0]|unknown value 'ZOO'"
            })
    void malformedPackNamesTheKeyAndTheProblem(String json, String key, String problem) throws IOException {
        Path pack = write(json);
        assertThatThrownBy(() -> StandardCatalogue.load(pack.toString()))
                .isInstanceOfSatisfying(InvalidStandardPackException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.problem()).startsWith(problem);
                    assertThat(e.getMessage()).contains(pack.toString());
                });
    }

    @Test
    void brokenJsonNamesLineAndColumn() throws IOException {
        Path pack = write("{\"id\": \"x\",\n  \"version\" \"1\"}");
        assertThatThrownBy(() -> StandardCatalogue.load(pack.toString()))
                .isInstanceOfSatisfying(
                        InvalidStandardPackException.class,
                        e -> assertThat(e.key()).isEqualTo("line 2, column 13"));
    }

    @Test
    void unknownIdThatIsNoFileIsRejectedWithTheShippedIds() {
        assertThatThrownBy(() -> StandardCatalogue.load("cn-2099"))
                .isInstanceOf(InvalidStandardPackException.class)
                .hasMessageContaining("cn-2017-quality, cn-2012-basic, hebei-2017-quality");
    }

    @Test
    void thresholdsAreNotInCode() {
        // Every shipped threshold is read from the pack files: changing a file changes the standard.
        List<IndicatorDefinition> indicators =
                StandardCatalogue.shipped("cn-2017-quality").indicators();
        assertThat(indicators)
                .allSatisfy(i -> assertThat(i.thresholdBySegment()).hasSize(2));
    }

    private Path write(String json) throws IOException {
        Path file = dir.resolve("pack.json");
        Files.writeString(file, json);
        return file;
    }
}
