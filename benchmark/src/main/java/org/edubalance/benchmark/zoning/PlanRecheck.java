package org.edubalance.benchmark.zoning;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.Entrants;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningPins;
import org.edubalance.core.zoning.ZoningSchool;

/**
 * The benchmark's own check of a plan, independent of the planner's checker: every block zoned to a school of the
 * area, each school's block its own, capacity in every horizon year, each zone connected, the pins kept.
 *
 * @param complete every block has a school of the area and each school has its block
 * @param capacity every zone within seats × (1 + slack) in every horizon year
 * @param contiguity every zone connected
 * @param pins every pin kept and nothing forbidden used
 */
public record PlanRecheck(boolean complete, boolean capacity, boolean contiguity, boolean pins) {

    /** Whether every check passed. */
    public boolean passed() {
        return complete && capacity && contiguity && pins;
    }

    /** Checks {@code plan} (the school of each block) against {@code area} and {@code zoningPins}. */
    public static PlanRecheck of(ZoningArea area, Map<String, SchoolCode> plan, ZoningPins zoningPins) {
        Map<SchoolCode, ZoningSchool> schools = new HashMap<>();
        area.schools().forEach(s -> schools.put(s.code(), s));
        boolean complete = area.blocks().stream().allMatch(b -> schools.containsKey(plan.get(b.id())))
                && area.schools().stream().allMatch(s -> s.code().equals(plan.get(s.blockId())));
        if (!complete) {
            return new PlanRecheck(false, false, false, false);
        }
        Map<SchoolCode, Set<String>> zones = new HashMap<>();
        area.blocks()
                .forEach(b -> zones.computeIfAbsent(plan.get(b.id()), k -> new HashSet<>())
                        .add(b.id()));
        Map<String, Block> byId = new HashMap<>();
        area.blocks().forEach(b -> byId.put(b.id(), b));
        boolean capacity = true;
        boolean contiguity = true;
        for (ZoningSchool school : area.schools()) {
            Set<String> zone = zones.get(school.code());
            for (int year : area.horizon()) {
                double entrants = 0;
                for (String id : zone) {
                    entrants += Entrants.of(
                            byId.get(id),
                            area.year(),
                            year,
                            area.grade(),
                            area.policy().enrolmentRate());
                }
                capacity &= entrants <= area.policy().capacity(school.seats()) + 1e-6;
            }
            contiguity &= reach(school.blockId(), zone, area).size() == zone.size();
        }
        boolean pins = area.blocks().stream().allMatch(b -> zoningPins.allows(b.id(), plan.get(b.id())));
        return new PlanRecheck(true, capacity, !area.policy().contiguity() || contiguity, pins);
    }

    private static Set<String> reach(String start, Set<String> zone, ZoningArea area) {
        Set<String> seen = new HashSet<>(List.of(start));
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            for (String next : area.adjacency().neighbours(queue.poll())) {
                if (zone.contains(next) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }
}
