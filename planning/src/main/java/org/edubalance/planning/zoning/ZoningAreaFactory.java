package org.edubalance.planning.zoning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.BlockAdjacency;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningPolicy;
import org.edubalance.core.zoning.ZoningSchool;
import org.edubalance.planning.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Builds the zoning problem of one county and grade from what the files give, refusing what cannot be zoned before
 * any work is done (docs/planning/zoning.md §5.4): the schools to zone are those with seats &gt; 0, each must name a
 * block of the county, no two share a block, and every block has a position (from the file or its polygon).
 */
public final class ZoningAreaFactory {
    private static final int NAMED = 10;

    private ZoningAreaFactory() {}

    /**
     * A school as the seats file and the school data give it.
     *
     * @param code the school
     * @param seats its seats for the grade
     * @param blockId the block it stands in ({@code seats.csv}'s {@code block_id}), or null when not given
     * @param position its own coordinates in the school data, or null
     */
    public record SchoolSite(
            SchoolCode code,
            int seats,
            @Nullable String blockId,
            @Nullable GeoPoint position) {}

    /**
     * The zoning area.
     *
     * @throws ZoningProblemInvalidException naming the schools or blocks at fault
     */
    public static ZoningArea of(
            int year,
            RegionCode county,
            EntryGrade grade,
            List<Block> blocks,
            BlockAdjacency adjacency,
            List<SchoolSite> sites,
            ZoningPolicy policy) {
        Map<String, Block> byId = new HashMap<>();
        blocks.forEach(b -> byId.put(b.id(), b));
        List<SchoolSite> zoned = sites.stream()
                .filter(s -> s.seats() > 0)
                .sorted(java.util.Comparator.comparing(s -> s.code().value()))
                .toList();
        if (zoned.isEmpty()) {
            throw invalid(
                    Reason.of("ZONING_NO_SCHOOLS", "county", county.value(), "grade", grade.name()),
                    "No public school of " + county.value() + " offers seats for " + grade
                            + " in seats.csv: there is nothing to zone.");
        }
        List<String> withoutBlock = zoned.stream()
                .filter(s -> s.blockId() == null)
                .map(s -> s.code().value())
                .toList();
        if (!withoutBlock.isEmpty()) {
            throw invalid(
                    Reason.of(
                            "ZONING_SCHOOL_WITHOUT_BLOCK",
                            "count",
                            withoutBlock.size(),
                            "schools",
                            first(withoutBlock)),
                    withoutBlock.size() + " school(s) with seats name no block_id in seats.csv: " + first(withoutBlock)
                            + ". Each school's zone holds the block it stands in.");
        }
        Map<String, List<String>> schoolsOfBlock = new TreeMap<>();
        for (SchoolSite site : zoned) {
            if (!byId.containsKey(site.blockId())) {
                throw invalid(
                        Reason.of(
                                "ZONING_SCHOOL_BLOCK_UNKNOWN",
                                "school",
                                site.code().value(),
                                "block",
                                site.blockId()),
                        "School " + site.code().value() + " stands in block '" + site.blockId()
                                + "' (seats.csv), which blocks.csv does not have for " + county.value() + ".");
            }
            schoolsOfBlock
                    .computeIfAbsent(site.blockId(), b -> new ArrayList<>())
                    .add(site.code().value());
        }
        schoolsOfBlock.forEach((block, codes) -> {
            if (codes.size() > 1) {
                throw invalid(
                        Reason.of("ZONING_SCHOOLS_SHARE_BLOCK", "block", block, "schools", String.join(", ", codes)),
                        "Schools " + String.join(", ", codes) + " stand in one block '" + block
                                + "': they cannot have separate zones. Make them one multi-school zone by hand, or"
                                + " give each its own block.");
            }
        });
        List<String> withoutPosition = new TreeSet<>(blocks.stream()
                        .filter(b -> b.position() == null)
                        .map(Block::id)
                        .toList())
                .stream().toList();
        if (!withoutPosition.isEmpty()) {
            throw invalid(
                    Reason.of(
                            "ZONING_BLOCK_WITHOUT_POSITION",
                            "count",
                            withoutPosition.size(),
                            "blocks",
                            first(withoutPosition)),
                    withoutPosition.size() + " block(s) have no position (latitude and longitude in blocks.csv, or a"
                            + " polygon): " + first(withoutPosition) + ". Distances need one.");
        }
        List<ZoningSchool> schools = zoned.stream()
                .map(s -> new ZoningSchool(s.code(), s.seats(), s.blockId(), s.position()))
                .toList();
        return new ZoningArea(year, county, grade, blocks, adjacency, schools, policy);
    }

    /** The first {@value #NAMED} of {@code ids}, comma-separated, with "…" when there are more. */
    static String first(List<String> ids) {
        String named = String.join(", ", ids.subList(0, Math.min(NAMED, ids.size())));
        return ids.size() > NAMED ? named + ", …" : named;
    }

    static ZoningProblemInvalidException invalid(Reason reason, String message) {
        return new ZoningProblemInvalidException(reason, message);
    }
}
