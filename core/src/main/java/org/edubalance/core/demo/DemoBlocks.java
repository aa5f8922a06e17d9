package org.edubalance.core.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.demo.DemoEnrolment.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.BlockAdjacency;

/**
 * Synthetic residential blocks (小区/地块) of the demo counties that have an enrolment round, with their polygons, their
 * adjacency, the block each school stands in and the current zone of every block (docs/planning/zoning.md, "Demo
 * blocks"). Built by {@link BlockGenerator}.
 *
 * @param counties one entry per county, in county-code order
 */
public record DemoBlocks(List<County> counties) {

    public DemoBlocks {
        counties = List.copyOf(counties);
    }

    /** The block every school of every county stands in, by school. */
    public Map<SchoolCode, String> schoolBlocks() {
        Map<SchoolCode, String> all = new HashMap<>();
        counties.forEach(c -> all.putAll(c.schoolBlocks()));
        return Map.copyOf(all);
    }

    /**
     * One county's blocks.
     *
     * @param year the data year: the children are counted at its start
     * @param county the county
     * @param blocks its blocks, from north-west to south-east, each with its centroid and children by age
     * @param shapes the polygon of each block, in the order of {@code blocks}
     * @param adjacency which blocks share a stretch of boundary
     * @param schoolBlocks the block each school of the county's rounds stands in (no two schools share one)
     * @param zones for each entry grade of the county's rounds, the zone of each block by block id
     */
    public record County(
            int year,
            RegionCode county,
            List<Block> blocks,
            List<Shape> shapes,
            BlockAdjacency adjacency,
            Map<SchoolCode, String> schoolBlocks,
            Map<EntryGrade, Map<String, String>> zones) {

        public County {
            blocks = List.copyOf(blocks);
            shapes = List.copyOf(shapes);
            schoolBlocks = Map.copyOf(schoolBlocks);
            zones = Map.copyOf(zones);
        }
    }

    /**
     * A block's polygon: a rectangle in WGS84 degrees, to six decimals, whose edges neighbouring blocks share exactly.
     *
     * @param blockId the block
     * @param south the southern edge's latitude
     * @param west the western edge's longitude
     * @param north the northern edge's latitude
     * @param east the eastern edge's longitude
     */
    public record Shape(String blockId, double south, double west, double north, double east) {}
}
