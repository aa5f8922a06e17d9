package org.edubalance.planning.zoning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.Entrants;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningPins;
import org.edubalance.core.zoning.ZoningSchool;
import org.edubalance.planning.Reason;
import org.edubalance.planning.admission.HomeDistance;

/**
 * The zoning problem in arrays (docs/planning/zoning.md §5): blocks and schools by index, entrants per horizon year,
 * distances, capacities, and which block may go to which school. Building it refuses what no plan can satisfy
 * ({@link ZoningProblemInvalidException}): pins naming unknown blocks or schools, seats below entrants in a year, blocks
 * in a part of the graph no school can reach, blocks no school may take.
 *
 * <p>A pair (block, school) is allowed when the distance limit, the pins and the prohibitions permit it, the school's
 * own block goes to it alone, and — when zones must be contiguous — the block can be reached from the school's block
 * through blocks the school may take: a pair that fails this is in no contiguous plan, so dropping it loses nothing.
 */
final class ZoningInstance {
    final ZoningArea area;
    final ZoningPins pins;
    final int blocks;
    final int schools;
    final int years;
    final String[] blockIds;
    final SchoolCode[] schoolCodes;
    /** Entrants by horizon year, then block; year 0 is the plan year. */
    final double[][] entrants;

    final double[] capacity;
    final int[] schoolBlock;
    final int[][] neighbours;
    /** Distance in km by block, then school. */
    final double[][] km;
    /** Plan-year entrants × km by block, then school: the objective's coefficients. */
    final double[][] cost;

    final boolean[][] allowed;
    final Map<String, Integer> blockIndex = new HashMap<>();
    final Map<SchoolCode, Integer> schoolIndex = new HashMap<>();

    ZoningInstance(ZoningArea area, ZoningPins pins) {
        this.area = area;
        this.pins = pins;
        List<Block> blockList = area.blocks().stream()
                .sorted(java.util.Comparator.comparing(Block::id))
                .toList();
        List<ZoningSchool> schoolList = area.schools().stream()
                .sorted(java.util.Comparator.comparing(s -> s.code().value()))
                .toList();
        blocks = blockList.size();
        schools = schoolList.size();
        List<Integer> horizon = area.horizon();
        years = horizon.size();
        Entrants.checkHorizon(area.year(), horizon.getFirst(), horizon.getLast(), area.grade());
        blockIds = new String[blocks];
        for (int b = 0; b < blocks; b++) {
            blockIds[b] = blockList.get(b).id();
            blockIndex.put(blockIds[b], b);
        }
        schoolCodes = new SchoolCode[schools];
        schoolBlock = new int[schools];
        capacity = new double[schools];
        for (int j = 0; j < schools; j++) {
            ZoningSchool school = schoolList.get(j);
            schoolCodes[j] = school.code();
            schoolIndex.put(school.code(), j);
            schoolBlock[j] = blockIndex.get(school.blockId());
            capacity[j] = area.policy().capacity(school.seats());
        }
        entrants = new double[years][blocks];
        for (int t = 0; t < years; t++) {
            for (int b = 0; b < blocks; b++) {
                entrants[t][b] = Entrants.of(
                        blockList.get(b),
                        area.year(),
                        horizon.get(t),
                        area.grade(),
                        area.policy().enrolmentRate());
            }
        }
        neighbours = new int[blocks][];
        for (int b = 0; b < blocks; b++) {
            neighbours[b] = area.adjacency().neighbours(blockIds[b]).stream()
                    .map(blockIndex::get)
                    .filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        km = new double[blocks][schools];
        cost = new double[blocks][schools];
        for (int j = 0; j < schools; j++) {
            ZoningSchool school = schoolList.get(j);
            GeoPoint site = school.position() != null
                    ? school.position()
                    : blockList.get(schoolBlock[j]).position();
            for (int b = 0; b < blocks; b++) {
                km[b][j] = HomeDistance.km(
                        java.util.Objects.requireNonNull(blockList.get(b).position()), site);
                cost[b][j] = entrants[0][b] * km[b][j];
            }
        }
        checkPins();
        checkSeats(horizon);
        allowed = new boolean[blocks][schools];
        allow();
    }

    private void checkPins() {
        pins.pinned().forEach((block, school) -> pinKnown(block, school));
        pins.forbidden().forEach(f -> pinKnown(f.blockId(), f.school()));
    }

    private void pinKnown(String block, SchoolCode school) {
        if (!blockIndex.containsKey(block) || !schoolIndex.containsKey(school)) {
            throw ZoningAreaFactory.invalid(
                    Reason.of("ZONING_PIN_UNKNOWN", "block", block, "school", school.value()),
                    "A pin or prohibition names block '" + block + "' and school " + school.value()
                            + ", which are not both in the problem (a block of the county, a school with seats).");
        }
    }

    private void checkSeats(List<Integer> horizon) {
        double totalCapacity = 0;
        int seats = 0;
        for (int j = 0; j < schools; j++) {
            totalCapacity += capacity[j];
        }
        for (ZoningSchool school : area.schools()) {
            seats += school.seats();
        }
        for (int t = 0; t < years; t++) {
            double total = 0;
            for (int b = 0; b < blocks; b++) {
                total += entrants[t][b];
            }
            if (total > totalCapacity + 1e-9) {
                throw ZoningAreaFactory.invalid(
                        Reason.of(
                                "ZONING_SEATS_BELOW_ENTRANTS",
                                "year",
                                horizon.get(t),
                                "seats",
                                seats,
                                "entrants",
                                total),
                        "In " + horizon.get(t) + " the county's " + String.format(java.util.Locale.ROOT, "%.1f", total)
                                + " entrants exceed its " + seats + " seats"
                                + (area.policy().capacitySlack() > 0
                                        ? " × (1 + slack) = "
                                                + String.format(java.util.Locale.ROOT, "%.1f", totalCapacity)
                                        : "")
                                + ": no zoning gives every child a place. Add seats or raise capacitySlack.");
            }
        }
    }

    private void allow() {
        Double limit = area.policy().maxDistanceKm();
        int[] schoolAt = new int[blocks];
        java.util.Arrays.fill(schoolAt, -1);
        for (int j = 0; j < schools; j++) {
            schoolAt[schoolBlock[j]] = j;
        }
        for (int b = 0; b < blocks; b++) {
            for (int j = 0; j < schools; j++) {
                boolean own = schoolAt[b] < 0 || schoolAt[b] == j;
                allowed[b][j] = own
                        && (limit == null || km[b][j] <= limit || schoolAt[b] == j)
                        && pins.allows(blockIds[b], schoolCodes[j]);
            }
        }
        for (int j = 0; j < schools; j++) {
            if (!allowed[schoolBlock[j]][j]) {
                throw ZoningAreaFactory.invalid(
                        Reason.of("ZONING_NO_SCHOOL_ALLOWED", "count", 1, "blocks", blockIds[schoolBlock[j]]),
                        "Block '" + blockIds[schoolBlock[j]] + "' holds school " + schoolCodes[j].value()
                                + " but a pin or prohibition takes it from that school's zone.");
            }
        }
        if (area.policy().contiguity()) {
            reachable();
        }
        List<String> none = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            boolean any = false;
            for (int j = 0; j < schools && !any; j++) {
                any = allowed[b][j];
            }
            if (!any) {
                none.add(blockIds[b]);
            }
        }
        if (!none.isEmpty()) {
            throw ZoningAreaFactory.invalid(
                    Reason.of(
                            "ZONING_NO_SCHOOL_ALLOWED", "count", none.size(), "blocks", ZoningAreaFactory.first(none)),
                    none.size() + " block(s) may go to no school under the distance limit, the pins and the"
                            + " prohibitions" + (area.policy().contiguity() ? " through a connected zone" : "")
                            + ": " + ZoningAreaFactory.first(none) + ".");
        }
    }

    /** Drops the pairs no connected zone can make, and refuses blocks in a part of the graph without a school. */
    private void reachable() {
        boolean[] anySchool = new boolean[blocks];
        for (int j = 0; j < schools; j++) {
            for (int b : component(schoolBlock[j], null)) {
                anySchool[b] = true;
            }
        }
        List<String> cut = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            if (!anySchool[b]) {
                cut.add(blockIds[b]);
            }
        }
        if (!cut.isEmpty()) {
            throw ZoningAreaFactory.invalid(
                    Reason.of("ZONING_UNREACHABLE_BLOCKS", "count", cut.size(), "blocks", ZoningAreaFactory.first(cut)),
                    cut.size() + " block(s) lie in a part of the adjacency graph that holds no school, so no connected"
                            + " zone can reach them: " + ZoningAreaFactory.first(cut)
                            + ". Add the missing adjacency rows, or check the block ids.");
        }
        for (int j = 0; j < schools; j++) {
            final int school = j;
            boolean[] reached = new boolean[blocks];
            for (int b : component(schoolBlock[j], b -> allowed[b][school])) {
                reached[b] = true;
            }
            for (int b = 0; b < blocks; b++) {
                allowed[b][j] &= reached[b];
            }
        }
    }

    /** The blocks reachable from {@code start} through blocks {@code through} accepts (all when null). */
    private List<Integer> component(
            int start, java.util.function.@org.jspecify.annotations.Nullable IntPredicate through) {
        boolean[] seen = new boolean[blocks];
        List<Integer> found = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen[start] = true;
        queue.add(start);
        while (!queue.isEmpty()) {
            int b = queue.poll();
            found.add(b);
            for (int n : neighbours[b]) {
                if (!seen[n] && (through == null || through.test(n))) {
                    seen[n] = true;
                    queue.add(n);
                }
            }
        }
        return found;
    }

    /** The most the zone of school {@code j} may hold in horizon year {@code t}. */
    double capacity(int j) {
        return capacity[j];
    }

    /** The plan-year entrants of block {@code b}. */
    double entrants(int b) {
        return entrants[0][b];
    }
}
