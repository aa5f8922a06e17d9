package org.edubalance.planning.groups;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.core.pairing.SegmentStrength;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.Segment;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.groups.GroupPlan.Group;
import org.edubalance.planning.groups.GroupPlan.Member;
import org.edubalance.planning.groups.GroupPlan.Unplaced;
import org.edubalance.planning.groups.GroupSegment.Site;

/**
 * Plans the school groups of one county, segment by segment (docs/planning/groups.md): the named core schools lead,
 * every other public school segment of the same segment joins at most one core's group; the most placed, then the
 * least total distance, on HiGHS ({@link GroupSolver}).
 */
public final class GroupPlanner {
    private final GroupPolicy policy;
    private final Duration timeLimit;

    public GroupPlanner(GroupPolicy policy, Duration timeLimit) {
        this.policy = policy;
        this.timeLimit = timeLimit;
    }

    /**
     * The plan of {@code county} in {@code evaluation} with the core schools {@code cores}.
     *
     * @throws PlanningProblemInvalidException for a core that is not a public school of the county with a position
     *     and a school segment in scope, or limits that leave no plan, naming the code or the rule
     */
    public GroupPlan plan(Evaluation evaluation, String county, Set<String> cores) {
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        List<SchoolEvaluation> rows = evaluation.schools().stream()
                .filter(s -> s.school().county().code().value().equals(county))
                .filter(s -> !Double.isNaN(SegmentStrength.of(s)))
                .toList();
        checkCores(rows, cores, county, evaluation.year());
        Map<String, String> names = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        int coreCount = 0;
        int memberCount = 0;
        long metres = 0;
        double bound = 0;
        PlanningStatus status = PlanningStatus.OPTIMAL;
        for (Segment segment : Segment.values()) {
            List<Site> coreSites = new ArrayList<>();
            List<Site> memberSites = new ArrayList<>();
            for (SchoolEvaluation s : rows) {
                if (s.segment() != segment || s.school().ownership() != Ownership.PUBLIC) {
                    continue;
                }
                String code = s.school().code().value();
                names.put(code, s.school().name());
                Site site = new Site(code, s.school().position(), SegmentStrength.of(s));
                (cores.contains(code) ? coreSites : memberSites).add(site);
            }
            coreSites.sort(Comparator.comparing(Site::code));
            memberSites.sort(Comparator.comparing(Site::code));
            GroupSegment in = new GroupSegment(segment, coreSites, memberSites);
            GroupSolver solver = new GroupSolver(in, policy);
            GroupSolver.Solution found = solver.solve(deadline);
            coreCount += coreSites.size();
            memberCount += memberSites.size();
            metres += found.metres();
            bound += found.boundMetres();
            if (found.status() != PlanningStatus.OPTIMAL) {
                status = found.status();
            }
            groups.addAll(groups(in, solver.arcs(), found.coreOf()));
            unplaced.addAll(new UnplacedReasons(in, policy, solver.arcs(), found.coreOf())
                    .reasons(found.status() == PlanningStatus.OPTIMAL));
        }
        int placed = groups.stream().mapToInt(g -> g.members().size()).sum();
        double totalKm = metres / 1000.0;
        double boundKm = Math.floor(Math.min(bound, metres)) / 1000.0;
        double gap = metres == 0 ? 0 : Math.max(0, (metres - Math.min(bound, metres)) / metres);
        double seconds = Math.round((System.nanoTime() - start) / 1e6) / 1000.0;
        return new GroupPlan(
                evaluation.year(),
                county,
                policy.id(),
                policy.maxDistanceKm(),
                policy.minMeanStrength(),
                policy.minSize(),
                policy.maxSize(),
                groups,
                unplaced,
                names,
                new GroupPlan.Summary(coreCount, memberCount, placed, totalKm, status, boundKm, gap, seconds));
    }

    private static List<Group> groups(GroupSegment in, List<GroupSolver.Arc> arcs, int[] coreOf) {
        List<List<Member>> members = new ArrayList<>();
        in.cores().forEach(c -> members.add(new ArrayList<>()));
        for (GroupSolver.Arc a : arcs) {
            if (coreOf[a.member()] == a.core()) {
                Site m = in.members().get(a.member());
                members.get(a.core()).add(new Member(m.code(), a.metres() / 1000.0, four(m.strength())));
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int c = 0; c < in.cores().size(); c++) {
            Site core = in.cores().get(c);
            groups.add(new Group(in.segment(), core.code(), four(core.strength()), members.get(c)));
        }
        return groups;
    }

    private static double four(double strength) {
        return Math.round(strength * 10_000) / 10_000.0;
    }

    /** Every named core is a public school of the county, not a teaching point, with a position and a segment. */
    private static void checkCores(List<SchoolEvaluation> rows, Set<String> cores, String county, int year) {
        for (String code : cores.stream().sorted().toList()) {
            List<SchoolEvaluation> own = rows.stream()
                    .filter(s -> s.school().code().value().equals(code))
                    .toList();
            String rule = null;
            if (own.isEmpty()) {
                rule = "is not a school of county " + county + " in " + year
                        + " with a segment in the standard's scope";
            } else if (own.getFirst().school().ownership() != Ownership.PUBLIC) {
                rule = "is not a public school: core schools are public";
            } else if (own.getFirst().school().type() == SchoolType.TEACHING_POINT) {
                rule = "is a teaching point: teaching points join groups only as members";
            } else if (own.getFirst().school().position() == null) {
                rule = "has no position in the school file: no distance to its members can be computed";
            }
            if (rule != null) {
                throw new PlanningProblemInvalidException("Core school " + code + " " + rule + ".");
            }
        }
    }
}
