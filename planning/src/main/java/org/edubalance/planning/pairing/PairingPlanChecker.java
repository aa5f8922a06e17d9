package org.edubalance.planning.pairing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.pairing.PairingPolicy;
import org.edubalance.core.pairing.UnpairedReason;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Segment;
import org.edubalance.planning.pairing.PairingPlan.Candidate;
import org.edubalance.planning.pairing.PairingPlan.Pair;
import org.edubalance.planning.pairing.PairingPlan.Role;
import org.jspecify.annotations.Nullable;

/**
 * Checks a pairing plan without the planner's network or solver (docs/planning/pairing.md §5): every pair within the
 * limits by its own distances (spherical law of cosines), every mentee paired or listed with the right reason, and
 * optimality by the classical certificate of a min-cost maximum flow — in the residual network of the plan there is no
 * path from the source to the sink (no more mentee can be paired) and no cycle of negative cost (no plan pairing as
 * many is shorter), found by breadth-first search and Bellman–Ford.
 */
public final class PairingPlanChecker {
    private static final double KM_TOLERANCE = 0.002;

    private PairingPlanChecker() {}

    /** The broken rules of {@code plan}; empty when it keeps every rule and is optimal. */
    public static List<String> check(PairingPlan plan, Evaluation evaluation, PairingPolicy policy) {
        List<String> problems = new ArrayList<>();
        Map<String, GeoPoint> positions = new HashMap<>();
        for (SchoolEvaluation s : evaluation.schools()) {
            if (s.school().position() != null) {
                positions.put(s.school().code().value(), s.school().position());
            }
        }
        for (Segment segment : Segment.values()) {
            List<String> mentors = codes(plan, segment, Role.MENTOR);
            List<String> mentees = codes(plan, segment, Role.MENTEE);
            List<Pair> pairs =
                    plan.pairs().stream().filter(p -> p.segment() == segment).toList();
            int[] load = new int[mentors.size()];
            int[] mentorOf = new int[mentees.size()];
            Arrays.fill(mentorOf, -1);
            for (Pair p : pairs) {
                int i = mentors.indexOf(p.mentor());
                int j = mentees.indexOf(p.mentee());
                if (i < 0 || j < 0) {
                    problems.add(segment + " " + p.mentor() + " → " + p.mentee() + ": not a mentor and a mentee");
                    continue;
                }
                if (mentorOf[j] >= 0) {
                    problems.add(segment + " " + p.mentee() + " has two mentors");
                }
                mentorOf[j] = i;
                load[i]++;
                double km = km(positions.get(p.mentor()), positions.get(p.mentee()));
                if (!(km <= policy.maxDistanceKm() + KM_TOLERANCE) || Math.abs(km - p.km()) > KM_TOLERANCE) {
                    problems.add(segment + " " + p.mentor() + " → " + p.mentee() + ": " + p.km() + " km, recomputed "
                            + km + " (limit " + policy.maxDistanceKm() + ")");
                }
            }
            for (int i = 0; i < load.length; i++) {
                if (load[i] > policy.maxMenteesPerMentor()) {
                    problems.add(segment + " " + mentors.get(i) + " mentors " + load[i] + " schools");
                }
            }
            double[][] km = distances(mentors, mentees, positions);
            reasons(plan, segment, mentees, mentorOf, km, policy, positions, problems);
            Residual residual = new Residual(km, mentorOf, load, policy);
            if (residual.augmentable()) {
                problems.add(segment + ": one more mentee could be paired (a path from the source to the sink)");
            }
            if (residual.negativeCycle()) {
                problems.add(segment + ": a plan pairing as many mentees is shorter (a negative residual cycle)");
            }
        }
        return problems;
    }

    private static List<String> codes(PairingPlan plan, Segment segment, Role role) {
        return plan.candidates().stream()
                .filter(c -> c.segment() == segment && c.role() == role)
                .map(Candidate::school)
                .sorted()
                .toList();
    }

    private static double[][] distances(List<String> mentors, List<String> mentees, Map<String, GeoPoint> at) {
        double[][] km = new double[mentors.size()][mentees.size()];
        for (int i = 0; i < mentors.size(); i++) {
            for (int j = 0; j < mentees.size(); j++) {
                km[i][j] = km(at.get(mentors.get(i)), at.get(mentees.get(j)));
            }
        }
        return km;
    }

    private static void reasons(
            PairingPlan plan,
            Segment segment,
            List<String> mentees,
            int[] mentorOf,
            double[][] km,
            PairingPolicy policy,
            Map<String, GeoPoint> positions,
            List<String> problems) {
        Map<String, UnpairedReason> listed = new HashMap<>();
        plan.unpaired().stream().filter(u -> u.segment() == segment).forEach(u -> listed.put(u.school(), u.reason()));
        for (int j = 0; j < mentees.size(); j++) {
            String code = mentees.get(j);
            if (mentorOf[j] >= 0) {
                if (listed.containsKey(code)) {
                    problems.add(segment + " " + code + " is paired and listed unpaired");
                }
                continue;
            }
            boolean near = false;
            for (double[] row : km) {
                near |= row[j] <= policy.maxDistanceKm();
            }
            UnpairedReason expected = !positions.containsKey(code)
                    ? UnpairedReason.NO_POSITION
                    : near ? UnpairedReason.MENTORS_FULL : UnpairedReason.NO_MENTOR_WITHIN_DISTANCE;
            if (listed.get(code) != expected) {
                problems.add(segment + " " + code + " unpaired: listed " + listed.get(code) + ", expected " + expected);
            }
        }
    }

    /** Great-circle km by the spherical law of cosines (R = 6371.0088 km); NaN without both positions. */
    static double km(@Nullable GeoPoint a, @Nullable GeoPoint b) {
        if (a == null || b == null) {
            return Double.NaN;
        }
        double p1 = Math.toRadians(a.latitude());
        double p2 = Math.toRadians(b.latitude());
        double cos = Math.sin(p1) * Math.sin(p2)
                + Math.cos(p1) * Math.cos(p2) * Math.cos(Math.toRadians(b.longitude() - a.longitude()));
        return 6371.0088 * Math.acos(Math.max(-1, Math.min(1, cos)));
    }
}
