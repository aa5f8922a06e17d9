package org.edubalance.core.pairingrecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up of pairings as a difference in differences (docs/planning/pairing-records.md §3).
 *
 * <p>For the pairings of a county that started in school year s, baseline b = s − 1 when the county has data of it,
 * else s (the school statistics are taken at the start of a school year, before a pairing begun that year could act).
 * Mentees are grouped by segment and by their location class in b. For each indicator and each held year t &gt; b:
 *
 * <pre>DiD = (mean mentee value_t − mean mentee value_b) − (mean control value_t − mean control value_b)</pre>
 *
 * <p>in the indicator's unit. Controls are comparable unpaired school segments: the same segment and location class in
 * b, failing the per-school rule in b (weak schools, as mentees are), and in no pairing of the segment (as mentor or
 * mentee) nor any school group active in a year from b to t. A school counts in year t only with a finite value in
 * both b and t, so each difference compares the same schools (a school closed or merged drops out). Means are
 * unweighted: the question is what pairing does to a school, and enrolment weights would let one large school speak
 * for the rest. The mentees stay mentees in every t, also after their pairing ended (intention to treat).
 *
 * <p>Edge cases, where no figure is invented: no pairing started in s ({@link FollowUpStatus#NO_PAIRINGS}); data of
 * neither s − 1 nor s ({@link FollowUpStatus#NO_BASELINE_YEAR}); no year after b ({@link
 * FollowUpStatus#NO_LATER_YEAR}); in a line, no mentee or no control with both values ({@link
 * FollowUpStatus#NO_MENTEE_VALUES}, {@link FollowUpStatus#NO_CONTROLS}).
 */
public final class PairingFollowUp {
    private final List<Pairing> pairings;
    private final List<SchoolGroup> groups;
    /** Observations by year, then by school and segment. */
    private final Map<Integer, Map<Key, SegmentObservation>> byYear = new TreeMap<>();

    private record Key(SchoolCode school, Segment segment) {}

    /**
     * @param pairings every pairing of the county (those of other start years decide who is paired)
     * @param groups every school group of the county
     * @param observations the county's school segments of every held year
     */
    public PairingFollowUp(List<Pairing> pairings, List<SchoolGroup> groups, List<SegmentObservation> observations) {
        this.pairings = List.copyOf(pairings);
        this.groups = List.copyOf(groups);
        for (SegmentObservation o : observations) {
            byYear.computeIfAbsent(o.year(), y -> new HashMap<>()).put(new Key(o.school(), o.segment()), o);
        }
    }

    /** The follow-up of the pairings started in {@code startYear} on {@code indicators} (in the order given). */
    public FollowUp of(int startYear, List<String> indicators) {
        List<Pairing> started =
                pairings.stream().filter(p -> p.startYear() == startYear).toList();
        if (started.isEmpty()) {
            return new FollowUp(startYear, null, List.of(), FollowUpStatus.NO_PAIRINGS, 0, 0, List.of());
        }
        Integer baseline = byYear.containsKey(startYear - 1)
                ? Integer.valueOf(startYear - 1)
                : byYear.containsKey(startYear) ? Integer.valueOf(startYear) : null;
        if (baseline == null) {
            return new FollowUp(
                    startYear, null, List.of(), FollowUpStatus.NO_BASELINE_YEAR, started.size(), 0, List.of());
        }
        int b = baseline;
        List<Integer> later = byYear.keySet().stream().filter(y -> y > b).toList();
        Set<Key> withoutBaseline = new HashSet<>();
        Map<Integer, List<SchoolCode>> strata = strata(started, byYear.get(b), withoutBaseline);
        if (later.isEmpty()) {
            return new FollowUp(
                    startYear,
                    baseline,
                    later,
                    FollowUpStatus.NO_LATER_YEAR,
                    started.size(),
                    withoutBaseline.size(),
                    List.of());
        }
        List<FollowUpStratum> result = new ArrayList<>();
        strata.forEach((code, schools) -> result.add(stratum(code, schools, b, later, indicators)));
        return new FollowUp(
                startYear, baseline, later, FollowUpStatus.COMPUTED, started.size(), withoutBaseline.size(), result);
    }

    /** The mentees of {@code started} by stratum (segment and location in the baseline year), by code. */
    private static Map<Integer, List<SchoolCode>> strata(
            List<Pairing> started, Map<Key, SegmentObservation> base, Set<Key> withoutBaseline) {
        Map<Integer, List<SchoolCode>> strata = new TreeMap<>();
        List<Key> mentees = started.stream()
                .map(p -> new Key(p.mentee(), p.segment()))
                .distinct()
                .sorted(Comparator.comparing((Key k) -> k.school()).thenComparing(Key::segment))
                .toList();
        for (Key mentee : mentees) {
            SegmentObservation o = base.get(mentee);
            if (o == null) {
                withoutBaseline.add(mentee);
            } else {
                strata.computeIfAbsent(stratum(mentee.segment(), o.location()), k -> new ArrayList<>())
                        .add(mentee.school());
            }
        }
        return strata;
    }

    private FollowUpStratum stratum(
            int code, List<SchoolCode> mentees, int baseline, List<Integer> later, List<String> indicators) {
        Segment segment = Segment.values()[code / Location.values().length];
        Location location = Location.values()[code % Location.values().length];
        Map<Integer, List<SchoolCode>> controlsByYear = new HashMap<>();
        for (int t : later) {
            controlsByYear.put(t, controls(segment, location, baseline, t));
        }
        List<FollowUpLine> lines = new ArrayList<>();
        for (String indicator : indicators) {
            for (int t : later) {
                lines.add(line(indicator, segment, baseline, t, mentees, controlsByYear.get(t)));
            }
        }
        return new FollowUpStratum(segment, location, mentees.size(), lines);
    }

    /** Same segment and location in b, failing the rule in b, in no pairing or group active from b to t. */
    private List<SchoolCode> controls(Segment segment, Location location, int baseline, int t) {
        Set<SchoolCode> busy = new HashSet<>();
        for (Pairing p : pairings) {
            if (p.segment() == segment && p.activeBetween(baseline, t)) {
                busy.add(p.mentor());
                busy.add(p.mentee());
            }
        }
        for (SchoolGroup g : groups) {
            if (g.activeBetween(baseline, t)) {
                busy.add(g.core());
                busy.addAll(g.members());
            }
        }
        return byYear.get(baseline).values().stream()
                .filter(o -> o.segment() == segment && o.location() == location && o.failsSchoolRule())
                .map(SegmentObservation::school)
                .filter(s -> !busy.contains(s))
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    private FollowUpLine line(
            String indicator,
            Segment segment,
            int baseline,
            int t,
            List<SchoolCode> mentees,
            List<SchoolCode> controls) {
        Means m = means(indicator, segment, baseline, t, mentees);
        Means c = means(indicator, segment, baseline, t, controls);
        if (m.count() == 0) {
            return new FollowUpLine(
                    indicator,
                    t,
                    0,
                    c.count(),
                    null,
                    null,
                    c.before(),
                    c.after(),
                    null,
                    FollowUpStatus.NO_MENTEE_VALUES);
        }
        if (c.count() == 0) {
            return new FollowUpLine(
                    indicator, t, m.count(), 0, m.before(), m.after(), null, null, null, FollowUpStatus.NO_CONTROLS);
        }
        double difference = (m.after() - m.before()) - (c.after() - c.before());
        return new FollowUpLine(
                indicator,
                t,
                m.count(),
                c.count(),
                m.before(),
                m.after(),
                c.before(),
                c.after(),
                difference,
                FollowUpStatus.COMPUTED);
    }

    /** The means in b and t over the schools with a finite value in both; nulls when none has. */
    private record Means(
            int count, @Nullable Double before, @Nullable Double after) {}

    private Means means(String indicator, Segment segment, int baseline, int t, List<SchoolCode> schools) {
        double before = 0;
        double after = 0;
        int n = 0;
        for (SchoolCode school : schools) {
            double b = value(baseline, school, segment, indicator);
            double a = value(t, school, segment, indicator);
            if (!Double.isNaN(b) && !Double.isNaN(a)) {
                before += b;
                after += a;
                n++;
            }
        }
        return n == 0 ? new Means(0, null, null) : new Means(n, before / n, after / n);
    }

    private double value(int year, SchoolCode school, Segment segment, String indicator) {
        Map<Key, SegmentObservation> ofYear = byYear.get(year);
        SegmentObservation o = ofYear == null ? null : ofYear.get(new Key(school, segment));
        return o == null ? Double.NaN : o.value(indicator);
    }

    private static int stratum(Segment segment, Location location) {
        return segment.ordinal() * Location.values().length + location.ordinal();
    }
}
