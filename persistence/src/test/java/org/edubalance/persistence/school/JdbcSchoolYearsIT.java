package org.edubalance.persistence.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.edubalance.core.dataset.DatasetImport;
import org.edubalance.core.dataset.DatasetKind;
import org.edubalance.core.demo.DemoData;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.region.County;
import org.edubalance.core.region.Region;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.RegionLevel;
import org.edubalance.core.school.ConcurrentEditException;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.StoredSchoolYear;
import org.edubalance.core.school.SupplementaryFigures;
import org.edubalance.persistence.TestDatabase;
import org.edubalance.persistence.county.JdbcCountyInputStore;
import org.edubalance.persistence.dataset.JdbcDatasetImports;
import org.edubalance.persistence.region.JdbcRegions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcSchoolYearsIT {
    private static final DemoData DEMO = new DemoDataGenerator(3).generate(DemoScale.COUNTY, 2024, 2);

    private final DataSource dataSource = TestDatabase.dataSource();
    private final JdbcRegions regions = new JdbcRegions(dataSource);
    private final JdbcSchoolYears schoolYears = new JdbcSchoolYears(dataSource, regions);
    private final JdbcCountyInputStore countyInputs = new JdbcCountyInputStore(dataSource);
    private long importId;

    @BeforeEach
    void storeDemo() {
        JdbcClient.create(dataSource)
                .sql("truncate school_year, county_input, data_import, region cascade")
                .update();
        importId = new JdbcDatasetImports(dataSource)
                .add(new DatasetImport(
                        0, DatasetKind.DEMO, "demo", "0".repeat(64), "system", Instant.EPOCH, 1, List.of(2024, 2025)))
                .id();
        schoolYears.addAll(DEMO.schools(), importId);
        countyInputs.addAll(DEMO.countyInputs(), importId);
    }

    @Test
    void readsBackEverySchoolYearEqualToWhatWasStored() {
        List<SchoolYear> stored = schoolYears.ofYear(2025);
        List<SchoolYear> expected =
                DEMO.schools().stream().filter(s -> s.year() == 2025).toList();

        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(schoolYears.years()).containsExactly(2025, 2024);
        assertThat(schoolYears.isEmpty()).isFalse();
    }

    @Test
    void derivesTheRegionHierarchyFromTheDivisionCodes() {
        List<Region> all = regions.all();
        SchoolYear first = DEMO.schools().getFirst();

        assertThat(all.getFirst().level()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(all)
                .anySatisfy(r ->
                        assertThat(r.code()).isEqualTo(first.county().code().cityCode()));
        assertThat(regions.counties()).containsExactly(first.county());
        assertThat(all.stream().filter(r -> r.level() == RegionLevel.TOWNSHIP)).isNotEmpty();
    }

    @Test
    void refusesAnEditBasedOnAStaleVersion() {
        SchoolYear school = DEMO.schools().getFirst();
        StoredSchoolYear read = schoolYears.find(school.code(), school.year()).orElseThrow();
        SchoolYear edited = school.withSupplementary(new SupplementaryFigures(45, 0, 2, 2, 0, 0, 0, 0, null, null, 30));

        StoredSchoolYear saved = schoolYears.update(edited, read.version());

        assertThat(saved.version()).isGreaterThan(read.version());
        assertThat(schoolYears.find(school.code(), school.year()).orElseThrow()).isEqualTo(saved);
        assertThatThrownBy(() -> schoolYears.update(school, read.version()))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
    }

    @Test
    void keepsCountyInputsPerYear() {
        assertThat(countyInputs.ofYear(2025).values())
                .containsExactlyInAnyOrderElementsOf(DEMO.countyInputs().stream()
                        .filter(c -> c.year() == 2025 && !c.inputByName().isEmpty())
                        .toList());
        assertThat(countyInputs.removeYear(2024)).isPositive();
        assertThat(countyInputs.ofYear(2024)).isEmpty();
    }

    @Test
    void removesAYearWhole() {
        int removed = schoolYears.removeYear(2024);

        assertThat(removed).isEqualTo(DEMO.schools().size() / 2);
        assertThat(schoolYears.years()).containsExactly(2025);
    }

    @Test
    void aYearReplacedByAnImportGetsVersionsAboveEveryVersionReadBefore() {
        SchoolYear school = DEMO.schools().getFirst();
        StoredSchoolYear read = schoolYears.find(school.code(), school.year()).orElseThrow();
        StoredSchoolYear edited = schoolYears.update(school, read.version());
        List<SchoolYear> year =
                DEMO.schools().stream().filter(s -> s.year() == school.year()).toList();

        schoolYears.removeYear(school.year());
        schoolYears.addAll(year, importId);

        StoredSchoolYear reimported =
                schoolYears.find(school.code(), school.year()).orElseThrow();
        assertThat(reimported.version()).isGreaterThan(edited.version());
        assertThatThrownBy(() -> schoolYears.update(school, read.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> schoolYears.update(school, edited.version()))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void anEditNeverRenamesTheRegionsOfEveryOtherSchool() {
        SchoolYear school = DEMO.schools().getFirst();
        StoredSchoolYear read = schoolYears.find(school.code(), school.year()).orElseThrow();
        County county = school.county();
        SchoolYear moved = new SchoolYear(
                school.year(),
                new County(county.code(), "Renamed", "Other city", "Other province"),
                school.townName(),
                school.code(),
                school.name(),
                school.type(),
                school.location(),
                school.ownership(),
                school.position(),
                school.primary(),
                school.junior(),
                school.seniorStudents(),
                school.assets(),
                school.supplementary());

        schoolYears.update(moved, read.version());

        assertThat(regions.counties()).containsExactly(county);
    }

    @Test
    void anImportNamesNewRegionsButKeepsTheNamesHeld() {
        County county = DEMO.schools().getFirst().county();
        regions.addCounty(new County(county.code(), "Old name", "Old city", "Old province"));
        RegionCode other = new RegionCode("990101");
        regions.addCounty(new County(other, "New county", null, "New province"));

        assertThat(regions.counties()).containsExactly(county, new County(other, "New county", null, "New province"));
    }

    @Test
    void renamesARegionOnPurpose() {
        County county = DEMO.schools().getFirst().county();

        Optional<Region> renamed = regions.rename(county.code().value(), "新区");

        assertThat(renamed).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("新区"));
        assertThat(regions.counties().getFirst().name()).isEqualTo("新区");
        assertThat(schoolYears.ofYear(2025).getFirst().county().name()).isEqualTo("新区");
        assertThat(regions.rename("000000", "Nowhere")).isEmpty();
    }
}
