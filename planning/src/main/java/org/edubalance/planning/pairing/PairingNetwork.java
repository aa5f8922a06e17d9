package org.edubalance.planning.pairing;

import java.util.List;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.planning.admission.HomeDistance;
import org.jspecify.annotations.Nullable;

/**
 * The flow network of one segment (docs/planning/pairing.md §3): mentors and mentees in code order, an arc from a
 * mentor to each mentee within the distance limit, and each arc's cost: its distance in whole metres times a weight
 * larger than any sum of tie-breaks, plus the mentor's rank in code order. So the least cost is the least total
 * distance (to the metre) and, among plans as short, the one whose mentors come first in code order.
 *
 * @param mentors the mentors' codes, ascending
 * @param mentees the mentees' codes, ascending
 * @param arcs the arcs, by mentee then mentor
 * @param tieWeight what one metre costs
 */
record PairingNetwork(List<Member> mentors, List<Member> mentees, List<Arc> arcs, long tieWeight) {
    /** A school segment of the network, its position null when the school file has none. */
    record Member(String code, @Nullable GeoPoint position) {}

    /** A possible pair: indices into mentors and mentees, the distance and the arc's cost. */
    record Arc(int mentor, int mentee, double km, long metres, long cost) {}

    static PairingNetwork of(List<Member> mentors, List<Member> mentees, double maxDistanceKm) {
        long tieWeight = (long) mentors.size() * mentees.size() + 1;
        var arcs = new java.util.ArrayList<Arc>();
        for (int j = 0; j < mentees.size(); j++) {
            GeoPoint at = mentees.get(j).position();
            if (at == null) {
                continue;
            }
            for (int i = 0; i < mentors.size(); i++) {
                GeoPoint from = mentors.get(i).position();
                if (from == null) {
                    continue;
                }
                double km = HomeDistance.km(from, at);
                if (km <= maxDistanceKm) {
                    long metres = Math.round(km * 1000);
                    arcs.add(new Arc(
                            i, j, metres / 1000.0, metres, Math.addExact(Math.multiplyExact(metres, tieWeight), i)));
                }
            }
        }
        return new PairingNetwork(List.copyOf(mentors), List.copyOf(mentees), arcs, tieWeight);
    }
}
