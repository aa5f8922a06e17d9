package org.edubalance.planning.zoning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.planning.PlanningOutcome;

/**
 * A zoning plan (docs/planning/zoning.md §6): each block's school, each school's load per horizon year, the outcome
 * (status, student-km, proven bound, gap, solver, seconds) and the independent checker's findings.
 *
 * @param year the data year
 * @param county the county
 * @param grade the entry grade
 * @param planYear the year the zones are for
 * @param outcome the planning outcome; the objective is the plan's student-km
 * @param blocks every block with its school, ascending by block id
 * @param schools every school with its load, ascending by code
 * @param checks the checker's findings
 */
public record ZoningPlan(
        int year,
        RegionCode county,
        EntryGrade grade,
        int planYear,
        PlanningOutcome outcome,
        List<BlockAssignment> blocks,
        List<SchoolLoad> schools,
        ZoningChecks checks) {

    public ZoningPlan {
        blocks = List.copyOf(blocks);
        schools = List.copyOf(schools);
    }

    /** The school of each block, by block id, in block order. */
    public Map<String, SchoolCode> schoolOfBlock() {
        Map<String, SchoolCode> of = new LinkedHashMap<>();
        blocks.forEach(b -> of.put(b.blockId(), b.school()));
        return of;
    }
}
