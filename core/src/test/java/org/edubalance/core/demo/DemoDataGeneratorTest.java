package org.edubalance.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.region.County;
import org.edubalance.core.school.SchoolYear;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

    @Test
    void sameSeedGivesEqualData() {
        DemoData first = new DemoDataGenerator(7).generate(DemoScale.CITY, 2024, 2);
        DemoData second = new DemoDataGenerator(7).generate(DemoScale.CITY, 2024, 2);

        assertThat(first.schools()).isEqualTo(second.schools());
        assertThat(first.countyInputs()).isEqualTo(second.countyInputs());
    }

    @Test
    void differentSeedsGiveDifferentData() {
        DemoData first = new DemoDataGenerator(7).generate(DemoScale.COUNTY, 2024);
        DemoData second = new DemoDataGenerator(8).generate(DemoScale.COUNTY, 2024);

        assertThat(first.schools()).isNotEqualTo(second.schools());
        assertThat(first.countyInputs()).isNotEqualTo(second.countyInputs());
    }

    @Test
    void countyScaleHoldsOneCountyOfAboutSixtySchools() {
        for (long seed = 1; seed <= 10; seed++) {
            DemoData data = new DemoDataGenerator(seed).generate(DemoScale.COUNTY, 2024);

            assertThat(counties(data.schools())).hasSize(1);
            assertThat(data.schools()).hasSizeBetween(25, 160);
            assertThat(data.countyInputs()).hasSize(1);
        }
    }

    @Test
    void cityScaleHoldsEightCountiesOfOneCity() {
        DemoData data = new DemoDataGenerator(3).generate(DemoScale.CITY, 2024);

        Set<County> counties = counties(data.schools());
        assertThat(counties).hasSize(8);
        assertThat(counties).extracting(County::cityName).containsOnly("示范市01");
        assertThat(counties)
                .extracting(county -> county.code().cityCode())
                .hasSize(8)
                .containsOnly("720100");
        assertThat(data.countyInputs()).hasSize(8);
        assertThat(data.schools().size() / 8.0).isBetween(40.0, 100.0);
    }

    @Test
    void provinceScaleHoldsOneHundredTwentyCounties() {
        DemoData data = new DemoDataGenerator(3).generate(DemoScale.PROVINCE, 2024);

        Set<County> counties = counties(data.schools());
        assertThat(counties).hasSize(120);
        assertThat(counties).extracting(County::provinceName).containsOnly("示范省01（演示）");
        assertThat(counties).extracting(County::name).doesNotHaveDuplicates();
    }

    @Test
    void nationScaleHoldsAboutTwoHundredThousandSchools() {
        // Its speed is the benchmark's business (evaluate_vs_duckdb.py generates it), not a timed test's.
        DemoData data = new DemoDataGenerator(2025).generate(DemoScale.NATION, 2025);

        assertThat(data.schools()).hasSizeBetween(180_000, 220_000);
        assertThat(counties(data.schools())).hasSizeBetween(2_800, 3_000);
        assertThat(data.countyInputs()).hasSize(DemoScale.NATION.counties());
        assertThat(data.schools()).extracting(s -> s.county().provinceName()).doesNotContainNull();
    }

    @Test
    void aCountyIsTheSameAtEveryScale() {
        DemoDataGenerator generator = new DemoDataGenerator(11);
        DemoData county = generator.generate(DemoScale.COUNTY, 2023, 2);
        DemoData city = generator.generate(DemoScale.CITY, 2023, 2);
        County first = county.schools().getFirst().county();

        assertThat(city.schools().stream().filter(s -> s.county().equals(first)).toList())
                .isEqualTo(county.schools());
        assertThat(city.countyInputs().stream()
                        .filter(inputs -> inputs.county().equals(first.code()))
                        .toList())
                .isEqualTo(county.countyInputs());
    }

    @Test
    void firstYearDoesNotDependOnHowManyYearsFollow() {
        DemoDataGenerator generator = new DemoDataGenerator(5);
        DemoData oneYear = generator.generate(DemoScale.CITY, 2022);
        DemoData fourYears = generator.generate(DemoScale.CITY, 2022, 4);

        assertThat(fourYears.schools().stream().filter(s -> s.year() == 2022).toList())
                .isEqualTo(oneYear.schools());
        assertThat(fourYears.countyInputs().stream()
                        .filter(inputs -> inputs.year() == 2022)
                        .toList())
                .isEqualTo(oneYear.countyInputs());
    }

    @Test
    void rowsAreOrderedByYearThenSchoolCode() {
        List<SchoolYear> rows =
                new DemoDataGenerator(9).generate(DemoScale.CITY, 2020, 3).schools();

        for (int i = 1; i < rows.size(); i++) {
            SchoolYear previous = rows.get(i - 1);
            SchoolYear next = rows.get(i);
            assertThat(previous.year() < next.year()
                            || previous.year() == next.year() && previous.code().compareTo(next.code()) < 0)
                    .as("%s %s before %s %s", previous.year(), previous.code(), next.year(), next.code())
                    .isTrue();
        }
    }

    @Test
    void everyRegionIsLabelledSyntheticAndCodedOutsideRealProvinces() {
        DemoData data = new DemoDataGenerator(1).generate(DemoScale.CITY, 2024);

        for (SchoolYear school : data.schools()) {
            assertThat(school.county().provinceName()).endsWith(DemoDataGenerator.SYNTHETIC_LABEL);
            assertThat(school.county().name()).startsWith("示范县");
            assertThat(Integer.parseInt(school.county().code().value().substring(0, 2)))
                    .isGreaterThan(71)
                    .isNotIn(81, 82);
        }
        for (CountyInputs inputs : data.countyInputs()) {
            assertThat(inputs.inputByName().values())
                    .allSatisfy(input -> assertThat(input.source()).isEqualTo(DemoDataGenerator.INPUT_SOURCE));
        }
    }

    @Test
    void nationProvincesHaveDistinctCodes() {
        List<County> counties = new RegionLayout(1)
                .counties(DemoScale.NATION).stream().map(DemoCounty::county).toList();

        assertThat(counties).hasSize(2_880);
        assertThat(counties.stream().map(c -> c.code().provinceCode()).collect(Collectors.toSet()))
                .hasSize(24);
        assertThat(new HashSet<>(counties.stream().map(County::code).toList())).hasSize(2_880);
    }

    @Test
    void rejectsFewerThanOneYear() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DemoDataGenerator(1).generate(DemoScale.COUNTY, 2024, 0))
                .withMessageContaining("0");
    }

    private static Set<County> counties(List<SchoolYear> schools) {
        return schools.stream().map(SchoolYear::county).collect(Collectors.toSet());
    }
}
