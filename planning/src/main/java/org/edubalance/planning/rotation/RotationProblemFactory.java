package org.edubalance.planning.rotation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.Direction;
import org.edubalance.core.rotation.Eligibility;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.rotation.TeacherIndicator;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.staff.StaffingCalculator;
import org.edubalance.core.staff.StaffingFigures;
import org.edubalance.core.staff.Subject;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.rotation.SchoolSegmentSite.SiteKey;

/**
 * Builds a county's {@link RotationProblem} from the school data, the roster and the policy: the school segments with
 * students, the eligible teachers, and for each of them the schools of the same segment within the commute limit that
 * the direction rule allows. Staffing figures come from the roster, which the planner moves, not from the school file.
 */
public final class RotationProblemFactory {
    /** The raw inputs of one county's problem, to build it under several policies. */
    public record Inputs(
            List<SchoolYear> schools,
            List<Teacher> roster,
            RegionCode county,
            int year,
            Map<TeacherId, SchoolCode> pinned,
            Map<TeacherId, List<SchoolCode>> forbidden) {
        /** The problem under {@code policy}. */
        public RotationProblem problem(RotationPolicy policy) {
            return new RotationProblemFactory(policy).create(schools, roster, county, year, pinned, forbidden);
        }
    }

    private final RotationPolicy policy;

    public RotationProblemFactory(RotationPolicy policy) {
        this.policy = policy;
    }

    /**
     * The problem of {@code county} in {@code year}.
     *
     * @throws PlanningProblemInvalidException when the county has no schools or no teachers that year
     */
    public RotationProblem create(
            List<SchoolYear> schools,
            List<Teacher> roster,
            RegionCode county,
            int year,
            Map<TeacherId, SchoolCode> pinned,
            Map<TeacherId, List<SchoolCode>> forbidden) {
        List<SchoolYear> countySchools = schools.stream()
                .filter(s -> s.year() == year && s.county().code().equals(county))
                .toList();
        List<Teacher> teachers = roster.stream()
                .filter(t -> t.year() == year && t.county().equals(county))
                .toList();
        if (countySchools.isEmpty() || teachers.isEmpty()) {
            throw new PlanningProblemInvalidException("County " + county + " has " + countySchools.size()
                    + " schools and " + teachers.size() + " teachers in " + year
                    + ". Maybe the year or the county code is wrong, or the roster is of another county.");
        }
        List<SchoolSegmentSite> sites = sites(countySchools, teachers);
        Map<SiteKey, SchoolSegmentSite> siteByKey = new HashMap<>();
        sites.forEach(s -> siteByKey.put(s.key(), s));
        Map<SiteKey, Double> strength = strength(sites);
        var eligibility = new Eligibility(policy);
        List<Teacher> eligible = new ArrayList<>();
        Map<TeacherId, List<Candidate>> candidates = new HashMap<>();
        for (Teacher t : teachers) {
            SchoolSegmentSite home = siteByKey.get(new SiteKey(t.school(), t.segment()));
            if (home == null || !eligibility.isEligible(t)) {
                continue;
            }
            eligible.add(t);
            candidates.put(t.id(), candidates(t, home, sites, strength, forbidden.getOrDefault(t.id(), List.of())));
        }
        return new RotationProblem(county, year, policy, sites, teachers, eligible, candidates, pinned, forbidden);
    }

    private static List<SchoolSegmentSite> sites(List<SchoolYear> schools, List<Teacher> teachers) {
        Map<StaffingCalculator.SchoolSegment, StaffingFigures> staffing = StaffingCalculator.figures(teachers);
        Map<SiteKey, Map<Subject, Integer>> subjects = new HashMap<>();
        for (Teacher t : teachers) {
            subjects.computeIfAbsent(new SiteKey(t.school(), t.segment()), k -> new EnumMap<>(Subject.class))
                    .merge(t.subject(), 1, Integer::sum);
        }
        List<SchoolSegmentSite> sites = new ArrayList<>();
        for (SchoolYear school : schools) {
            for (Segment segment : Segment.values()) {
                int students = school.segment(segment).students();
                if (students == 0) {
                    continue;
                }
                sites.add(new SchoolSegmentSite(
                        school.code(),
                        school.name(),
                        segment,
                        school.location(),
                        school.position(),
                        students,
                        staffing.getOrDefault(
                                new StaffingCalculator.SchoolSegment(school.code(), segment), StaffingFigures.NONE),
                        subjects.getOrDefault(new SiteKey(school.code(), segment), Map.of())));
            }
        }
        return sites;
    }

    /**
     * How strong each site is on the balanced indicators: the weighted mean of its values relative to the county value
     * of its segment (1 = the county average). The direction rule sends teachers only to weaker or more rural sites.
     */
    private Map<SiteKey, Double> strength(List<SchoolSegmentSite> sites) {
        Map<SiteKey, Double> strength = new HashMap<>();
        for (Segment segment : Segment.values()) {
            List<SchoolSegmentSite> of =
                    sites.stream().filter(s -> s.segment() == segment).toList();
            long students = of.stream().mapToLong(SchoolSegmentSite::students).sum();
            Map<TeacherIndicator, Double> countyValue = new EnumMap<>(TeacherIndicator.class);
            policy.indicatorWeights()
                    .keySet()
                    .forEach(m -> countyValue.put(
                            m,
                            of.stream().mapToDouble(s -> m.count(s.staffing())).sum() / Math.max(1, students)));
            double weights = policy.indicatorWeights().values().stream()
                    .mapToDouble(Double::doubleValue)
                    .sum();
            for (SchoolSegmentSite s : of) {
                double score = 0;
                for (var e : policy.indicatorWeights().entrySet()) {
                    double mean = countyValue.get(e.getKey());
                    double value = e.getKey().count(s.staffing()) / (double) s.students();
                    score += e.getValue() * (mean > 0 ? value / mean : 1);
                }
                strength.put(s.key(), score / weights);
            }
        }
        return strength;
    }

    private List<Candidate> candidates(
            Teacher t,
            SchoolSegmentSite home,
            List<SchoolSegmentSite> sites,
            Map<SiteKey, Double> strength,
            List<SchoolCode> forbidden) {
        GeoPoint origin = t.home() != null ? t.home() : home.position();
        if (origin == null) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (SchoolSegmentSite s : sites) {
            if (s.segment() != t.segment()
                    || s.school().equals(t.school())
                    || s.position() == null
                    || forbidden.contains(s.school())) {
                continue;
            }
            double km = distanceKm(origin, s.position());
            if (km <= policy.maxCommuteKm() && allowedDirection(home, s, strength)) {
                candidates.add(new Candidate(s.school(), km));
            }
        }
        return candidates;
    }

    private boolean allowedDirection(SchoolSegmentSite from, SchoolSegmentSite to, Map<SiteKey, Double> strength) {
        if (policy.direction() == Direction.ANY) {
            return true;
        }
        return to.location().ordinal() > from.location().ordinal() || strength.get(to.key()) < strength.get(from.key());
    }

    /** Great-circle distance by the haversine formula on a sphere of radius 6,371 km. */
    static double distanceKm(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
