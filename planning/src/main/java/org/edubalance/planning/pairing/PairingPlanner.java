package org.edubalance.planning.pairing;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.pairing.PairingPolicy;
import org.edubalance.core.pairing.SegmentStrength;
import org.edubalance.core.pairing.UnpairedReason;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.pairing.PairingNetwork.Arc;
import org.edubalance.planning.pairing.PairingNetwork.Member;
import org.edubalance.planning.pairing.PairingPlan.Candidate;
import org.edubalance.planning.pairing.PairingPlan.Pair;
import org.edubalance.planning.pairing.PairingPlan.Role;
import org.edubalance.planning.pairing.PairingPlan.Unpaired;

/**
 * Pairs the mentors and mentees of one county, segment by segment (docs/planning/pairing.md §2–§3): a min-cost maximum
 * flow from a source through mentors (capacity: the policy's mentees per mentor) and the arcs within the distance
 * limit to mentees (capacity 1) to a sink. The maximum flow pairs the most mentees; among those plans the least cost is
 * the least total distance. Both are exact (a network flow has integral optima; OR-Tools' solver is exact, no gap).
 */
public final class PairingPlanner {
    private final PairingPolicy policy;

    public PairingPlanner(PairingPolicy policy) {
        this.policy = policy;
    }

    /**
     * The plan of {@code county} in {@code evaluation} (its in-scope school segments; private schools never take part).
     *
     * @throws PlanningProblemInvalidException when the county has mentees but the policy leaves it no mentor at all
     */
    public PairingPlan plan(Evaluation evaluation, String county) {
        List<Candidate> candidates = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        List<Unpaired> unpaired = new ArrayList<>();
        double strongest = Double.NaN;
        for (Segment segment : Segment.values()) {
            List<SchoolEvaluation> mentorRows = new ArrayList<>();
            List<SchoolEvaluation> menteeRows = new ArrayList<>();
            for (SchoolEvaluation s : evaluation.schools()) {
                if (s.segment() != segment
                        || !s.school().county().code().value().equals(county)
                        || s.school().ownership() != Ownership.PUBLIC) {
                    continue;
                }
                double strength = SegmentStrength.of(s);
                if (Double.isNaN(strength)) {
                    continue;
                }
                strongest = Double.isNaN(strongest) ? strength : Math.max(strongest, strength);
                boolean compliant = !Boolean.FALSE.equals(s.compliant());
                if (!compliant || strength < policy.menteeMaxStrength()) {
                    menteeRows.add(s);
                    candidates.add(candidate(s, strength, compliant, Role.MENTEE));
                } else if (mayMentor(s.school(), strength)) {
                    mentorRows.add(s);
                    candidates.add(candidate(s, strength, compliant, Role.MENTOR));
                }
            }
            pairSegment(segment, members(mentorRows), members(menteeRows), pairs, unpaired);
        }
        int mentors =
                (int) candidates.stream().filter(c -> c.role() == Role.MENTOR).count();
        int mentees = candidates.size() - mentors;
        if (mentors == 0 && mentees > 0) {
            throw new PlanningProblemInvalidException(String.format(
                    java.util.Locale.ROOT,
                    "Pairing policy %s: mentorMinStrength %s leaves county %s no mentor at all (%d mentees; the"
                            + " strongest school segment reaches %.3f%s). Maybe a lower mentorMinStrength.",
                    policy.id(),
                    policy.mentorMinStrength(),
                    county,
                    mentees,
                    strongest,
                    policy.urbanRuralOnly() ? ", urban and town schools only" : ""));
        }
        candidates.sort(Comparator.comparing(Candidate::segment).thenComparing(Candidate::school));
        double totalKm = Math.round(pairs.stream().mapToDouble(Pair::km).sum() * 1000) / 1000.0;
        return new PairingPlan(
                evaluation.year(),
                county,
                policy.id(),
                policy.maxDistanceKm(),
                pairs,
                unpaired,
                candidates,
                new PairingPlan.Summary(mentors, mentees, pairs.size(), totalKm, PlanningStatus.OPTIMAL));
    }

    private boolean mayMentor(SchoolYear school, double strength) {
        return strength >= policy.mentorMinStrength()
                && school.position() != null
                && school.type() != SchoolType.TEACHING_POINT
                && (!policy.urbanRuralOnly() || school.location() != Location.RURAL);
    }

    private static Candidate candidate(SchoolEvaluation s, double strength, boolean compliant, Role role) {
        return new Candidate(s.segment(), s.school().code().value(), s.school().name(), strength, compliant, role);
    }

    private static List<Member> members(List<SchoolEvaluation> rows) {
        return rows.stream()
                .map(s -> new Member(s.school().code().value(), s.school().position()))
                .sorted(Comparator.comparing(Member::code))
                .toList();
    }

    private void pairSegment(
            Segment segment, List<Member> mentors, List<Member> mentees, List<Pair> pairs, List<Unpaired> unpaired) {
        PairingNetwork network = PairingNetwork.of(mentors, mentees, policy.maxDistanceKm());
        boolean[] paired = new boolean[mentees.size()];
        boolean[] reachable = new boolean[mentees.size()];
        network.arcs().forEach(a -> reachable[a.mentee()] = true);
        List<Pair> found = new ArrayList<>();
        if (!network.arcs().isEmpty()) {
            for (Arc a : solve(network)) {
                paired[a.mentee()] = true;
                found.add(new Pair(
                        segment,
                        mentors.get(a.mentor()).code(),
                        mentees.get(a.mentee()).code(),
                        a.km()));
            }
        }
        found.sort(Comparator.comparing(Pair::mentor).thenComparing(Pair::mentee));
        pairs.addAll(found);
        for (int j = 0; j < mentees.size(); j++) {
            if (!paired[j]) {
                UnpairedReason reason = mentees.get(j).position() == null
                        ? UnpairedReason.NO_POSITION
                        : reachable[j] ? UnpairedReason.MENTORS_FULL : UnpairedReason.NO_MENTOR_WITHIN_DISTANCE;
                unpaired.add(new Unpaired(segment, mentees.get(j).code(), reason));
            }
        }
    }

    /** The arcs that carry flow in a min-cost maximum flow of {@code network}. */
    private List<Arc> solve(PairingNetwork network) {
        Loader.loadNativeLibraries();
        int m = network.mentors().size();
        int n = network.mentees().size();
        int source = 0;
        int sink = m + n + 1;
        MinCostFlow flow = new MinCostFlow();
        try {
            for (int i = 0; i < m; i++) {
                flow.addArcWithCapacityAndUnitCost(source, 1 + i, policy.maxMenteesPerMentor(), 0);
            }
            int[] ids = new int[network.arcs().size()];
            for (int k = 0; k < ids.length; k++) {
                Arc a = network.arcs().get(k);
                ids[k] = flow.addArcWithCapacityAndUnitCost(1 + a.mentor(), 1 + m + a.mentee(), 1, a.cost());
            }
            for (int j = 0; j < n; j++) {
                flow.addArcWithCapacityAndUnitCost(1 + m + j, sink, 1, 0);
            }
            // The most the source can send and the sink take; solveMaxFlowWithMinCost sends as much of it as the
            // arcs allow, at the least cost among maximum flows.
            flow.setNodeSupply(source, (long) m * policy.maxMenteesPerMentor());
            flow.setNodeSupply(sink, -n);
            MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("The min-cost flow of the pairing ended " + status
                        + " (costs out of range? a distance limit of " + policy.maxDistanceKm() + " km)");
            }
            List<Arc> used = new ArrayList<>();
            for (int k = 0; k < ids.length; k++) {
                if (flow.getFlow(ids[k]) > 0) {
                    used.add(network.arcs().get(k));
                }
            }
            return used;
        } finally {
            flow.delete();
        }
    }
}
