package org.edubalance.app.zoning;

import java.time.Instant;
import java.util.List;
import org.edubalance.core.zoningstudy.ZoningStudy;
import org.jspecify.annotations.Nullable;

/**
 * What the zoning page shows of a study (docs/planning/zoning.md, "Platform").
 *
 * @param study the study
 * @param countyName its county's name
 * @param runs its runs, newest first (empty for a principal)
 * @param selected the run shown: the one asked for, else the approved one, else the newest with a plan; or null
 * @param mode {@code current} (the zones in force) or {@code proposal} (the selected run's plan)
 * @param mapSvg the map, escaped SVG
 * @param planYear the year the zones are for
 * @param horizon the horizon years
 * @param schools the schools' lines (a principal: their school's only)
 * @param comparison the current zones against the selected plan, or null (a principal, or no plan)
 * @param ownBlocks a principal's: the blocks of their school's zone in the approved plan
 * @param acts whether the person runs and approves (planners and administrators)
 * @param principal whether the person is a principal
 * @param refresh whether a run is still going (the page reloads itself)
 * @param problem a refusal of the person's last request, worded, or null
 * @param pinsText the pins of the selected run, one {@code block,school} a line, for the run form
 * @param forbiddenText the prohibitions of the selected run, likewise
 */
record ZoningStudyView(
        ZoningStudy study,
        String countyName,
        List<RunLine> runs,
        @Nullable RunLine selected,
        String mode,
        String mapSvg,
        int planYear,
        List<Integer> horizon,
        List<SchoolLine> schools,
        @Nullable ComparisonView comparison,
        List<BlockLine> ownBlocks,
        boolean acts,
        boolean principal,
        boolean refresh,
        @Nullable String problem,
        String pinsText,
        String forbiddenText) {

    /**
     * A run.
     *
     * @param jobId its planning job
     * @param status the job's status
     * @param createdBy who started it
     * @param createdAt when
     * @param pins how many pins
     * @param forbidden how many prohibitions
     * @param outcome the solve's status ({@code OPTIMAL}, {@code FEASIBLE} …), or null
     * @param objective student-km, or null
     * @param bound the proven lower bound, or null
     * @param gap the relative gap, or null
     * @param seconds the solve's seconds, or null
     * @param approved whether this is the study's approved run
     * @param failure why it failed, worded, or null
     * @param hasPlan whether it has a stored plan
     */
    record RunLine(
            long jobId,
            String status,
            String createdBy,
            Instant createdAt,
            int pins,
            int forbidden,
            @Nullable String outcome,
            @Nullable Double objective,
            @Nullable Double bound,
            @Nullable Double gap,
            @Nullable Double seconds,
            boolean approved,
            @Nullable String failure,
            boolean hasPlan) {}

    /**
     * A school: its seats, the plan-year entrants of its zone in force and of its proposed zone in each horizon year.
     *
     * @param code the school's code
     * @param name its name
     * @param seats its seats
     * @param currentZone its zone in force
     * @param current the plan-year entrants of that zone (of all its schools when it has several) against its seats
     * @param proposal its proposed zone's entrants per horizon year (empty without a plan)
     */
    record SchoolLine(
            String code, String name, int seats, String currentZone, YearCell current, List<YearCell> proposal) {}

    /**
     * The entrants of a zone in one year against its capacity.
     *
     * @param year the year
     * @param entrants the zone's entrants
     * @param seats the zone's seats
     * @param over whether entrants exceed seats × (1 + slack)
     */
    record YearCell(int year, double entrants, int seats, boolean over) {}

    /**
     * The comparison table.
     *
     * @param currentKm student-km of the zones in force
     * @param proposalKm student-km of the proposal
     * @param years per horizon year the schools over capacity in each
     * @param children the plan-year entrants whose school changes
     * @param blocks the blocks whose school changes
     */
    record ComparisonView(double currentKm, double proposalKm, List<YearRow> years, double children, int blocks) {}

    /**
     * One horizon year of the comparison.
     *
     * @param year the year
     * @param currentOver schools over capacity under the zones in force
     * @param currentShortfall their shortfall
     * @param proposalOver schools over capacity under the proposal
     * @param proposalShortfall their shortfall
     */
    record YearRow(int year, int currentOver, double currentShortfall, int proposalOver, double proposalShortfall) {}

    /**
     * A block of a principal's zone.
     *
     * @param id the block
     * @param name its name
     * @param entrants its plan-year entrants
     */
    record BlockLine(String id, String name, double entrants) {}
}
