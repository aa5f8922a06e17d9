package org.edubalance.planning.zoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.BlockAdjacency;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningPins;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveSettings;
import org.junit.jupiter.api.Test;

/** What cannot be zoned is refused before any work, with the reason's code and the blocks or schools named. */
class ZoningInvalidInputTest {
    private static final SolveSettings SETTINGS = new SolveSettings(Duration.ofSeconds(5), 1);

    private static List<Block> row(int length, int entrants) {
        List<Block> blocks = new ArrayList<>();
        for (int c = 0; c < length; c++) {
            blocks.add(GridCounty.block(0, c, entrants));
        }
        return blocks;
    }

    private static ZoningAreaFactory.SchoolSite site(int k, int seats, String block) {
        return new ZoningAreaFactory.SchoolSite(GridCounty.school(k), seats, block, null);
    }

    private static ZoningArea area(List<Block> blocks, BlockAdjacency adjacency, List<ZoningAreaFactory.SchoolSite> s) {
        return ZoningAreaFactory.of(
                2025, GridCounty.COUNTY, EntryGrade.G1, blocks, adjacency, s, GridCounty.policy(1, 0, null));
    }

    private static String code(Runnable run) {
        try {
            run.run();
        } catch (ZoningProblemInvalidException e) {
            return e.reason().code() + " " + e.reason().params();
        }
        return "no error";
    }

    @Test
    void aSchoolWithoutBlockTwoSchoolsInOneBlockAndABlockWithoutPositionAreNamed() {
        List<Block> blocks = row(3, 10);
        BlockAdjacency path = GridCounty.rook(1, 3);
        assertThat(code(() -> area(
                        blocks, path, List.of(new ZoningAreaFactory.SchoolSite(GridCounty.school(1), 40, null, null)))))
                .isEqualTo("ZONING_SCHOOL_WITHOUT_BLOCK {count=1, schools=3710020001}");
        assertThat(code(() -> area(blocks, path, List.of(site(1, 20, "B0001"), site(2, 20, "B0001")))))
                .isEqualTo("ZONING_SCHOOLS_SHARE_BLOCK {block=B0001, schools=3710020001, 3710020002}");
        List<Block> unplaced = new ArrayList<>(blocks);
        unplaced.set(2, new Block("B0002", "x", null, blocks.get(2).childrenByAge()));
        assertThat(code(() -> area(unplaced, path, List.of(site(1, 40, "B0000")))))
                .isEqualTo("ZONING_BLOCK_WITHOUT_POSITION {count=1, blocks=B0002}");
    }

    @Test
    void seatsBelowEntrantsAndBlocksNoSchoolCanReachAreRefused() {
        List<Block> blocks = row(4, 10);
        ZoningArea short1 = area(blocks, GridCounty.rook(1, 4), List.of(site(1, 39, "B0000")));
        assertThatThrownBy(() -> ZoningPlanner.plan(short1, ZoningPins.NONE, SETTINGS, SolveListener.IGNORE))
                .isInstanceOf(ZoningProblemInvalidException.class)
                .hasMessageContaining("In 2026 the county's 40.0 entrants exceed its 39 seats");
        // B0003 touches nothing: no connected zone reaches it.
        BlockAdjacency cut = BlockAdjacency.of(
                List.of(new BlockAdjacency.Pair("B0000", "B0001"), new BlockAdjacency.Pair("B0001", "B0002")));
        ZoningArea split = area(blocks, cut, List.of(site(1, 40, "B0000")));
        assertThat(code(() -> ZoningPlanner.plan(split, ZoningPins.NONE, SETTINGS, SolveListener.IGNORE)))
                .isEqualTo("ZONING_UNREACHABLE_BLOCKS {count=1, blocks=B0003}");
    }

    @Test
    void pinsAreKeptAndForbiddenPairsAvoided() {
        ZoningArea area = GridCounty.random(6, 6, 3, 1.3, 11);
        ZoningPlan free = ZoningPlanner.plan(area, ZoningPins.NONE, SETTINGS, SolveListener.IGNORE);
        // Pin a block of the first school's zone that touches another zone to that other school.
        Map<String, org.edubalance.core.school.SchoolCode> of = free.schoolOfBlock();
        String moved = null;
        org.edubalance.core.school.SchoolCode to = null;
        for (var pair : area.adjacency().pairs()) {
            var a = of.get(pair.blockId());
            var b = of.get(pair.neighbourId());
            boolean schoolBlock =
                    area.schools().stream().anyMatch(s -> s.blockId().equals(pair.blockId()));
            if (!a.equals(b) && !schoolBlock) {
                moved = pair.blockId();
                to = b;
                break;
            }
        }
        assertThat(moved).isNotNull();
        ZoningPins pins = ZoningPins.NONE.withPin(moved, to);
        ZoningPlan pinned = ZoningPlanner.plan(
                area, pins, SETTINGS, ZoningPlanner.Method.AUTO, free.schoolOfBlock(), SolveListener.IGNORE);
        assertThat(pinned.schoolOfBlock()).containsEntry(moved, to);
        assertThat(pinned.checks().passed()).isTrue();
        assertThat(pinned.outcome().objective())
                .isGreaterThanOrEqualTo(free.outcome().bound() - 1e-6);
        var forbid = new ZoningPins(Map.of(), Set.of(new ZoningPins.Forbidden(moved, of.get(moved))));
        ZoningPlan avoided = ZoningPlanner.plan(area, forbid, SETTINGS, SolveListener.IGNORE);
        assertThat(avoided.schoolOfBlock().get(moved)).isNotEqualTo(of.get(moved));
        assertThat(avoided.checks().passed()).isTrue();
    }
}
