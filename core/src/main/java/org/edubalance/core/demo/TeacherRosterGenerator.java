package org.edubalance.core.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.staff.BackboneLevel;
import org.edubalance.core.staff.Degree;
import org.edubalance.core.staff.Gender;
import org.edubalance.core.staff.Subject;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.core.staff.Title;
import org.jspecify.annotations.Nullable;

/**
 * Generates the teacher roster (docs/data-formats.md §4) behind demo school rows: for every school segment exactly as many
 * teachers as the row reports, of whom exactly the reported numbers are above the required degree, hold a mid or
 * senior title, are backbone teachers and teach PE, music or art. So the figures derived from the roster equal the
 * school file's, as a real bureau's would.
 *
 * <p>Within those counts the draws follow the shapes that matter for rotation: about a third of teachers have been
 * six or more years at their school; backbone teachers are mostly among the titled; older teachers hold the higher
 * titles; one principal per school; about half the teachers give a home position a few kilometres from the school;
 * a few are exempt (illness, pregnancy, near retirement). Deterministic: each school draws from its own stream seeded
 * by the generator seed and the school code, so a school's teachers do not depend on which other schools are
 * generated.
 */
public final class TeacherRosterGenerator {
    private static final List<Subject> PRIMARY_SUBJECTS = List.of(
            Subject.CHINESE,
            Subject.CHINESE,
            Subject.CHINESE,
            Subject.MATH,
            Subject.MATH,
            Subject.MATH,
            Subject.ENGLISH,
            Subject.SCIENCE,
            Subject.MORALITY,
            Subject.IT,
            Subject.OTHER);
    private static final List<Subject> JUNIOR_SUBJECTS = List.of(
            Subject.CHINESE,
            Subject.CHINESE,
            Subject.MATH,
            Subject.MATH,
            Subject.ENGLISH,
            Subject.ENGLISH,
            Subject.PHYSICS,
            Subject.CHEMISTRY,
            Subject.BIOLOGY,
            Subject.HISTORY,
            Subject.GEOGRAPHY,
            Subject.MORALITY,
            Subject.IT);
    private static final List<Subject> PE_ARTS = List.of(Subject.PE, Subject.PE, Subject.MUSIC, Subject.ART);
    /** Degrees are 0.01° of latitude ≈ 1.1 km; homes lie up to about 8 km from the school. */
    private static final double HOME_SPREAD_DEGREES = 0.05;

    private final long seed;

    /** A generator whose output is a function of {@code seed} and the school rows alone. */
    public TeacherRosterGenerator(long seed) {
        this.seed = seed;
    }

    /** The roster of {@code schools} (one school year, or several: each row gets its own teachers). */
    public List<Teacher> roster(List<SchoolYear> schools) {
        List<Teacher> roster = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (SchoolYear school : schools) {
            var draws = new RandomDraws(
                    RandomDraws.seedFor(seed, school.code().value().hashCode() + 31L * school.year()));
            boolean principalGiven = false;
            for (Segment segment : Segment.values()) {
                List<Teacher> teachers = segment(school, segment, draws, !principalGiven, ids);
                principalGiven |= !teachers.isEmpty();
                roster.addAll(teachers);
            }
        }
        return roster;
    }

    private List<Teacher> segment(
            SchoolYear school, Segment segment, RandomDraws draws, boolean withPrincipal, Set<String> ids) {
        SegmentFigures f = school.segment(segment);
        int n = f.teachers();
        if (n == 0) {
            return List.of();
        }
        // Which teachers carry each counted property: independent random subsets of the exact sizes, except that
        // backbone teachers are drawn from the titled first, as recognition usually follows title.
        boolean[] above = subset(n, f.teachersAboveDegree(), draws);
        boolean[] titled = subset(n, f.teachersMidSeniorTitle(), draws);
        boolean[] backbone = preferring(titled, f.backboneTeachers(), draws);
        boolean[] peArts = subset(n, f.peArtsTeachers(), draws);
        List<Teacher> teachers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int age = titled[i] ? draws.uniformInt(32, 59) : draws.uniformInt(23, 50);
            int years = Math.min(age - 22, (int) Math.floor(draws.skewed(0, 20, 1.6)));
            Gender gender = draws.chance(segment == Segment.PRIMARY ? 0.72 : 0.58) ? Gender.F : Gender.M;
            String exempt = exemptReason(age, gender, draws);
            teachers.add(new Teacher(
                    school.year(),
                    school.county().code(),
                    school.code(),
                    new TeacherId(newId(draws, ids)),
                    segment,
                    peArts[i]
                            ? draws.pick(PE_ARTS)
                            : draws.pick(segment == Segment.PRIMARY ? PRIMARY_SUBJECTS : JUNIOR_SUBJECTS),
                    degree(segment, above[i], draws),
                    title(titled[i], age, draws),
                    backbone[i] ? backboneLevel(draws) : BackboneLevel.NONE,
                    years,
                    school.year() - age,
                    gender,
                    withPrincipal && i == 0,
                    home(school.position(), draws),
                    exempt));
        }
        return teachers;
    }

    /** A random subset of {@code size} of {@code n} positions (partial Fisher–Yates). */
    private static boolean[] subset(int n, int size, RandomDraws draws) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        boolean[] chosen = new boolean[n];
        for (int i = 0; i < Math.min(size, n); i++) {
            int j = draws.uniformInt(i, n - 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            chosen[order[i]] = true;
        }
        return chosen;
    }

    /** {@code size} positions, taken from the {@code preferred} ones first and from the rest when they run out. */
    private static boolean[] preferring(boolean[] preferred, int size, RandomDraws draws) {
        int n = preferred.length;
        int preferredCount = 0;
        for (boolean p : preferred) {
            preferredCount += p ? 1 : 0;
        }
        boolean[] fromPreferred = subset(preferredCount, Math.min(size, preferredCount), draws);
        boolean[] fromRest = subset(n - preferredCount, Math.max(0, size - preferredCount), draws);
        boolean[] chosen = new boolean[n];
        int p = 0;
        int r = 0;
        for (int i = 0; i < n; i++) {
            chosen[i] = preferred[i] ? fromPreferred[p++] : fromRest[r++];
        }
        return chosen;
    }

    private static Degree degree(Segment segment, boolean above, RandomDraws draws) {
        if (above) {
            double u = draws.uniform(0, 1);
            if (segment == Segment.PRIMARY) {
                return u < 0.05 ? Degree.POSTGRADUATE : u < 0.75 ? Degree.BACHELOR : Degree.ASSOCIATE;
            }
            return u < 0.08 ? Degree.POSTGRADUATE : Degree.BACHELOR;
        }
        if (segment == Segment.PRIMARY) {
            return draws.chance(0.9) ? Degree.SECONDARY : Degree.OTHER;
        }
        return draws.chance(0.95) ? Degree.ASSOCIATE : Degree.SECONDARY;
    }

    private static Title title(boolean titled, int age, RandomDraws draws) {
        if (titled) {
            return age >= 45 && draws.chance(0.4) ? Title.SENIOR : Title.FIRST;
        }
        return age < 26 ? (draws.chance(0.5) ? Title.NONE : Title.THIRD) : Title.SECOND;
    }

    private static BackboneLevel backboneLevel(RandomDraws draws) {
        double u = draws.uniform(0, 1);
        return u < 0.68
                ? BackboneLevel.COUNTY
                : u < 0.93 ? BackboneLevel.CITY : u < 0.995 ? BackboneLevel.PROVINCE : BackboneLevel.NATIONAL;
    }

    private static @Nullable String exemptReason(int age, Gender gender, RandomDraws draws) {
        if (age >= 57 && draws.chance(0.6)) {
            return "near retirement 临近退休";
        }
        if (gender == Gender.F && age < 38 && draws.chance(0.03)) {
            return "pregnancy 孕期";
        }
        return draws.chance(0.01) ? "illness 疾病" : null;
    }

    private static @Nullable GeoPoint home(@Nullable GeoPoint school, RandomDraws draws) {
        if (school == null || !draws.chance(0.55)) {
            return null;
        }
        double latitude = school.latitude() + draws.uniform(-HOME_SPREAD_DEGREES, HOME_SPREAD_DEGREES);
        double longitude = school.longitude() + draws.uniform(-HOME_SPREAD_DEGREES, HOME_SPREAD_DEGREES);
        return new GeoPoint(
                round6(Math.max(-90, Math.min(90, latitude))), round6(Math.max(-180, Math.min(180, longitude))));
    }

    private static double round6(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** A pseudonymous id: "T" and eight base-36 characters, unique within the roster. */
    private static String newId(RandomDraws draws, Set<String> ids) {
        while (true) {
            long value = (long) draws.uniform(0, 2.8e12);
            String id = "T"
                    + String.format("%8s", Long.toString(value, 36))
                            .replace(' ', '0')
                            .toUpperCase(java.util.Locale.ROOT);
            if (ids.add(id)) {
                return id;
            }
        }
    }
}
