package org.edubalance.core.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edubalance.core.demo.DemoEnrolment.EntryGrade;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;

/**
 * The synthetic instances of the enrolment benchmarks (docs/data-formats.md §3): one admission area of a fixed size
 * with its school rows, generated like the demo counties but laid out as one large area, so that the planners are
 * timed on the sizes a city or a province runs.
 */
public enum DemoBenchmark {
    /** A city round of grade 1: one district of 300 schools with a primary segment and 100,000 children. */
    ADMISSION_CITY("admission-city"),
    /** A province-wide round of grade 1: one area of 3,000 schools and 1,000,000 children. */
    ADMISSION_PROVINCE("admission-province"),
    /** A city's entrance-exam admission: 500 junior highs in ten counties, 60 high schools, 100,000 candidates. */
    EXAM("exam");

    private static final String PROVINCE_NAME = "示范省01" + DemoDataGenerator.SYNTHETIC_LABEL;

    private final String id;

    DemoBenchmark(String id) {
        this.id = id;
    }

    /** The name on the command line. */
    public String id() {
        return id;
    }

    /**
     * The instance's files as values.
     *
     * @param schools the school rows of the area (one school year)
     * @param enrolment the round (empty for {@link #EXAM})
     * @param exam the admission (empty for the rounds)
     */
    public record Instance(List<SchoolYear> schools, DemoEnrolment enrolment, DemoExam exam) {
        public Instance {
            schools = List.copyOf(schools);
        }
    }

    /** The instance for {@code seed} and school year {@code year}; the same arguments give equal instances. */
    public Instance generate(long seed, int year) {
        return switch (this) {
            case ADMISSION_CITY -> round(seed, year, "720101", "示范市01主城区", 300, 0.12, 100_000, new double[] {1, 0, 0});
            case ADMISSION_PROVINCE ->
                round(seed, year, "720199", "示范省01统筹区", 3_000, 1.0, 1_000_000, new double[] {0.5, 0.3, 0.2});
            case EXAM -> exam(seed, year);
        };
    }

    private static Instance round(
            long seed,
            int year,
            String code,
            String name,
            int schoolCount,
            double spread,
            int applicants,
            double[] locationMix) {
        DemoCounty county = county(code, name, new GeoPoint(31.2, 112.5));
        RandomDraws draws = new RandomDraws(county.seed(seed));
        CountyCharacter character = CountyCharacter.draw(draws);
        List<SchoolYear> schools = new ArrayList<>(schoolCount);
        for (int serial = 1; serial <= schoolCount; serial++) {
            Location location = location(locationMix, draws);
            boolean privateSchool = location == Location.URBAN && draws.chance(0.08);
            SchoolType type = draws.chance(privateSchool ? 0.4 : 0.07) ? SchoolType.NINE_YEAR : SchoolType.PRIMARY;
            schools.add(school(county, serial, type, location, privateSchool, spread, year, character, draws));
        }
        DemoEnrolment enrolment = new EnrolmentGenerator(seed)
                .withApplicantsPerRound(applicants)
                .generate(schools, List.of(EntryGrade.G1));
        return new Instance(schools, enrolment, new DemoExam(List.of(), List.of()));
    }

    private static Instance exam(long seed, int year) {
        List<SchoolYear> schools = new ArrayList<>(500);
        for (int k = 0; k < 10; k++) {
            String code = String.format(Locale.ROOT, "7202%02d", 21 + k);
            DemoCounty county = county(
                    code,
                    String.format(Locale.ROOT, "示范县%03d", 9 + k),
                    new GeoPoint(31.6 + 0.2 * (k % 5), 113.0 + 0.25 * (k / 5)));
            RandomDraws draws = new RandomDraws(county.seed(seed));
            CountyCharacter character = CountyCharacter.draw(draws);
            for (int serial = 1; serial <= 50; serial++) {
                Location location = location(new double[] {0.35, 0.4, 0.25}, draws);
                boolean privateSchool = location == Location.URBAN && draws.chance(0.1);
                double kind = draws.uniform(0, 1);
                SchoolType type = !privateSchool && location == Location.URBAN && kind < 0.08
                        ? SchoolType.COMPLETE_SECONDARY
                        : kind < 0.75 ? SchoolType.JUNIOR : SchoolType.NINE_YEAR;
                schools.add(school(county, serial, type, location, privateSchool, 0.2, year, character, draws));
            }
        }
        DemoExam exam = new ExamGenerator(seed).withSize(100_000, 60).generate(schools);
        return new Instance(schools, new DemoEnrolment(List.of(), List.of(), List.of()), exam);
    }

    private static DemoCounty county(String code, String name, GeoPoint centre) {
        return new DemoCounty(
                new County(new RegionCode(code), name, "示范市" + code.substring(2, 4), PROVINCE_NAME), centre);
    }

    private static Location location(double[] mix, RandomDraws draws) {
        double u = draws.uniform(0, 1);
        return u < mix[0] ? Location.URBAN : u < mix[0] + mix[1] ? Location.TOWN : Location.RURAL;
    }

    private static SchoolYear school(
            DemoCounty county,
            int serial,
            SchoolType type,
            Location location,
            boolean privateSchool,
            double spread,
            int year,
            CountyCharacter character,
            RandomDraws draws) {
        String code = county.county().code().value() + String.format(Locale.ROOT, "%04d", serial);
        String number = serial <= 99 ? PlaceNames.chineseNumber(serial) : Integer.toString(serial);
        String name = county.county().name()
                + (privateSchool ? "民办" : "")
                + "第" + number
                + switch (type) {
                    case PRIMARY -> "小学";
                    case JUNIOR -> "初级中学";
                    case COMPLETE_SECONDARY -> "中学";
                    default -> type.chineseName();
                };
        GeoPoint centre = county.centre();
        GeoPoint position = new GeoPoint(
                Math.round((centre.latitude() + draws.uniform(-spread, spread)) * 1e6) / 1e6,
                Math.round((centre.longitude() + draws.uniform(-spread, spread)) * 1e6) / 1e6);
        SchoolProfile profile = new SchoolProfile(
                new SchoolCode(code),
                name,
                "第" + (1 + (serial - 1) / 20) + "片区",
                type,
                location,
                privateSchool ? Ownership.PRIVATE : Ownership.PUBLIC,
                position);
        return SchoolState.draw(profile, character, draws).toSchoolYear(year, county.county(), character);
    }
}
