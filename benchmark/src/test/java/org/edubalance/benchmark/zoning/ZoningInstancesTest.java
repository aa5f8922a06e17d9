package org.edubalance.benchmark.zoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.BlockAdjacency;
import org.edubalance.core.zoning.Entrants;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningPins;
import org.edubalance.core.zoning.ZoningSchool;
import org.edubalance.planning.solver.MipResult;
import org.junit.jupiter.api.Test;

/**
 * The zoning benchmark's instances have the sizes issue 12 names and the properties the benchmark states, and the
 * textbook model's optimum on a small area equals the best of every partition enumerated by hand.
 */
class ZoningInstancesTest {

    @Test
    void theCountyAndTheCityHaveTheirSizesAConnectedGraphAndSchoolsInBlocksOfTheirOwn() {
        for (ZoningArea area : List.of(ZoningInstances.county(1), ZoningInstances.city(1))) {
            boolean county = area.blocks().size() == 1_500;
            assertThat(area.blocks()).hasSize(county ? 1_500 : 10_000);
            assertThat(area.schools()).hasSize(county ? 60 : 300);
            Set<String> all = new HashSet<>();
            area.blocks().forEach(b -> all.add(b.id()));
            assertThat(all).hasSize(area.blocks().size());
            assertThat(reach(area.blocks().getFirst().id(), all, area.adjacency()))
                    .isEqualTo(all);
            assertThat(area.schools().stream().map(ZoningSchool::blockId).distinct())
                    .hasSize(area.schools().size())
                    .allMatch(all::contains);
            assertThat(area.horizon()).hasSize(3);
            for (int year : area.horizon()) {
                double entrants = area.blocks().stream()
                        .mapToDouble(b -> Entrants.of(b, area.year(), year, area.grade(), 1.0))
                        .sum();
                double seats =
                        area.schools().stream().mapToInt(ZoningSchool::seats).sum();
                assertThat(seats / entrants).isBetween(1.0, 1.25);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameAreaAndAnotherSeedAnother() {
        ZoningArea a = ZoningInstances.county(3);
        ZoningArea b = ZoningInstances.county(3);
        assertThat(b.blocks()).isEqualTo(a.blocks());
        assertThat(b.schools()).isEqualTo(a.schools());
        assertThat(b.adjacency().pairs()).isEqualTo(a.adjacency().pairs());
        assertThat(ZoningInstances.county(4).blocks()).isNotEqualTo(a.blocks());
    }

    @Test
    void theFlowModelsOptimumIsTheBestContiguousPartitionWithinCapacity() {
        int bindingSeeds = 0;
        for (long seed = 1; seed <= 4; seed++) {
            ZoningArea area = ZoningInstances.of(seed, 3, 4, 1, 2);
            double best = bestByEnumeration(area);
            // Each block to its nearest school, rules ignored: where the best plan costs more, the rules bind.
            double unconstrained = 0;
            for (Block b : area.blocks()) {
                unconstrained += Entrants.of(b, area.year(), area.planYear(), area.grade(), 1.0)
                        * area.schools().stream()
                                .mapToDouble(s -> ZoningFlowModel.km(area, b, s))
                                .min()
                                .orElseThrow();
            }
            bindingSeeds += best > unconstrained + 1e-6 ? 1 : 0;
            try (ZoningFlowModel model = ZoningFlowModel.build(area, ZoningPins.NONE, 0)) {
                MipResult result = model.solve(Duration.ofSeconds(20));
                assertThat(result.optimal()).as("seed " + seed).isTrue();
                assertThat(result.objective())
                        .as("seed " + seed)
                        .isCloseTo(best, org.assertj.core.data.Offset.offset(1e-6));
            }
        }
    }

    /** Every assignment of the 12 blocks to the 2 schools, the best that keeps capacity and contiguity. */
    private static double bestByEnumeration(ZoningArea area) {
        List<Block> blocks = area.blocks();
        List<ZoningSchool> schools = area.schools();
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < 1 << blocks.size(); mask++) {
            Map<String, SchoolCode> plan = new HashMap<>();
            for (int b = 0; b < blocks.size(); b++) {
                plan.put(blocks.get(b).id(), schools.get((mask >> b) & 1).code());
            }
            if (PlanRecheck.of(area, plan, ZoningPins.NONE).passed()) {
                best = Math.min(best, ZoningFlowModel.objective(area, plan));
            }
        }
        assertThat(best).isFinite();
        return best;
    }

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
