package org.edubalance.app.zoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.planning.PlanningOutcome;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.zoning.BlockAssignment;
import org.edubalance.planning.zoning.SchoolLoad;
import org.edubalance.planning.zoning.ZoningChecks;
import org.edubalance.planning.zoning.ZoningPlan;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The platform's stored copy of a plan reads back as the same plan: the pages show what the run solved. */
class ZoningPlanCopyTest {
    @Test
    void aPlanWrittenAsItsRecordReadsBackEqual() {
        var plan = new ZoningPlan(
                2025,
                new RegionCode("371002"),
                EntryGrade.G1,
                2026,
                new PlanningOutcome(PlanningStatus.FEASIBLE, 12.5, 12.0, 0.04, "search", 1.25),
                List.of(
                        new BlockAssignment("B1", new SchoolCode("S1"), 10.0, 0.0),
                        new BlockAssignment("B2", new SchoolCode("S1"), 7.5, 1.5)),
                List.of(new SchoolLoad(new SchoolCode("S1"), 40, List.of(new SchoolLoad.YearLoad(2026, 17.5)))),
                new ZoningChecks(true, true, true, false));
        JsonMapper json = JsonMapper.builder().build();
        String copy = json.writeValueAsString(plan);
        ZoningPlan read = json.readerFor(ZoningPlan.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(copy);
        assertThat(read).isEqualTo(plan);
        assertThat(read.schoolOfBlock()).containsOnlyKeys("B1", "B2");
    }
}
