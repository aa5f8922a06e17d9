package org.edubalance.planning.zoning;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningPins;
import org.edubalance.core.zoning.ZoningSchool;

/**
 * The independent checker of a zoning plan (docs/planning/zoning.md §5.7). It shares no code with the planner: it reads
 * the area and the plan's block → school map, recounts each zone's entrants per year from the blocks' children, measures
 * distances with its own formula (the spherical law of cosines, within a metre of the planner's haversine at these
 * distances, so the distance limit is checked with a 1 m tolerance), and walks each zone's blocks over the adjacency
 * itself.
 */
public final class ZoningPlanChecker {
    private static final double TOLERANCE_KM = 0.001;

    private ZoningPlanChecker() {}

    /** The checks of {@code schoolOfBlock} as a plan of {@code area} under {@code pins}. */
    public static ZoningChecks check(ZoningArea area, ZoningPins pins, Map<String, SchoolCode> schoolOfBlock) {
        Map<SchoolCode, ZoningSchool> schools = new HashMap<>();
        area.schools().forEach(s -> schools.put(s.code(), s));
        Map<String, Block> blocks = new HashMap<>();
        area.blocks().forEach(b -> blocks.put(b.id(), b));
        boolean complete = schoolOfBlock.size() == blocks.size()
                && blocks.keySet().stream().allMatch(b -> schools.containsKey(schoolOfBlock.get(b)))
                && area.schools().stream().allMatch(s -> s.code().equals(schoolOfBlock.get(s.blockId())));
        if (!complete) {
            return new ZoningChecks(false, false, false, false);
        }
        return new ZoningChecks(
                true,
                capacity(area, schools, blocks, schoolOfBlock),
                !area.policy().contiguity() || contiguous(area, schoolOfBlock),
                distances(area, pins, schools, blocks, schoolOfBlock));
    }

    private static boolean capacity(
            ZoningArea area,
            Map<SchoolCode, ZoningSchool> schools,
            Map<String, Block> blocks,
            Map<String, SchoolCode> schoolOfBlock) {
        int entryAge = area.grade().name().equals("G1") ? 6 : 12;
        for (int year : area.horizon()) {
            int age = entryAge - (year - area.year());
            Map<SchoolCode, Long> children = new HashMap<>();
            schoolOfBlock.forEach((block, school) -> children.merge(
                    school, (long) blocks.get(block).childrenByAge().get(age), Long::sum));
            for (var entry : children.entrySet()) {
                double entrants = entry.getValue() * area.policy().enrolmentRate();
                double most =
                        schools.get(entry.getKey()).seats() * (1 + area.policy().capacitySlack());
                // Sums of children are whole numbers; the rate makes them decimals: allow the last digits to differ.
                if (entrants > most + 1e-6) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean contiguous(ZoningArea area, Map<String, SchoolCode> schoolOfBlock) {
        Set<String> reached = new HashSet<>();
        for (ZoningSchool school : area.schools()) {
            ArrayDeque<String> queue = new ArrayDeque<>(List.of(school.blockId()));
            reached.add(school.blockId());
            while (!queue.isEmpty()) {
                String block = queue.poll();
                for (String next : area.adjacency().neighbours(block)) {
                    if (school.code().equals(schoolOfBlock.get(next)) && reached.add(next)) {
                        queue.add(next);
                    }
                }
            }
        }
        return reached.size() == schoolOfBlock.size();
    }

    private static boolean distances(
            ZoningArea area,
            ZoningPins pins,
            Map<SchoolCode, ZoningSchool> schools,
            Map<String, Block> blocks,
            Map<String, SchoolCode> schoolOfBlock) {
        Double limit = area.policy().maxDistanceKm();
        for (var entry : schoolOfBlock.entrySet()) {
            if (!pins.allows(entry.getKey(), entry.getValue())) {
                return false;
            }
            ZoningSchool school = schools.get(entry.getValue());
            if (limit == null || entry.getKey().equals(school.blockId())) {
                continue;
            }
            GeoPoint site = school.position() != null
                    ? school.position()
                    : blocks.get(school.blockId()).position();
            if (km(blocks.get(entry.getKey()).position(), site) > limit + TOLERANCE_KM) {
                return false;
            }
        }
        return true;
    }

    /** Great-circle km by the spherical law of cosines (R = 6371.0088 km). */
    static double km(GeoPoint a, GeoPoint b) {
        double p1 = Math.toRadians(a.latitude());
        double p2 = Math.toRadians(b.latitude());
        double cos = Math.sin(p1) * Math.sin(p2)
                + Math.cos(p1) * Math.cos(p2) * Math.cos(Math.toRadians(b.longitude() - a.longitude()));
        return 6371.0088 * Math.acos(Math.max(-1, Math.min(1, cos)));
    }
}
