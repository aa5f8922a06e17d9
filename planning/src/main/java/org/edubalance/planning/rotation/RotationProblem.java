package org.edubalance.planning.rotation;

import java.util.List;
import java.util.Map;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherId;

/**
 * One county's rotation problem for one school year, built by {@link RotationProblemFactory}.
 *
 * @param county the county
 * @param year the school year
 * @param policy the rules
 * @param sites every school segment with students
 * @param teachers the county's whole roster of that year (staffing counts come from it)
 * @param eligible the teachers the policy lets rotate, in roster order
 * @param candidates where each eligible teacher may go (possibly nowhere)
 * @param pinned moves a planner fixed: teacher → destination
 * @param forbidden moves a planner ruled out: teacher → destinations
 */
public record RotationProblem(
        RegionCode county,
        int year,
        RotationPolicy policy,
        List<SchoolSegmentSite> sites,
        List<Teacher> teachers,
        List<Teacher> eligible,
        Map<TeacherId, List<Candidate>> candidates,
        Map<TeacherId, org.edubalance.core.school.SchoolCode> pinned,
        Map<TeacherId, List<org.edubalance.core.school.SchoolCode>> forbidden) {
    public RotationProblem {
        sites = List.copyOf(sites);
        teachers = List.copyOf(teachers);
        eligible = List.copyOf(eligible);
        candidates = Map.copyOf(candidates);
        pinned = Map.copyOf(pinned);
        forbidden = Map.copyOf(forbidden);
    }

    /** The fewest movers the quota allows: {@code ⌈share × eligible⌉}. */
    public int minimumMovers() {
        return (int) Math.ceil(policy.minShareOfEligible() * eligible.size() - 1e-9);
    }

    /**
     * The county value of {@code indicator} in {@code segment}: teachers counting in it per 100 students over every
     * school segment; 0 when the segment has no students. Moves keep it fixed.
     */
    public double countyValue(
            org.edubalance.core.school.Segment segment, org.edubalance.core.rotation.TeacherIndicator indicator) {
        long students = 0;
        long counting = 0;
        for (SchoolSegmentSite s : sites) {
            if (s.segment() == segment) {
                students += s.students();
                counting += indicator.count(s.staffing());
            }
        }
        return students == 0 ? 0 : 100.0 * counting / students;
    }

    /**
     * The balance objective's terms, shared by the exact model and the local search: one per school segment and
     * balanced indicator with a county value above 0, weighted {@code w_m × (P_s / N_g) / x̄}.
     */
    public List<SiteIndicator> siteIndicators() {
        List<SiteIndicator> terms = new java.util.ArrayList<>();
        for (org.edubalance.core.school.Segment segment : org.edubalance.core.school.Segment.values()) {
            long students = sites.stream()
                    .filter(s -> s.segment() == segment)
                    .mapToLong(SchoolSegmentSite::students)
                    .sum();
            for (var weight : policy.indicatorWeights().entrySet()) {
                var m = weight.getKey();
                double mean = countyValue(segment, m);
                if (mean == 0) {
                    continue;
                }
                for (SchoolSegmentSite s : sites) {
                    if (s.segment() == segment) {
                        terms.add(new SiteIndicator(
                                s.key(),
                                m,
                                m.count(s.staffing()),
                                s.students(),
                                mean,
                                weight.getValue() * s.students() / students / mean));
                    }
                }
            }
        }
        return terms;
    }

    /**
     * The same problem with each eligible teacher's candidates replaced by {@code candidates} (a subset of them, for a
     * smaller model whose every plan is a plan of this problem).
     */
    public RotationProblem withCandidates(Map<TeacherId, List<Candidate>> candidates) {
        return new RotationProblem(county, year, policy, sites, teachers, eligible, candidates, pinned, forbidden);
    }

    /** Eligible backbone teachers (the base of the backbone share under the Anhui reading). */
    public long eligibleBackbone() {
        return eligible.stream().filter(t -> t.backboneLevel().isBackbone()).count();
    }
}
