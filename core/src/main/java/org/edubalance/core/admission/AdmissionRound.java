package org.edubalance.core.admission;

import java.util.List;
import org.edubalance.core.region.RegionCode;

/**
 * One admission round, the problem the mechanism solves: the selected year, county and grade, the schools with seats
 * rows, the zones, the registered children in file order and the policy.
 *
 * @param year the school year
 * @param county the county
 * @param grade the entry grade
 * @param schools every school with a seats row for the selection (0 seats too)
 * @param zones the attendance zones of the grade
 * @param applicants the children, in the applicants file's row order
 * @param policy the admission policy
 */
public record AdmissionRound(
        int year,
        RegionCode county,
        EntryGrade grade,
        List<AdmissionSchool> schools,
        List<AttendanceZone> zones,
        List<Applicant> applicants,
        AdmissionPolicy policy) {
    public AdmissionRound {
        schools = List.copyOf(schools);
        zones = List.copyOf(zones);
        applicants = List.copyOf(applicants);
    }
}
