package org.edubalance.app.zoning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.app.zoning.ZoningStudyView.ComparisonView;
import org.edubalance.app.zoning.ZoningStudyView.SchoolLine;
import org.edubalance.app.zoning.ZoningStudyView.YearCell;
import org.edubalance.core.admission.AttendanceZone;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.Entrants;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningSchool;
import org.edubalance.planning.zoning.SchoolLoad;
import org.edubalance.planning.zoning.ZoningComparison;
import org.edubalance.planning.zoning.ZoningPlan;
import org.jspecify.annotations.Nullable;

/**
 * The figures of the zoning page: each school's load under the zones in force and under a plan, the map's colours and
 * markers, and the comparison of the two (the planner's {@link ZoningComparison}, the same figures as the command's).
 */
final class ZoningFigures {
    private ZoningFigures() {}

    /** The schools' lines: the zone in force in the plan year and the plan's load per horizon year. */
    static List<SchoolLine> schools(ZoningStudyInputs inputs, @Nullable ZoningPlan plan) {
        ZoningArea area = inputs.area();
        Map<String, YearCell> currentOfZone = currentLoads(inputs);
        Map<String, String> zoneOfSchool = zoneOfSchool(inputs);
        Map<String, SchoolLoad> loads = new HashMap<>();
        if (plan != null) {
            plan.schools().forEach(s -> loads.put(s.code().value(), s));
        }
        List<SchoolLine> lines = new ArrayList<>();
        for (ZoningSchool s : area.schools()) {
            String code = s.code().value();
            String zone = zoneOfSchool.getOrDefault(code, "");
            YearCell current = currentOfZone.getOrDefault(zone, new YearCell(area.planYear(), 0, s.seats(), false));
            List<YearCell> proposal = new ArrayList<>();
            SchoolLoad load = loads.get(code);
            if (load != null) {
                load.load()
                        .forEach(y -> proposal.add(new YearCell(
                                y.year(),
                                y.entrants(),
                                s.seats(),
                                y.entrants() > area.policy().capacity(s.seats()) + 1e-9)));
            }
            lines.add(new SchoolLine(code, inputs.schoolName(code), s.seats(), zone, current, proposal));
        }
        return lines;
    }

    /** Each zone in force: its blocks' entrants in the plan year against the seats of its schools. */
    static Map<String, YearCell> currentLoads(ZoningStudyInputs inputs) {
        ZoningArea area = inputs.area();
        int planYear = area.planYear();
        Map<String, Double> entrants = new LinkedHashMap<>();
        for (Block b : area.blocks()) {
            String zone = inputs.current().zoneOfBlock().get(b.id());
            if (zone != null) {
                entrants.merge(zone, entrants(area, b, planYear), Double::sum);
            }
        }
        Map<String, YearCell> cells = new LinkedHashMap<>();
        for (AttendanceZone zone : inputs.current().zones()) {
            int seats = zone.schools().stream()
                    .mapToInt(s -> inputs.seats().getOrDefault(s.value(), 0))
                    .sum();
            double e = entrants.getOrDefault(zone.id(), 0.0);
            cells.put(
                    zone.id(),
                    new YearCell(planYear, e, seats, e > area.policy().capacity(seats) + 1e-9));
        }
        return cells;
    }

    /** The plan-year entrants of block {@code b}. */
    static double entrants(ZoningArea area, Block b, int year) {
        return Entrants.of(b, area.year(), year, area.grade(), area.policy().enrolmentRate());
    }

    /** The zone in force of each school, by code. */
    static Map<String, String> zoneOfSchool(ZoningStudyInputs inputs) {
        Map<String, String> of = new HashMap<>();
        inputs.current().zones().forEach(z -> z.schools().forEach(s -> of.put(s.value(), z.id())));
        return of;
    }

    /** The map's colour key of each block: its zone in force, or its school in {@code plan}. */
    static Map<String, String> keys(ZoningStudyInputs inputs, @Nullable ZoningPlan plan) {
        if (plan == null) {
            return inputs.current().zoneOfBlock();
        }
        Map<String, String> keys = new LinkedHashMap<>();
        plan.schoolOfBlock().forEach((block, school) -> keys.put(block, school.value()));
        return keys;
    }

    /** The schools' markers: under a plan its load in the plan year, else the load of the zone in force. */
    static List<ZoningMap.Marker> markers(List<SchoolLine> lines, ZoningStudyInputs inputs, boolean proposal) {
        Map<String, ZoningSchool> schools = new HashMap<>();
        inputs.area().schools().forEach(s -> schools.put(s.code().value(), s));
        List<ZoningMap.Marker> markers = new ArrayList<>();
        for (SchoolLine line : lines) {
            ZoningSchool s = schools.get(line.code());
            // Marked at the block it stands in, which the map draws: its own site in the school data may lie off the
            // blocks (a typing error there would otherwise hide the marker).
            Block block = inputs.block(s.blockId());
            GeoPoint at = block != null && block.position() != null ? block.position() : s.position();
            YearCell cell = proposal
                    ? (line.proposal().isEmpty() ? null : line.proposal().getFirst())
                    : line.current();
            if (at == null || cell == null) {
                continue;
            }
            String label = line.name() + " " + Math.round(cell.entrants()) + "/" + cell.seats();
            markers.add(new ZoningMap.Marker(line.code(), label, at, cell.over()));
        }
        return markers;
    }

    /** The current zones against {@code plan}: student-km, schools over capacity per year, children changing school. */
    static ComparisonView comparison(ZoningStudyInputs inputs, ZoningPlan plan) {
        ZoningComparison c = ZoningComparisons.of(inputs, plan);
        List<ZoningStudyView.YearRow> years = new ArrayList<>();
        for (int i = 0; i < c.proposal().years().size(); i++) {
            var p = c.proposal().years().get(i);
            var now = i < c.current().years().size() ? c.current().years().get(i) : null;
            years.add(new ZoningStudyView.YearRow(
                    p.year(),
                    now == null ? 0 : now.schoolsOver(),
                    now == null ? 0 : now.shortfall(),
                    p.schoolsOver(),
                    p.shortfall()));
        }
        return new ComparisonView(
                c.current().studentKm(),
                c.proposal().studentKm(),
                years,
                c.childrenChangingSchool(),
                c.blocksChangingSchool());
    }

    /** The blocks of {@code school}'s zone in {@code plan}. */
    static List<ZoningStudyView.BlockLine> blocksOf(ZoningStudyInputs inputs, ZoningPlan plan, SchoolCode school) {
        ZoningArea area = inputs.area();
        List<ZoningStudyView.BlockLine> lines = new ArrayList<>();
        plan.schoolOfBlock().forEach((id, s) -> {
            Block b = inputs.block(id);
            if (s.equals(school) && b != null) {
                lines.add(new ZoningStudyView.BlockLine(id, b.name(), entrants(area, b, area.planYear())));
            }
        });
        return lines;
    }
}
