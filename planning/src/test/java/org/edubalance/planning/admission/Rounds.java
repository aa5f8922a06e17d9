package org.edubalance.planning.admission;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.admission.AdmissionPolicy;
import org.edubalance.core.admission.AdmissionPolicy.TieBreak;
import org.edubalance.core.admission.AdmissionRound;
import org.edubalance.core.admission.AdmissionSchool;
import org.edubalance.core.admission.Applicant;
import org.edubalance.core.admission.AttendanceZone;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.admission.PriorityClass;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.planning.lottery.LotteryInput;
import org.edubalance.planning.lottery.LotteryV1;
import org.jspecify.annotations.Nullable;

/** Small rounds for the tests, written the way a reader works them by hand. */
final class Rounds {
    static final List<LotteryInput> INPUTS = List.of(
            LotteryInput.of("schools", "s".getBytes(StandardCharsets.UTF_8)),
            LotteryInput.of("seats", "t".getBytes(StandardCharsets.UTF_8)),
            LotteryInput.of("zones", "z".getBytes(StandardCharsets.UTF_8)),
            LotteryInput.of("applicants", "a".getBytes(StandardCharsets.UTF_8)),
            LotteryInput.of("policy", "p".getBytes(StandardCharsets.UTF_8)));
    static final String PUBLIC_VALUE = "test draw";

    private final List<AdmissionSchool> schools = new ArrayList<>();
    private final Map<String, List<SchoolCode>> zones = new LinkedHashMap<>();
    private final List<Applicant> applicants = new ArrayList<>();
    private AdmissionPolicy policy = national();

    static AdmissionPolicy national() {
        return new AdmissionPolicy(
                "national",
                List.of(
                        PriorityClass.SPECIAL,
                        PriorityClass.HUKOU_AND_HOME,
                        PriorityClass.HUKOU,
                        PriorityClass.HOME,
                        PriorityClass.RESIDENT),
                List.of("MILITARY", "FIREFIGHTER", "TALENT"),
                true,
                1,
                TieBreak.SINGLE);
    }

    static AdmissionPolicy with(boolean coordination, TieBreak tieBreak) {
        AdmissionPolicy n = national();
        return new AdmissionPolicy(
                n.id(), n.classes(), n.specialPriorities(), coordination, n.maxPrivateChoices(), tieBreak);
    }

    /** A public school in {@code zone} (null: none) at (lat, lon) (NaN: no position). */
    Rounds school(String code, int seats, @Nullable String zone, double lat, double lon) {
        schools.add(new AdmissionSchool(
                new SchoolCode(code), seats, false, Double.isNaN(lat) ? null : new GeoPoint(lat, lon)));
        if (zone != null) {
            zones.computeIfAbsent(zone, z -> new ArrayList<>()).add(new SchoolCode(code));
        }
        return this;
    }

    Rounds school(String code, int seats, String zone) {
        return school(code, seats, zone, Double.NaN, Double.NaN);
    }

    Rounds privateSchool(String code, int seats) {
        schools.add(new AdmissionSchool(new SchoolCode(code), seats, true, null));
        return this;
    }

    /** A child with an owned home in its hukou zone, no position, the given choices. */
    Rounds child(String id, @Nullable String zone, String... choices) {
        return child(id, zone, zone, true, false, null, null, choices);
    }

    Rounds child(
            String id,
            @Nullable String hukou,
            @Nullable String home,
            boolean owned,
            boolean permit,
            @Nullable String special,
            @Nullable GeoPoint position,
            String... choices) {
        applicants.add(new Applicant(
                id,
                hukou,
                home,
                owned,
                permit,
                false,
                special,
                Arrays.stream(choices).map(SchoolCode::new).toList(),
                position));
        return this;
    }

    Rounds add(Applicant applicant) {
        applicants.add(applicant);
        return this;
    }

    Rounds policy(AdmissionPolicy value) {
        this.policy = value;
        return this;
    }

    AdmissionRound round() {
        List<AttendanceZone> zoneList = new ArrayList<>();
        zones.forEach((id, members) -> zoneList.add(new AttendanceZone(id, members)));
        return new AdmissionRound(2026, new RegionCode("371002"), EntryGrade.G1, schools, zoneList, applicants, policy);
    }

    AdmissionResult plan() {
        return new AdmissionPlanner().plan(round(), INPUTS, PUBLIC_VALUE);
    }

    /** The child's number in the test draw (SINGLE), from the lottery itself. */
    static String number(String message) {
        return LotteryV1.draw(LotteryV1.commit(INPUTS), PUBLIC_VALUE).number(message);
    }

    /** The ids ordered by their lottery numbers, lowest (first drawn) first. */
    static List<String> byNumber(String... messages) {
        return Arrays.stream(messages)
                .sorted((a, b) -> number(a).compareTo(number(b)))
                .toList();
    }

    static AdmissionResult.Assignment of(AdmissionResult result, String id) {
        return result.assignments().stream()
                .filter(a -> a.applicantId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    static AdmissionResult.SchoolLine line(AdmissionResult result, String code) {
        return result.schools().stream()
                .filter(s -> s.code().value().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
