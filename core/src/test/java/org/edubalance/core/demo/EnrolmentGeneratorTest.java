package org.edubalance.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.demo.DemoEnrolment.Applicant;
import org.edubalance.core.demo.DemoEnrolment.EntryGrade;
import org.edubalance.core.demo.DemoEnrolment.SeatPlan;
import org.edubalance.core.demo.DemoEnrolment.ZoneSchool;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.junit.jupiter.api.Test;

/**
 * The demo city's enrolment rounds against the rules of the admission files (docs/data-formats.md §3): every rule is
 * checked here from the file contract, not from the generator.
 */
class EnrolmentGeneratorTest {
    private static final List<EntryGrade> BOTH = List.of(EntryGrade.G1, EntryGrade.G7);
    private static final List<SchoolYear> CITY =
            new DemoDataGenerator(5).generate(DemoScale.CITY, 2025).schools();
    private static final DemoEnrolment ROUNDS = new EnrolmentGenerator(5).generate(CITY, BOTH);
    private static final Map<String, SchoolYear> SCHOOLS = byCode(CITY);

    /** One round's key: year, county and entry grade. */
    private record Round(int year, String county, EntryGrade grade) {
        static Round of(SeatPlan s) {
            return new Round(s.year(), s.county().value(), s.grade());
        }

        static Round of(ZoneSchool z) {
            return new Round(z.year(), z.county().value(), z.grade());
        }

        static Round of(Applicant a) {
            return new Round(a.year(), a.county().value(), a.grade());
        }
    }

    private record Placed(Round round, String school) {}

    private record ZoneKey(Round round, String zone) {}

    @Test
    void theSameSeedGivesEqualRoundsAndAnotherSeedOthers() {
        assertThat(new EnrolmentGenerator(5).generate(CITY, BOTH)).isEqualTo(ROUNDS);
        assertThat(new EnrolmentGenerator(6).generate(CITY, BOTH).applicants()).isNotEqualTo(ROUNDS.applicants());
    }

    @Test
    void aCountyComesOutTheSameWhicheverCountiesAreGenerated() {
        String first = CITY.getFirst().county().code().value();
        List<SchoolYear> county = CITY.stream()
                .filter(s -> s.county().code().value().equals(first))
                .toList();
        DemoEnrolment alone = new EnrolmentGenerator(5).generate(county, BOTH);
        assertThat(alone.applicants())
                .isEqualTo(ROUNDS.applicants().stream()
                        .filter(a -> a.county().value().equals(first))
                        .toList());
    }

    @Test
    void everySeatRowNamesASchoolOfTheCountyWithTheGradesSegmentOnce() {
        Map<String, SchoolYear> schools = SCHOOLS;
        Set<Placed> seen = new HashSet<>();
        assertThat(ROUNDS.seats()).isNotEmpty().allSatisfy(s -> {
            SchoolYear school = schools.get(s.school().value());
            assertThat(school).as("school of %s", s).isNotNull();
            assertThat(school.year()).isEqualTo(s.year());
            assertThat(school.county().code()).isEqualTo(s.county());
            assertThat(school.segment(s.grade().segment()).students())
                    .as("segment of %s", s)
                    .isPositive();
            assertThat(s.seats()).isNotNegative();
            assertThat(s.seats() % s.grade().classSize())
                    .as("whole classes: %s", s)
                    .isZero();
            assertThat(seen.add(new Placed(Round.of(s), s.school().value())))
                    .as("one row: %s", s)
                    .isTrue();
        });
        assertThat(ROUNDS.seats()).anySatisfy(s -> assertThat(s.seats()).isZero());
        assertThat(ROUNDS.seats().stream().map(SeatPlan::grade).distinct())
                .containsExactlyInAnyOrder(EntryGrade.G1, EntryGrade.G7);
    }

    @Test
    void everyPublicSchoolWithSeatsIsInExactlyOneZoneAndNoPrivateSchoolInAny() {
        Map<String, SchoolYear> schools = SCHOOLS;
        Map<Placed, Integer> zonesPerSchool = new HashMap<>();
        Set<Placed> seatRows = new HashSet<>();
        for (ZoneSchool z : ROUNDS.zones()) {
            zonesPerSchool.merge(new Placed(Round.of(z), z.school().value()), 1, Integer::sum);
            assertThat(schools.get(z.school().value()).ownership()).as("%s", z).isEqualTo(Ownership.PUBLIC);
        }
        for (SeatPlan s : ROUNDS.seats()) {
            Placed key = new Placed(Round.of(s), s.school().value());
            seatRows.add(key);
            boolean isPublic = schools.get(s.school().value()).ownership() == Ownership.PUBLIC;
            assertThat(zonesPerSchool.getOrDefault(key, 0)).as("zones of %s", s).isEqualTo(isPublic ? 1 : 0);
        }
        assertThat(seatRows).containsAll(zonesPerSchool.keySet());
        // Most zones hold one school; some are multi-school zones of two or three.
        Map<ZoneKey, Integer> sizes = zoneSizes();
        long multi = sizes.values().stream().filter(n -> n > 1).count();
        assertThat(multi).isPositive().isLessThan(sizes.size() / 3);
    }

    @Test
    void everyApplicantRowKeepsTheRulesOfTheApplicantsFile() {
        Map<String, SchoolYear> schools = SCHOOLS;
        Map<Placed, Integer> seats = new HashMap<>();
        ROUNDS.seats().forEach(s -> seats.put(new Placed(Round.of(s), s.school().value()), s.seats()));
        Map<Placed, String> zoneOf = new HashMap<>();
        ROUNDS.zones()
                .forEach(z -> zoneOf.put(new Placed(Round.of(z), z.school().value()), z.zoneId()));
        Set<ZoneKey> zones = zoneSizes().keySet();
        Set<String> ids = new HashSet<>();
        for (Applicant a : ROUNDS.applicants()) {
            Round round = Round.of(a);
            assertThat(ids.add(a.year() + "|" + a.grade() + "|" + a.id()))
                    .as("unique id %s", a.id())
                    .isTrue();
            assertThat(a.id()).matches("A" + a.year() + a.county().value() + "\\d{6}");
            for (String zone : zonesOf(a)) {
                assertThat(zones).as("zone %s of %s", zone, a.id()).contains(new ZoneKey(round, zone));
            }
            assertThat(new HashSet<>(a.choices())).as("no school twice: %s", a).hasSameSizeAs(a.choices());
            int privates = 0;
            for (SchoolCode choice : a.choices()) {
                Placed key = new Placed(round, choice.value());
                assertThat(seats.getOrDefault(key, 0))
                        .as("seats of %s for %s", choice, a.id())
                        .isPositive();
                if (schools.get(choice.value()).ownership() == Ownership.PRIVATE) {
                    privates++;
                } else {
                    assertThat(zonesOf(a))
                            .as("zone of %s for %s", choice, a.id())
                            .contains(zoneOf.get(key));
                }
            }
            assertThat(privates).as("private choices of %s", a.id()).isLessThanOrEqualTo(1);
            assertThat(a.choices()).hasSizeLessThanOrEqualTo(5);
            if (a.specialPriority() != null) {
                assertThat(a.specialPriority()).isIn("MILITARY", "FIREFIGHTER", "TALENT");
            }
            if (a.migrant()) {
                assertThat(a.hukouZone())
                        .as("a migrant is registered outside the county")
                        .isNull();
            }
        }
    }

    @Test
    void childrenAreAboutTheCohortAndLookLikeARealCity() {
        for (EntryGrade grade : BOTH) {
            double cohort = CITY.stream()
                    .filter(s -> s.type() != org.edubalance.core.school.SchoolType.SPECIAL_EDUCATION)
                    .mapToDouble(s -> s.segment(grade.segment()).students() / (double) grade.gradesInSegment())
                    .sum();
            long children =
                    ROUNDS.applicants().stream().filter(a -> a.grade() == grade).count();
            assertThat(children / cohort).as("%s", grade).isBetween(1.0, 1.08);
        }
        List<Applicant> all = ROUNDS.applicants();
        assertThat(share(
                        all, a -> !a.choices().isEmpty() && a.choices().stream().anyMatch(c -> isPrivate(c))))
                .isBetween(0.05, 0.15);
        assertThat(share(all, a -> a.specialPriority() != null)).isBetween(0.003, 0.03);
        assertThat(share(all, a -> a.hukouZone() == null)).isBetween(0.05, 0.4);
        assertThat(share(all, a -> a.homeZone() == null)).isBetween(0.005, 0.05);
        assertThat(share(
                        all,
                        a -> a.hukouZone() != null
                                && a.homeZone() != null
                                && !a.hukouZone().equals(a.homeZone())))
                .isBetween(0.03, 0.2);
        assertThat(share(all, a -> a.homeZone() != null && a.home() != null)).isGreaterThan(0.95);
        // Migrant children: 10–25 % in the county seats, where most of them live, and many hold a residence permit.
        Map<ZoneKey, Location> zoneLocations = new HashMap<>();
        ROUNDS.zones()
                .forEach(z -> zoneLocations.putIfAbsent(
                        new ZoneKey(Round.of(z), z.zoneId()),
                        SCHOOLS.get(z.school().value()).location()));
        List<Applicant> urban =
                all.stream().filter(a -> livesInTheCountySeat(a, zoneLocations)).toList();
        assertThat(share(urban, Applicant::migrant)).isBetween(0.08, 0.27);
        List<Applicant> migrants = all.stream().filter(Applicant::migrant).toList();
        assertThat(share(migrants, Applicant::residencePermit)).isBetween(0.5, 0.9);
    }

    @Test
    void withCoordinationEveryChildHasAPlaceWithoutItSomeLoseInOversubscribedZones() {
        Map<Round, Integer> publicSeats = new HashMap<>();
        Map<ZoneKey, Integer> zoneSeats = new HashMap<>();
        Map<Placed, String> zoneOf = new HashMap<>();
        ROUNDS.zones()
                .forEach(z -> zoneOf.put(new Placed(Round.of(z), z.school().value()), z.zoneId()));
        for (SeatPlan s : ROUNDS.seats()) {
            if (!isPrivate(s.school())) {
                publicSeats.merge(Round.of(s), s.seats(), Integer::sum);
                String zone = zoneOf.get(new Placed(Round.of(s), s.school().value()));
                zoneSeats.merge(new ZoneKey(Round.of(s), zone), s.seats(), Integer::sum);
            }
        }
        Map<Round, Integer> children = new HashMap<>();
        // Children whose only schools without coordination are those of one zone: no private choice, and hukou and
        // home zone the same or one of them blank.
        Map<ZoneKey, Integer> boundToOneZone = new HashMap<>();
        for (Applicant a : ROUNDS.applicants()) {
            children.merge(Round.of(a), 1, Integer::sum);
            Set<String> zones = zonesOf(a);
            if (zones.size() == 1 && a.choices().stream().noneMatch(this::isPrivate)) {
                boundToOneZone.merge(new ZoneKey(Round.of(a), zones.iterator().next()), 1, Integer::sum);
            }
        }
        // With coordination every public school with seats is on every list, so each child has a place when the
        // public seats of the round are at least its children.
        assertThat(children)
                .allSatisfy((round, n) -> assertThat(publicSeats.get(round))
                        .as("public seats of %s", round)
                        .isGreaterThanOrEqualTo(n));
        // Without it, the children bound to a zone beyond its seats cannot all be placed: such zones exist in most
        // rounds, and there the lottery decides.
        long oversubscribedRounds = boundToOneZone.entrySet().stream()
                .filter(e -> e.getValue() > zoneSeats.getOrDefault(e.getKey(), 0))
                .map(e -> e.getKey().round())
                .distinct()
                .count();
        assertThat(oversubscribedRounds).isGreaterThan(children.size() / 2);
    }

    @Test
    void benchmarkRoundsHaveTheirSizes() {
        DemoBenchmark.Instance city = DemoBenchmark.ADMISSION_CITY.generate(1, 2025);
        assertThat(city.schools()).hasSize(300);
        assertThat(city.schools())
                .allSatisfy(s -> assertThat(s.primary().students()).isPositive());
        assertThat(city.enrolment().applicants()).hasSize(100_000);
        assertThat(city.enrolment().seats()).hasSize(300);
        assertThat(city.enrolment().applicants().stream()
                        .mapToInt(a -> a.choices().size())
                        .max())
                .hasValue(5);
        assertThat(city.enrolment().applicants().stream()
                        .map(a -> a.county().value())
                        .distinct())
                .containsExactly("720101");
    }

    private static Map<ZoneKey, Integer> zoneSizes() {
        Map<ZoneKey, Integer> sizes = new HashMap<>();
        ROUNDS.zones().forEach(z -> sizes.merge(new ZoneKey(Round.of(z), z.zoneId()), 1, Integer::sum));
        return sizes;
    }

    private static Set<String> zonesOf(Applicant a) {
        Set<String> zones = new HashSet<>();
        if (a.hukouZone() != null) {
            zones.add(a.hukouZone());
        }
        if (a.homeZone() != null) {
            zones.add(a.homeZone());
        }
        return zones;
    }

    private static Map<String, SchoolYear> byCode(List<SchoolYear> schools) {
        Map<String, SchoolYear> map = new HashMap<>();
        schools.forEach(s -> map.put(s.code().value(), s));
        return map;
    }

    private boolean isPrivate(SchoolCode code) {
        return SCHOOLS.get(code.value()).ownership() == Ownership.PRIVATE;
    }

    /** Whether the child's home zone holds a school of the county seat (the demo's zones never mix locations). */
    private static boolean livesInTheCountySeat(Applicant a, Map<ZoneKey, Location> zoneLocations) {
        return a.homeZone() != null && zoneLocations.get(new ZoneKey(Round.of(a), a.homeZone())) == Location.URBAN;
    }

    private static double share(List<Applicant> applicants, java.util.function.Predicate<Applicant> test) {
        return applicants.stream().filter(test).count() / (double) applicants.size();
    }
}
