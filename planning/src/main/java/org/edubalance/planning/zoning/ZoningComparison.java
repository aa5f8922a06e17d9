package org.edubalance.planning.zoning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.admission.AttendanceZone;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.Entrants;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningSchool;
import org.edubalance.planning.admission.HomeDistance;

/**
 * The current zones against a proposal (docs/planning/zoning.md §7): what families care about.
 *
 * @param current the figures of the zones in force
 * @param proposal the figures of the proposal
 * @param childrenChangingSchool the plan-year entrants of the blocks whose school changes (a block of a multi-school
 *     zone keeps its school when the proposal gives it one of the zone's schools)
 * @param blocksChangingSchool how many blocks change school
 */
public record ZoningComparison(
        ZoningFigures current, ZoningFigures proposal, double childrenChangingSchool, int blocksChangingSchool) {

    /**
     * The comparison of {@code current} with {@code proposal} on {@code area}: both measured the same way — student-km
     * of the plan year to the block's school (the nearest of a multi-school zone's), and each horizon year's zones whose
     * entrants exceed the sum of their schools' seats × (1 + slack). A block the current zones leave out counts as
     * changing school.
     */
    public static ZoningComparison of(ZoningArea area, CurrentZones current, ZoningPlan proposal) {
        Map<String, List<SchoolCode>> currentSchools = new HashMap<>();
        Map<String, List<SchoolCode>> zoneSchools = new HashMap<>();
        current.zones().forEach(z -> zoneSchools.put(z.id(), z.schools()));
        current.zoneOfBlock()
                .forEach((block, zone) -> currentSchools.put(block, zoneSchools.getOrDefault(zone, List.of())));
        Map<String, List<SchoolCode>> proposed = new HashMap<>();
        proposal.blocks().forEach(b -> proposed.put(b.blockId(), List.of(b.school())));
        double children = 0;
        int blocks = 0;
        for (BlockAssignment b : proposal.blocks()) {
            if (!currentSchools.getOrDefault(b.blockId(), List.of()).contains(b.school())) {
                children += b.entrants();
                blocks++;
            }
        }
        return new ZoningComparison(figures(area, currentSchools), figures(area, proposed), children, blocks);
    }

    private static ZoningFigures figures(ZoningArea area, Map<String, List<SchoolCode>> schoolsOfBlock) {
        Map<SchoolCode, ZoningSchool> schools = new HashMap<>();
        area.schools().forEach(s -> schools.put(s.code(), s));
        Map<SchoolCode, GeoPoint> sites = new HashMap<>();
        Map<String, Block> blocks = new HashMap<>();
        area.blocks().forEach(b -> blocks.put(b.id(), b));
        area.schools()
                .forEach(s -> sites.put(
                        s.code(),
                        s.position() != null
                                ? s.position()
                                : blocks.get(s.blockId()).position()));
        List<Integer> horizon = area.horizon();
        double studentKm = 0;
        // Zones as sets of schools: a multi-school zone's capacity is its schools' summed.
        Map<List<SchoolCode>, double[]> load = new HashMap<>();
        for (Block block : area.blocks()) {
            List<SchoolCode> of = schoolsOfBlock.getOrDefault(block.id(), List.of()).stream()
                    .filter(schools::containsKey)
                    .toList();
            if (of.isEmpty()) {
                continue;
            }
            double nearest = Double.POSITIVE_INFINITY;
            for (SchoolCode school : of) {
                nearest = Math.min(nearest, HomeDistance.km(block.position(), sites.get(school)));
            }
            double[] years = load.computeIfAbsent(of, k -> new double[horizon.size()]);
            for (int t = 0; t < horizon.size(); t++) {
                years[t] += Entrants.of(
                        block,
                        area.year(),
                        horizon.get(t),
                        area.grade(),
                        area.policy().enrolmentRate());
            }
            studentKm += years.length == 0
                    ? 0
                    : Entrants.of(
                                    block,
                                    area.year(),
                                    horizon.getFirst(),
                                    area.grade(),
                                    area.policy().enrolmentRate())
                            * nearest;
        }
        List<YearOver> years = new ArrayList<>();
        for (int t = 0; t < horizon.size(); t++) {
            int over = 0;
            double shortfall = 0;
            for (var zone : load.entrySet()) {
                double capacity = zone.getKey().stream()
                        .mapToDouble(s -> area.policy().capacity(schools.get(s).seats()))
                        .sum();
                double excess = zone.getValue()[t] - capacity;
                if (excess > 1e-9) {
                    over += zone.getKey().size();
                    shortfall += excess;
                }
            }
            years.add(new YearOver(horizon.get(t), over, shortfall));
        }
        return new ZoningFigures(studentKm, years);
    }

    /**
     * The zones in force, as {@code zones.csv} and {@code block_zones.csv} give them.
     *
     * @param zoneOfBlock the zone of each block, by block id
     * @param zones the zones and their schools
     */
    public record CurrentZones(Map<String, String> zoneOfBlock, List<AttendanceZone> zones) {
        public CurrentZones {
            zoneOfBlock = Map.copyOf(zoneOfBlock);
            zones = List.copyOf(zones);
        }
    }

    /**
     * One plan's figures.
     *
     * @param studentKm Σ plan-year entrants × km to the block's school (in a multi-school zone: the nearest of them)
     * @param years per horizon year, the zones over capacity and their shortfall
     */
    public record ZoningFigures(double studentKm, List<YearOver> years) {
        public ZoningFigures {
            years = List.copyOf(years);
        }
    }

    /**
     * One year of a plan.
     *
     * @param year the school year
     * @param schoolsOver the schools whose zone's entrants exceed its seats × (1 + slack) (all of a multi-school zone's
     *     schools when the zone is over)
     * @param shortfall Σ over those zones of entrants − capacity
     */
    public record YearOver(int year, int schoolsOver, double shortfall) {}
}
