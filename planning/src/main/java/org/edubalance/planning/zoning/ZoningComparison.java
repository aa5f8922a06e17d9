package org.edubalance.planning.zoning;

import java.util.List;
import java.util.Map;
import org.edubalance.core.admission.AttendanceZone;

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
