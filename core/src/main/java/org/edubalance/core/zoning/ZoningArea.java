package org.edubalance.core.zoning;

import java.util.List;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;

/**
 * What the zoning planner zones: one county's blocks, their adjacency and the schools for one entry grade in the data
 * year, under a policy (docs/planning/zoning.md §5, the problem).
 *
 * @param year the data year (the blocks' children are counted at its start)
 * @param county the county
 * @param grade the entry grade
 * @param blocks every block of the county, by id
 * @param adjacency which blocks touch
 * @param schools the public schools with seats &gt; 0 for the grade, by code
 * @param policy the zoning policy
 */
public record ZoningArea(
        int year,
        RegionCode county,
        EntryGrade grade,
        List<Block> blocks,
        BlockAdjacency adjacency,
        List<ZoningSchool> schools,
        ZoningPolicy policy) {

    public ZoningArea {
        blocks = List.copyOf(blocks);
        schools = List.copyOf(schools);
    }

    /** The year the zones are for. */
    public int planYear() {
        return policy.planYear(year);
    }

    /** The years capacity must hold in, from the plan year on. */
    public List<Integer> horizon() {
        int first = planYear();
        return java.util.stream.IntStream.range(first, first + policy.horizonYears())
                .boxed()
                .toList();
    }
}
