package org.edubalance.planning.rotation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.Direction;
import org.edubalance.core.rotation.Eligibility;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.rotation.TeacherIndicator;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.planning.Reason;
import org.edubalance.statistics.inequality.CoefficientOfVariation;

/**
 * Re-verifies a rotation plan from the raw inputs — school rows, roster, policy, moves — without the planner's problem
 * or model, so a wrong constraint or a sign slip in a model cannot certify itself (docs/planning-methods.md §2.4 caught one
 * this way). It recounts every school's teachers after the moves and recomputes the official enrolment-weighted CVs
 * with the {@code statistics} module, and computes distances with its own formula (the spherical law of cosines,
 * where the planner uses the haversine).
 */
public final class RotationPlanChecker {
    private static final double DISTANCE_TOLERANCE_KM = 1e-6;
    /** Column of the students in a school's counts row; the indicators follow in ordinal order. */
    private static final int STUDENTS = 0;

    private final RotationPolicy policy;

    public RotationPlanChecker(RotationPolicy policy) {
        this.policy = policy;
    }

    /** Checks {@code moves} for {@code county} in {@code year}; pinned and forbidden moves are checked too. */
    public PlanCheck check(
            List<SchoolYear> schools,
            List<Teacher> roster,
            RegionCode county,
            int year,
            List<Move> moves,
            Map<TeacherId, SchoolCode> pinned,
            Map<TeacherId, List<SchoolCode>> forbidden) {
        Map<SchoolCode, SchoolYear> schoolByCode = new HashMap<>();
        schools.stream()
                .filter(s -> s.year() == year && s.county().code().equals(county))
                .forEach(s -> schoolByCode.put(s.code(), s));
        Map<TeacherId, Teacher> teacherById = new HashMap<>();
        roster.stream()
                .filter(t -> t.year() == year && t.county().equals(county))
                .forEach(t -> teacherById.put(t.id(), t));
        var eligibility = new Eligibility(policy);
        List<Teacher> eligible = teacherById.values().stream()
                .filter(t -> eligibility.isEligible(t)
                        && schoolByCode.containsKey(t.school())
                        && schoolByCode.get(t.school()).segment(t.segment()).students() > 0)
                .toList();
        Map<TeacherId, SchoolCode> placed = new HashMap<>();
        List<Reason> violations = new ArrayList<>();
        Map<Segment, Map<SchoolCode, double[]>> before = counts(schoolByCode, teacherById.values(), Map.of());
        for (Move move : moves) {
            checkMove(move, teacherById, schoolByCode, before, eligibility, forbidden, placed, violations);
        }
        pinned.forEach((id, school) -> {
            if (!school.equals(placed.get(id))) {
                violations.add(Reason.of("pin-missing", "teacher", id.value(), "school", school.value()));
            }
        });
        Map<Segment, Map<SchoolCode, double[]>> after = counts(schoolByCode, teacherById.values(), placed);
        List<PolicyCheck> checks = new ArrayList<>();
        quotaChecks(checks, eligible, placed, teacherById);
        siteChecks(checks, teacherById.values(), placed);
        return new PlanCheck(
                checks,
                violations,
                cvs(schoolByCode, before),
                cvs(schoolByCode, after),
                eligible.size(),
                placed.size());
    }

    private void checkMove(
            Move move,
            Map<TeacherId, Teacher> teacherById,
            Map<SchoolCode, SchoolYear> schoolByCode,
            Map<Segment, Map<SchoolCode, double[]>> before,
            Eligibility eligibility,
            Map<TeacherId, List<SchoolCode>> forbidden,
            Map<TeacherId, SchoolCode> placed,
            List<Reason> violations) {
        Teacher t = teacherById.get(move.teacher());
        if (t == null) {
            violations.add(Reason.of("not-on-roster", "teacher", move.teacher().value()));
            return;
        }
        String teacher = t.id().value();
        String school = move.to().value();
        if (placed.put(t.id(), move.to()) != null) {
            violations.add(Reason.of("moved-twice", "teacher", teacher, "school", school));
        }
        if (!eligibility.isEligible(t)) {
            violations.add(notEligible(t, school));
        }
        if (!move.from().equals(t.school()) || move.segment() != t.segment() || move.subject() != t.subject()) {
            violations.add(Reason.of("roster-mismatch", "teacher", teacher, "school", school));
        }
        SchoolYear from = schoolByCode.get(t.school());
        SchoolYear to = schoolByCode.get(move.to());
        if (to == null
                || move.to().equals(t.school())
                || to.segment(t.segment()).students() == 0) {
            violations.add(Reason.of("not-a-destination", "teacher", teacher, "school", school));
            return;
        }
        if (forbidden.getOrDefault(t.id(), List.of()).contains(move.to())) {
            violations.add(Reason.of("forbidden-move", "teacher", teacher, "school", school));
        }
        GeoPoint origin = t.home() != null ? t.home() : from == null ? null : from.position();
        if (origin == null || to.position() == null) {
            violations.add(Reason.of("no-position", "teacher", teacher, "school", school));
        } else {
            double km = kilometres(origin, to.position());
            if (km > policy.maxCommuteKm() + DISTANCE_TOLERANCE_KM) {
                violations.add(Reason.of(
                        "commute-too-long",
                        "teacher",
                        teacher,
                        "school",
                        school,
                        "km",
                        Math.round(km * 100) / 100.0,
                        "maxKm",
                        policy.maxCommuteKm()));
            }
        }
        if (policy.direction() == Direction.TOWARDS_WEAKER_OR_RURAL && from != null) {
            boolean moreRural = to.location().ordinal() > from.location().ordinal();
            Map<SchoolCode, double[]> counts = before.get(t.segment());
            if (!moreRural && strength(to, t.segment(), counts) >= strength(from, t.segment(), counts)) {
                violations.add(Reason.of("not-towards-weaker", "teacher", teacher, "school", school));
            }
        }
    }

    /** Why {@code t} may not move, as the eligibility rules say (exempt, too few years, too old). */
    private Reason notEligible(Teacher t, String school) {
        String teacher = t.id().value();
        if (t.isExempt()) {
            return Reason.of(
                    "not-eligible-exempt",
                    "teacher",
                    teacher,
                    "school",
                    school,
                    "why",
                    String.valueOf(t.exemptReason()));
        }
        int minYears = t.principal() ? policy.principalMinYears() : policy.minYearsAtSchool();
        if (t.yearsAtSchool() < minYears) {
            return Reason.of(
                    "not-eligible-years",
                    "teacher",
                    teacher,
                    "school",
                    school,
                    "years",
                    t.yearsAtSchool(),
                    "min",
                    minYears);
        }
        return Reason.of(
                "not-eligible-age",
                "teacher",
                teacher,
                "school",
                school,
                "age",
                t.age(),
                "max",
                policy.maxAge(t.gender()).orElse(0));
    }

    /** The weighted mean of a school's indicator values relative to the county value (1 = average). */
    private double strength(SchoolYear school, Segment segment, Map<SchoolCode, double[]> counts) {
        long students = 0;
        double[] totals = new double[TeacherIndicator.values().length];
        for (var e : counts.entrySet()) {
            students += e.getValue()[STUDENTS];
            for (TeacherIndicator m : TeacherIndicator.values()) {
                totals[m.ordinal()] += e.getValue()[1 + m.ordinal()];
            }
        }
        double[] own = counts.get(school.code());
        double score = 0;
        double weights = 0;
        for (var w : policy.indicatorWeights().entrySet()) {
            int i = w.getKey().ordinal();
            double county = totals[i] / students;
            score += w.getValue() * (county > 0 ? own[1 + i] / own[STUDENTS] / county : 1);
            weights += w.getValue();
        }
        return score / weights;
    }

    /** Per segment and school: students, then the teachers counting in each indicator, after {@code placed}. */
    private static Map<Segment, Map<SchoolCode, double[]>> counts(
            Map<SchoolCode, SchoolYear> schools, Iterable<Teacher> roster, Map<TeacherId, SchoolCode> placed) {
        Map<Segment, Map<SchoolCode, double[]>> counts = new EnumMap<>(Segment.class);
        for (Segment segment : Segment.values()) {
            Map<SchoolCode, double[]> bySchool = new HashMap<>();
            schools.values().forEach(s -> {
                if (s.segment(segment).students() > 0) {
                    double[] row = new double[1 + TeacherIndicator.values().length];
                    row[STUDENTS] = s.segment(segment).students();
                    bySchool.put(s.code(), row);
                }
            });
            counts.put(segment, bySchool);
        }
        for (Teacher t : roster) {
            double[] row = counts.get(t.segment()).get(placed.getOrDefault(t.id(), t.school()));
            if (row == null) {
                continue;
            }
            for (TeacherIndicator m : TeacherIndicator.values()) {
                row[1 + m.ordinal()] += m.counts(t) ? 1 : 0;
            }
        }
        return counts;
    }

    private static Map<Segment, Map<TeacherIndicator, Double>> cvs(
            Map<SchoolCode, SchoolYear> schools, Map<Segment, Map<SchoolCode, double[]>> counts) {
        Map<Segment, Map<TeacherIndicator, Double>> cvs = new EnumMap<>(Segment.class);
        for (var segment : counts.entrySet()) {
            List<double[]> rows = List.copyOf(segment.getValue().values());
            if (rows.isEmpty()) {
                continue;
            }
            Map<TeacherIndicator, Double> byIndicator = new EnumMap<>(TeacherIndicator.class);
            for (TeacherIndicator m : TeacherIndicator.values()) {
                double[] values = new double[rows.size()];
                double[] weights = new double[rows.size()];
                for (int i = 0; i < rows.size(); i++) {
                    values[i] = 100 * rows.get(i)[1 + m.ordinal()] / rows.get(i)[STUDENTS];
                    weights[i] = rows.get(i)[STUDENTS];
                }
                byIndicator.put(m, CoefficientOfVariation.weighted(values, weights, rows.size()));
            }
            cvs.put(segment.getKey(), byIndicator);
        }
        return cvs;
    }

    private void quotaChecks(
            List<PolicyCheck> checks,
            List<Teacher> eligible,
            Map<TeacherId, SchoolCode> placed,
            Map<TeacherId, Teacher> teacherById) {
        int minimum = (int) Math.ceil(policy.minShareOfEligible() * eligible.size() - 1e-9);
        checks.add(new PolicyCheck(
                Reason.of(
                        "movers-min-share", "share", percent(policy.minShareOfEligible()), "eligible", eligible.size()),
                Reason.of("at-least", "value", minimum),
                count(placed.size()),
                placed.size() >= minimum));
        if (policy.maxMovers() != null) {
            checks.add(new PolicyCheck(
                    Reason.of("movers-cap"),
                    Reason.of("at-most", "value", policy.maxMovers()),
                    count(placed.size()),
                    placed.size() <= policy.maxMovers()));
        }
        long backboneMovers = placed.keySet().stream()
                .filter(id -> teacherById.get(id) != null
                        && teacherById.get(id).backboneLevel().isBackbone())
                .count();
        if (policy.backboneShareOfEligible()) {
            long base = eligible.stream()
                    .filter(t -> t.backboneLevel().isBackbone())
                    .count();
            long need = (long) Math.ceil(policy.minBackboneShare() * base - 1e-9);
            checks.add(new PolicyCheck(
                    Reason.of(
                            "backbone-share-of-eligible",
                            "share",
                            percent(policy.minBackboneShare()),
                            "eligible",
                            base),
                    Reason.of("at-least", "value", need),
                    count(backboneMovers),
                    backboneMovers >= need));
        } else {
            double need = policy.minBackboneShare() * placed.size();
            checks.add(new PolicyCheck(
                    Reason.of("backbone-share-of-movers", "share", percent(policy.minBackboneShare())),
                    Reason.of("at-least", "value", Math.round(need * 10) / 10.0),
                    count(backboneMovers),
                    backboneMovers >= need - 1e-9));
        }
    }

    private void siteChecks(List<PolicyCheck> checks, Iterable<Teacher> roster, Map<TeacherId, SchoolCode> placed) {
        Map<String, int[]> staff = new HashMap<>();
        Map<String, Integer> leaving = new HashMap<>();
        for (Teacher t : roster) {
            String site = t.school() + "/" + t.segment();
            staff.computeIfAbsent(site, k -> new int[1])[0]++;
            if (placed.containsKey(t.id())) {
                leaving.merge(site, 1, Integer::sum);
            }
        }
        int worstExcess = 0;
        String worstSite = "";
        for (var e : leaving.entrySet()) {
            int cap = (int) Math.floor(policy.maxShareLeaving() * staff.get(e.getKey())[0] + 1e-9);
            if (e.getValue() - cap > worstExcess) {
                worstExcess = e.getValue() - cap;
                worstSite = e.getKey();
            }
        }
        String[] site = worstSite.split("/", -1);
        checks.add(new PolicyCheck(
                Reason.of("site-loss-cap", "share", percent(policy.maxShareLeaving())),
                Reason.of("none-over-cap"),
                worstExcess == 0
                        ? count(0)
                        : Reason.of("over-cap-at", "excess", worstExcess, "school", site[0], "segment", site[1]),
                worstExcess == 0));
        if (policy.subjectsMustStayStaffed()) {
            Map<String, Integer> change = new HashMap<>();
            for (Teacher t : roster) {
                SchoolCode to = placed.get(t.id());
                if (to != null) {
                    change.merge(t.school() + "/" + t.segment() + "/" + t.subject(), -1, Integer::sum);
                    change.merge(to + "/" + t.segment() + "/" + t.subject(), 1, Integer::sum);
                }
            }
            Set<String> shortSubjects = new HashSet<>();
            change.forEach((key, delta) -> {
                if (delta < 0) {
                    shortSubjects.add(key);
                }
            });
            String[] example =
                    shortSubjects.stream().sorted().findFirst().orElse("//").split("/", -1);
            checks.add(new PolicyCheck(
                    Reason.of("subjects-staffed"),
                    Reason.of("none-short"),
                    shortSubjects.isEmpty()
                            ? count(0)
                            : Reason.of(
                                    "subjects-short",
                                    "count",
                                    shortSubjects.size(),
                                    "school",
                                    example[0],
                                    "segment",
                                    example[1],
                                    "subject",
                                    example[2]),
                    shortSubjects.isEmpty()));
        }
    }

    private static Reason count(long value) {
        return Reason.of("count", "value", value);
    }

    /** A share as a whole percentage (0.1 → 10), as policies state them. */
    private static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    /** Great-circle distance by the spherical law of cosines (radius 6,371 km). */
    static double kilometres(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double cos = Math.sin(lat1) * Math.sin(lat2) + Math.cos(lat1) * Math.cos(lat2) * Math.cos(dLon);
        return 6371.0 * Math.acos(Math.max(-1, Math.min(1, cos)));
    }
}
