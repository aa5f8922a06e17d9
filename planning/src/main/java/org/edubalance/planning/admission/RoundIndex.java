package org.edubalance.planning.admission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.admission.AdmissionPolicy;
import org.edubalance.core.admission.AdmissionRound;
import org.edubalance.core.admission.AdmissionSchool;
import org.edubalance.core.admission.Applicant;
import org.edubalance.core.admission.AttendanceZone;
import org.edubalance.core.admission.PriorityClass;
import org.edubalance.core.school.SchoolCode;

/**
 * A round in int-indexed arrays, so that a million children cost no map look-ups in the mechanism: schools are
 * numbered in code order (so a school's index is its rank among codes), zones and children in file order.
 */
final class RoundIndex {
    final AdmissionRound round;
    final AdmissionPolicy policy;
    final int schoolCount;
    final SchoolCode[] codes;
    final int[] seats;
    final boolean[] privateSchool;
    final boolean[] positioned;
    /** Each school's latitude, its cosine and its longitude, in radians (for the distance rule). */
    final double[] phi;

    final double[] cosPhi;
    final double[] lambda;
    /** The zone of each public school, -1 when it is in none. */
    final int[] zoneOf;

    final String[] zoneIds;
    /** Each zone's schools with seats > 0. */
    final int[][] zoneSchools;
    /** The public schools with seats > 0, by code: the coordination part of every list. */
    final int[] coordination;

    final int childCount;
    final Applicant[] children;
    final int[] hukou;
    final int[] home;
    final boolean[] special;
    /** Each child's choices that take part in lists (schools of the round with seats > 0), in the child's order. */
    final int[][] choices;

    final Map<String, Integer> schoolByCode;
    private final int outOfZone;
    private final int[] classesOrder;

    RoundIndex(AdmissionRound round) {
        this.round = round;
        this.policy = round.policy();
        List<AdmissionSchool> sorted = new ArrayList<>(round.schools());
        sorted.sort(Comparator.comparing(AdmissionSchool::code));
        schoolCount = sorted.size();
        codes = new SchoolCode[schoolCount];
        seats = new int[schoolCount];
        privateSchool = new boolean[schoolCount];
        positioned = new boolean[schoolCount];
        phi = new double[schoolCount];
        cosPhi = new double[schoolCount];
        lambda = new double[schoolCount];
        zoneOf = new int[schoolCount];
        schoolByCode = new HashMap<>(schoolCount * 2);
        List<Integer> coordinationList = new ArrayList<>();
        for (int s = 0; s < schoolCount; s++) {
            AdmissionSchool school = sorted.get(s);
            codes[s] = school.code();
            seats[s] = school.seats();
            privateSchool[s] = school.privateSchool();
            if (school.position() != null) {
                positioned[s] = true;
                phi[s] = HomeDistance.radians(school.position().latitude());
                cosPhi[s] = StrictMath.cos(phi[s]);
                lambda[s] = HomeDistance.radians(school.position().longitude());
            }
            zoneOf[s] = -1;
            schoolByCode.put(school.code().value(), s);
            if (!school.privateSchool() && school.seats() > 0) {
                coordinationList.add(s);
            }
        }
        coordination = coordinationList.stream().mapToInt(Integer::intValue).toArray();
        Map<String, Integer> zoneById = new HashMap<>();
        List<AttendanceZone> zones = round.zones();
        zoneIds = new String[zones.size()];
        zoneSchools = new int[zones.size()][];
        for (int z = 0; z < zones.size(); z++) {
            AttendanceZone zone = zones.get(z);
            zoneIds[z] = zone.id();
            zoneById.putIfAbsent(zone.id(), z);
            List<Integer> members = new ArrayList<>();
            for (SchoolCode code : zone.schools()) {
                Integer s = schoolByCode.get(code.value());
                if (s != null && !privateSchool[s] && zoneOf[s] < 0) {
                    zoneOf[s] = z;
                    if (seats[s] > 0) {
                        members.add(s);
                    }
                }
            }
            zoneSchools[z] = members.stream().mapToInt(Integer::intValue).toArray();
        }
        childCount = round.applicants().size();
        children = round.applicants().toArray(Applicant[]::new);
        hukou = new int[childCount];
        home = new int[childCount];
        special = new boolean[childCount];
        choices = new int[childCount][];
        // Each child's entries are its own (the maps are only read): one slice per processor.
        int slices = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), childCount / 10_000));
        java.util.stream.IntStream.range(0, slices).parallel().forEach(slice -> {
            for (int c = slice * childCount / slices; c < (slice + 1) * childCount / slices; c++) {
                Applicant child = children[c];
                hukou[c] = zone(zoneById, child.hukouZone());
                home[c] = zone(zoneById, child.homeZone());
                special[c] = child.specialPriority() != null
                        && policy.specialPriorities().contains(child.specialPriority());
                choices[c] = choices(child);
            }
        });
        outOfZone = policy.classes().size();
        classesOrder = new int[PriorityClass.values().length];
        for (int i = 0; i < policy.classes().size(); i++) {
            classesOrder[policy.classes().get(i).ordinal()] = i;
        }
    }

    private static int zone(Map<String, Integer> zoneById, String id) {
        if (id == null) {
            return -1;
        }
        Integer z = zoneById.get(id);
        return z == null ? -1 : z;
    }

    private int[] choices(Applicant child) {
        int[] listed = new int[child.choices().size()];
        int n = 0;
        for (SchoolCode code : child.choices()) {
            Integer s = schoolByCode.get(code.value());
            if (s != null && seats[s] > 0 && !contains(listed, n, s)) {
                listed[n++] = s;
            }
        }
        return n == listed.length ? listed : java.util.Arrays.copyOf(listed, n);
    }

    static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** The rank of the child's class at the school: 0 first; {@link #outOfZone()} for OUT_OF_ZONE. */
    int classOrder(int child, int school) {
        if (privateSchool[school]) {
            return 0;
        }
        int z = zoneOf[school];
        if (z < 0) {
            return outOfZone;
        }
        Applicant a = children[child];
        boolean inHukou = hukou[child] == z;
        boolean inHome = home[child] == z;
        for (PriorityClass c : policy.classes()) {
            if (PriorityClassRule.holds(c, a, inHukou, inHome, policy)) {
                return classesOrder[c.ordinal()];
            }
        }
        return outOfZone;
    }

    int outOfZone() {
        return outOfZone;
    }

    /** The class behind a {@link #classOrder} at {@code school}. */
    PriorityClass priorityClass(int order, int school) {
        if (privateSchool[school]) {
            return PriorityClass.PRIVATE;
        }
        return order == outOfZone ? PriorityClass.OUT_OF_ZONE : policy.classes().get(order);
    }
}
