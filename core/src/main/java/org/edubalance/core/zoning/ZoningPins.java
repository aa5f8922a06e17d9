package org.edubalance.core.zoning;

import java.util.Map;
import java.util.Set;
import org.edubalance.core.school.SchoolCode;

/**
 * What a planner fixed by hand before the zoning planner runs (docs/planning/zoning.md §5.3): blocks that stay with a
 * school ("this block stays with that school") and pairs of block and school that must not be joined.
 *
 * @param pinned the school each pinned block must go to, by block id
 * @param forbidden the pairs of block and school the plan must not make
 */
public record ZoningPins(Map<String, SchoolCode> pinned, Set<Forbidden> forbidden) {
    /** No pins and nothing forbidden. */
    public static final ZoningPins NONE = new ZoningPins(Map.of(), Set.of());

    public ZoningPins {
        pinned = Map.copyOf(pinned);
        forbidden = Set.copyOf(forbidden);
    }

    /** Whether {@code blockId} may go to {@code school} as far as the pins and prohibitions say. */
    public boolean allows(String blockId, SchoolCode school) {
        SchoolCode pin = pinned.get(blockId);
        return (pin == null || pin.equals(school)) && !forbidden.contains(new Forbidden(blockId, school));
    }

    /** These pins with {@code blockId} pinned to {@code school} (a pin given again replaces the old one). */
    public ZoningPins withPin(String blockId, SchoolCode school) {
        var more = new java.util.HashMap<>(pinned);
        more.put(blockId, school);
        return new ZoningPins(more, forbidden);
    }

    /** A block and a school the plan must not join. */
    public record Forbidden(String blockId, SchoolCode school) {}
}
