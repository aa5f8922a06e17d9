package org.edubalance.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.demo.DemoEnrolment.EntryGrade;
import org.edubalance.core.demo.DemoEnrolment.SeatPlan;
import org.edubalance.core.demo.DemoEnrolment.ZoneSchool;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.BlockAdjacency;
import org.junit.jupiter.api.Test;

/**
 * The demo city's blocks against what the zoning files and the zoning problem need (docs/planning/zoning.md): checked
 * from the rules, by walking the graph and summing the children, not from the generator's internals.
 */
class BlockGeneratorTest {
    private static final List<SchoolYear> CITY =
            new DemoDataGenerator(5).generate(DemoScale.CITY, 2025).schools();
    private static final DemoEnrolment ROUNDS =
            new EnrolmentGenerator(5).generate(CITY, List.of(EntryGrade.G1, EntryGrade.G7));
    private static final DemoBlocks BLOCKS = new BlockGenerator(5).generate(CITY, ROUNDS);

    @Test
    void everyCountyWithARoundHasBlocksWithIdsUniqueInTheDemoAndNamesUniqueInTheCounty() {
        Set<String> counties = new HashSet<>();
        ROUNDS.seats().forEach(s -> counties.add(s.county().value()));
        assertThat(BLOCKS.counties()).extracting(c -> c.county().value()).containsExactlyInAnyOrderElementsOf(counties);
        Set<String> ids = new HashSet<>();
        for (DemoBlocks.County county : BLOCKS.counties()) {
            assertThat(county.blocks()).hasSizeGreaterThan(200);
            Set<String> names = new HashSet<>();
            for (Block b : county.blocks()) {
                assertThat(b.id()).matches("B\\d{4,}");
                assertThat(ids.add(b.id())).as(b.id()).isTrue();
                assertThat(names.add(b.name())).as(b.name()).isTrue();
            }
        }
    }

    @Test
    void theSameSeedGivesEqualBlocksAndAnotherSeedOthers() {
        DemoBlocks again = new BlockGenerator(5).generate(CITY, ROUNDS);
        for (int i = 0; i < BLOCKS.counties().size(); i++) {
            DemoBlocks.County a = BLOCKS.counties().get(i);
            DemoBlocks.County b = again.counties().get(i);
            assertThat(b.blocks()).isEqualTo(a.blocks());
            assertThat(b.shapes()).isEqualTo(a.shapes());
            assertThat(b.adjacency().pairs()).isEqualTo(a.adjacency().pairs());
            assertThat(b.zones()).isEqualTo(a.zones());
            assertThat(b.schoolBlocks()).isEqualTo(a.schoolBlocks());
        }
        assertThat(new BlockGenerator(6)
                        .generate(CITY, ROUNDS)
                        .counties()
                        .getFirst()
                        .blocks())
                .isNotEqualTo(BLOCKS.counties().getFirst().blocks());
    }

    @Test
    void blocksAreSquareIshAndTouchAlongAWholeEdge() {
        List<Double> sides = new ArrayList<>();
        for (DemoBlocks.County county : BLOCKS.counties()) {
            Map<String, DemoBlocks.Shape> shapes = new HashMap<>();
            county.shapes().forEach(s -> shapes.put(s.blockId(), s));
            for (DemoBlocks.Shape s : county.shapes()) {
                double kx = 111_320 * Math.cos(Math.toRadians(s.south()));
                sides.add((s.east() - s.west()) * kx);
                sides.add((s.north() - s.south()) * 110_574);
            }
            for (BlockAdjacency.Pair pair : county.adjacency().pairs()) {
                DemoBlocks.Shape a = shapes.get(pair.blockId());
                DemoBlocks.Shape b = shapes.get(pair.neighbourId());
                boolean sideBySide = (a.east() == b.west() || a.west() == b.east())
                        && a.south() == b.south()
                        && a.north() == b.north();
                boolean aboveBelow = (a.north() == b.south() || a.south() == b.north())
                        && a.west() == b.west()
                        && a.east() == b.east();
                assertThat(sideBySide || aboveBelow).as(pair.toString()).isTrue();
            }
        }
        sides.sort(null);
        assertThat(sides.get(sides.size() / 2)).isBetween(300.0, 600.0);
        assertThat(sides.get(sides.size() / 20)).isGreaterThan(150.0);
        assertThat(sides.getLast()).isLessThanOrEqualTo(601.0);
    }

    @Test
    void eachCountysBlockGraphIsConnected() {
        for (DemoBlocks.County county : BLOCKS.counties()) {
            Set<String> all = new HashSet<>();
            county.blocks().forEach(b -> all.add(b.id()));
            assertThat(reach(county.blocks().getFirst().id(), all, county.adjacency()))
                    .as(county.county().value())
                    .isEqualTo(all);
        }
    }

    @Test
    void everySchoolOfARoundStandsInABlockOfItsOwnThatHoldsItsPosition() {
        Map<SchoolCode, SchoolYear> schools = new HashMap<>();
        CITY.forEach(s -> schools.put(s.code(), s));
        for (DemoBlocks.County county : BLOCKS.counties()) {
            Map<String, DemoBlocks.Shape> shapes = new HashMap<>();
            county.shapes().forEach(s -> shapes.put(s.blockId(), s));
            Set<SchoolCode> inRound = new HashSet<>();
            ROUNDS.seats().stream()
                    .filter(s -> s.county().equals(county.county()))
                    .forEach(s -> inRound.add(s.school()));
            assertThat(county.schoolBlocks().keySet()).isEqualTo(inRound);
            assertThat(new HashSet<>(county.schoolBlocks().values())).hasSize(inRound.size());
            county.schoolBlocks().forEach((code, block) -> {
                var at = schools.get(code).position();
                DemoBlocks.Shape s = shapes.get(block);
                assertThat(at.latitude()).as(code.value()).isBetween(s.south(), s.north());
                assertThat(at.longitude()).as(code.value()).isBetween(s.west(), s.east());
            });
        }
    }

    @Test
    void everyBlockIsInAZoneOfItsCountyAndEveryZoneIsOnePieceHoldingItsAdmittingSchools() {
        for (DemoBlocks.County county : BLOCKS.counties()) {
            for (EntryGrade grade : EntryGrade.values()) {
                Map<String, Set<SchoolCode>> zoneSchools = new HashMap<>();
                ROUNDS.zones().stream()
                        .filter(z -> z.county().equals(county.county()) && z.grade() == grade)
                        .forEach(z -> zoneSchools
                                .computeIfAbsent(z.zoneId(), k -> new HashSet<>())
                                .add(z.school()));
                Map<String, String> zoneOf = county.zones().get(grade);
                assertThat(zoneOf.keySet()).hasSize(county.blocks().size());
                assertThat(zoneSchools.keySet()).containsAll(zoneOf.values());
                Map<String, Set<String>> blocksOf = new HashMap<>();
                zoneOf.forEach((block, zone) ->
                        blocksOf.computeIfAbsent(zone, k -> new HashSet<>()).add(block));
                blocksOf.forEach(
                        (zone, blocks) -> assertThat(reach(blocks.iterator().next(), blocks, county.adjacency()))
                                .as(county.county().value() + " " + grade + " " + zone)
                                .isEqualTo(blocks));
                for (SeatPlan s : seatsOf(county, grade)) {
                    if (s.seats() > 0 && publicSchool(s.school())) {
                        String zone = zoneSchools.entrySet().stream()
                                .filter(e -> e.getValue().contains(s.school()))
                                .map(Map.Entry::getKey)
                                .findFirst()
                                .orElseThrow();
                        assertThat(zoneOf.get(county.schoolBlocks().get(s.school())))
                                .as(s.school().value())
                                .isEqualTo(zone);
                    }
                }
            }
        }
    }

    @Test
    void eachGradesEntrantsAre85To95PercentOfThePublicSeatsInTheDataYear() {
        for (DemoBlocks.County county : BLOCKS.counties()) {
            for (EntryGrade grade : EntryGrade.values()) {
                int age = grade == EntryGrade.G1 ? 6 : 12;
                double seats = seatsOf(county, grade).stream()
                        .filter(s -> publicSchool(s.school()))
                        .mapToInt(SeatPlan::seats)
                        .sum();
                double entrants =
                        county.blocks().stream().mapToInt(b -> b.children(age)).sum();
                assertThat(entrants / seats)
                        .as(county.county().value() + " " + grade)
                        .isBetween(0.85, 0.95);
            }
        }
    }

    @Test
    void theSixYearForecastOfGrade1ShowsAFewZonesShortOfSeats() {
        int zoneYears = 0;
        int short_ = 0;
        for (DemoBlocks.County county : BLOCKS.counties()) {
            Map<String, Integer> seatsOfZone = new HashMap<>();
            Map<SchoolCode, Integer> seats = new HashMap<>();
            seatsOf(county, EntryGrade.G1).forEach(s -> seats.put(s.school(), s.seats()));
            for (ZoneSchool z : ROUNDS.zones()) {
                if (z.county().equals(county.county()) && z.grade() == EntryGrade.G1) {
                    seatsOfZone.merge(z.zoneId(), seats.getOrDefault(z.school(), 0), Integer::sum);
                }
            }
            Map<String, String> zoneOf = county.zones().get(EntryGrade.G1);
            for (int k = 1; k <= 6; k++) {
                Map<String, Integer> entrants = new HashMap<>();
                for (Block b : county.blocks()) {
                    entrants.merge(zoneOf.get(b.id()), b.children(6 - k), Integer::sum);
                }
                for (var e : entrants.entrySet()) {
                    zoneYears++;
                    short_ += e.getValue() > seatsOfZone.get(e.getKey()) ? 1 : 0;
                }
            }
        }
        assertThat(short_).isPositive().isLessThan(zoneYears / 4);
    }

    @Test
    void otherSeedsGiveCountiesThatAreConnectedWithContiguousZonesToo() {
        for (long s = 1; s <= 6; s++) {
            long seed = s;
            List<SchoolYear> county =
                    new DemoDataGenerator(seed).generate(DemoScale.COUNTY, 2025).schools();
            DemoEnrolment rounds = new EnrolmentGenerator(seed).generate(county, List.of(EntryGrade.G1, EntryGrade.G7));
            DemoBlocks.County blocks =
                    new BlockGenerator(seed).generate(county, rounds).counties().getFirst();
            Set<String> all = new HashSet<>();
            blocks.blocks().forEach(b -> all.add(b.id()));
            assertThat(reach(blocks.blocks().getFirst().id(), all, blocks.adjacency()))
                    .as("seed " + seed)
                    .isEqualTo(all);
            for (Map<String, String> zoneOf : blocks.zones().values()) {
                Map<String, Set<String>> blocksOf = new HashMap<>();
                zoneOf.forEach((block, zone) ->
                        blocksOf.computeIfAbsent(zone, k -> new HashSet<>()).add(block));
                blocksOf.forEach((zone, in) -> assertThat(reach(in.iterator().next(), in, blocks.adjacency()))
                        .as("seed " + seed + " zone " + zone)
                        .isEqualTo(in));
            }
        }
    }

    private static List<SeatPlan> seatsOf(DemoBlocks.County county, EntryGrade grade) {
        return ROUNDS.seats().stream()
                .filter(s -> s.county().equals(county.county()) && s.grade() == grade)
                .toList();
    }

    private static boolean publicSchool(SchoolCode code) {
        return CITY.stream().anyMatch(s -> s.code().equals(code) && s.ownership() == Ownership.PUBLIC);
    }

    /** The blocks of {@code within} reachable from {@code start} through blocks of {@code within}. */
    private static Set<String> reach(String start, Set<String> within, BlockAdjacency adjacency) {
        Set<String> seen = new HashSet<>(List.of(start));
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            for (String next : adjacency.neighbours(queue.poll())) {
                if (within.contains(next) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }
}
