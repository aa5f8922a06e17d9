package org.edubalance.core.demo;

import java.util.List;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.jspecify.annotations.Nullable;

/**
 * Synthetic inputs of the enrolment rounds of grade 1 and grade 7 (docs/data-formats.md §3): the places each school
 * offers, the attendance zones and the registered children, one round per county and entry grade.
 *
 * @param seats one row per school taking part, ordered by county, grade and school code
 * @param zones one row per zone and member school, ordered by county, grade and zone
 * @param applicants one row per registered child, ordered by county and grade, in registration order
 */
public record DemoEnrolment(List<SeatPlan> seats, List<ZoneSchool> zones, List<Applicant> applicants) {

    public DemoEnrolment {
        seats = List.copyOf(seats);
        zones = List.copyOf(zones);
        applicants = List.copyOf(applicants);
    }

    /** The first grade of a segment, where children enter a school. */
    public enum EntryGrade {
        /** Grade 1, entering primary school; planned in classes of 45. */
        G1(Segment.PRIMARY, 6, 45),
        /** Grade 7, entering junior secondary school; planned in classes of 50. */
        G7(Segment.JUNIOR, 3, 50);

        private final Segment segment;
        private final int gradesInSegment;
        private final int classSize;

        EntryGrade(Segment segment, int gradesInSegment, int classSize) {
            this.segment = segment;
            this.gradesInSegment = gradesInSegment;
            this.classSize = classSize;
        }

        /** The segment a school must have to admit into this grade. */
        public Segment segment() {
            return segment;
        }

        /** How many grades the segment has: a school's students divided by this is one year's cohort. */
        public int gradesInSegment() {
            return gradesInSegment;
        }

        /** The class size the plan counts in (the standard class sizes: 45 primary, 50 junior). */
        public int classSize() {
            return classSize;
        }
    }

    /** The places a school offers for an entry grade (招生计划); 0 when it does not admit this year. */
    public record SeatPlan(int year, RegionCode county, SchoolCode school, EntryGrade grade, int seats) {}

    /** One school of an attendance zone (学区); several rows with one zone id make a multi-school zone. */
    public record ZoneSchool(int year, RegionCode county, EntryGrade grade, String zoneId, SchoolCode school) {}

    /**
     * One registered child (报名), under a pseudonymous id.
     *
     * @param hukouZone the zone of the household registration; null when registered outside the county
     * @param homeZone the zone of the home; null when unknown
     * @param specialPriority null or a priority code ({@code MILITARY}, {@code FIREFIGHTER}, {@code TALENT})
     * @param choices the schools applied to, most wanted first: at most one private school, and the schools of a
     *     multi-school zone in the family's order
     * @param home the home's position, when known
     */
    public record Applicant(
            int year,
            RegionCode county,
            EntryGrade grade,
            String id,
            @Nullable String hukouZone,
            @Nullable String homeZone,
            boolean homeOwned,
            boolean residencePermit,
            boolean migrant,
            @Nullable String specialPriority,
            List<SchoolCode> choices,
            @Nullable GeoPoint home) {

        public Applicant {
            choices = List.copyOf(choices);
        }
    }
}
