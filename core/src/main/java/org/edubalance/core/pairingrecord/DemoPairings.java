package org.edubalance.core.pairingrecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;

/**
 * The demo's pairings: in the first county, urban primary schools hold hands with rural ones ("14 urban schools with
 * 13 rural ones"), so the last mentee has two mentors, each pairing under a signed agreement, a few with activities.
 * Schools are taken by code, so the same seed gives the same pairs; which schools are weak is left to the data, as in
 * a real county, and the follow-up shows what the years that follow hold.
 */
public final class DemoPairings {
    /** The mentors: urban schools. */
    public static final int MENTORS = 14;
    /** The mentees: rural schools. */
    public static final int MENTEES = 13;

    private DemoPairings() {}

    /**
     * The pairings of the county of {@code schools} (one county's school years of {@code startYear}) starting in
     * {@code startYear}: the first {@value #MENTORS} urban primary schools with the first {@value #MENTEES} rural
     * ones, by code; fewer when the county has fewer.
     */
    public static List<Pairing> draft(List<SchoolYear> schools, int startYear) {
        List<SchoolYear> urban = primary(schools, Location.URBAN, MENTORS);
        List<SchoolYear> rural = primary(schools, Location.RURAL, MENTEES);
        List<Pairing> pairs = new ArrayList<>();
        if (rural.isEmpty()) {
            return pairs;
        }
        for (int i = 0; i < urban.size(); i++) {
            SchoolYear mentor = urban.get(i);
            SchoolYear mentee = rural.get(i % rural.size());
            var agreement = new Agreement(
                    LocalDate.of(startYear, 8, 28),
                    mentor.name() + "与" + mentee.name() + "签订结对帮扶协议：每周一次教研活动日，每月一次教学沙龙，" + "骨干教师每人带教受援学校教师1至3名。",
                    "结对协议〔" + startYear + "〕" + (i + 1) + "号");
            pairs.add(new Pairing(
                    0,
                    mentor.county().code(),
                    Segment.PRIMARY,
                    mentor.code(),
                    mentee.code(),
                    startYear,
                    null,
                    agreement));
        }
        return pairs;
    }

    /** A few log entries of the {@code index}-th demo pairing (the first three have some), recorded by {@code user}. */
    public static List<PairingActivity> activities(long pairingId, int index, int startYear, String user) {
        if (index >= 3) {
            return List.of();
        }
        return List.of(
                new PairingActivity(
                        0,
                        pairingId,
                        LocalDate.of(startYear, 9, 15 + index),
                        ActivityKind.VISIT,
                        12,
                        null,
                        "受援学校教师到帮扶学校跟岗听课。",
                        user),
                new PairingActivity(
                        0,
                        pairingId,
                        LocalDate.of(startYear, 10, 20 + index),
                        ActivityKind.MENTORED_TEACHER,
                        4,
                        2 + index % 2,
                        "骨干教师签订师徒协议。",
                        user),
                new PairingActivity(
                        0,
                        pairingId,
                        LocalDate.of(startYear + 1, 3, 10 + index),
                        ActivityKind.SALON,
                        25,
                        null,
                        "月度教学沙龙：作业设计。",
                        user));
    }

    private static List<SchoolYear> primary(List<SchoolYear> schools, Location location, int limit) {
        return schools.stream()
                .filter(s -> s.location() == location && s.primary().hasStudents())
                .sorted(Comparator.comparing(SchoolYear::code))
                .limit(limit)
                .toList();
    }
}
