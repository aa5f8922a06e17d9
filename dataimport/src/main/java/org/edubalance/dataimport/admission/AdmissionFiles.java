package org.edubalance.dataimport.admission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.edubalance.core.admission.AdmissionPolicy;
import org.edubalance.core.admission.AdmissionRound;
import org.edubalance.core.admission.AdmissionSchool;
import org.edubalance.core.admission.Applicant;
import org.edubalance.core.admission.AttendanceZone;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.admission.SeatOffer;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.ImportReport;

/**
 * The three files of admission rounds, read and checked: every row of each, with its row number, and the warnings.
 * The files may hold several years, counties and grades; {@link #round} selects one.
 *
 * @param seats every seats row
 * @param zones every zones row
 * @param applicants every applicants row, in file order
 * @param schools the school data the files were checked against
 * @param report the warnings of the three files (unknown columns)
 */
public record AdmissionFiles(
        List<SeatRow> seats,
        List<ZoneRow> zones,
        List<ApplicantRow> applicants,
        List<SchoolYear> schools,
        ImportReport report) {

    public AdmissionFiles {
        seats = List.copyOf(seats);
        zones = List.copyOf(zones);
        applicants = List.copyOf(applicants);
        schools = List.copyOf(schools);
    }

    /** A row of {@code seats.csv}. */
    public record SeatRow(long row, SeatOffer offer) {}

    /** A row of {@code zones.csv}. */
    public record ZoneRow(long row, int year, RegionCode county, EntryGrade grade, String zoneId, SchoolCode school) {}

    /** A row of {@code applicants.csv}. */
    public record ApplicantRow(long row, int year, RegionCode county, EntryGrade grade, Applicant applicant) {}

    /** The years the three files hold, ascending. */
    public TreeSet<Integer> years() {
        var years = new TreeSet<Integer>();
        seats.forEach(s -> years.add(s.offer().year()));
        zones.forEach(z -> years.add(z.year()));
        applicants.forEach(a -> years.add(a.year()));
        return years;
    }

    /** The counties of {@code year} in the three files, ascending. */
    public TreeSet<String> counties(int year) {
        var counties = new TreeSet<String>();
        seats.stream()
                .filter(s -> s.offer().year() == year)
                .forEach(s -> counties.add(s.offer().county().value()));
        zones.stream()
                .filter(z -> z.year() == year)
                .forEach(z -> counties.add(z.county().value()));
        applicants.stream()
                .filter(a -> a.year() == year)
                .forEach(a -> counties.add(a.county().value()));
        return counties;
    }

    /** The entry grades of {@code year} and {@code county}, in grade order. */
    public TreeSet<EntryGrade> grades(int year, RegionCode county) {
        var grades = new TreeSet<EntryGrade>();
        seats.stream()
                .filter(s -> s.offer().year() == year && s.offer().county().equals(county))
                .forEach(s -> grades.add(s.offer().grade()));
        zones.stream()
                .filter(z -> z.year() == year && z.county().equals(county))
                .forEach(z -> grades.add(z.grade()));
        applicants.stream()
                .filter(a -> a.year() == year && a.county().equals(county))
                .forEach(a -> grades.add(a.grade()));
        return grades;
    }

    /** The round of one year, county and grade under {@code policy}. */
    public AdmissionRound round(int year, RegionCode county, EntryGrade grade, AdmissionPolicy policy) {
        Map<String, SchoolYear> byCode = new LinkedHashMap<>();
        schools.stream()
                .filter(s -> s.year() == year)
                .forEach(s -> byCode.put(s.code().value(), s));
        List<AdmissionSchool> roundSchools = new ArrayList<>();
        for (SeatRow row : seats) {
            SeatOffer o = row.offer();
            if (o.year() == year && o.county().equals(county) && o.grade() == grade) {
                SchoolYear school = byCode.get(o.school().value());
                roundSchools.add(new AdmissionSchool(
                        o.school(),
                        o.seats(),
                        school != null && school.ownership() == Ownership.PRIVATE,
                        school == null ? null : school.position()));
            }
        }
        Map<String, List<SchoolCode>> members = new LinkedHashMap<>();
        for (ZoneRow row : zones) {
            if (row.year() == year && row.county().equals(county) && row.grade() == grade) {
                members.computeIfAbsent(row.zoneId(), z -> new ArrayList<>()).add(row.school());
            }
        }
        List<AttendanceZone> roundZones = new ArrayList<>();
        members.forEach((id, list) -> roundZones.add(new AttendanceZone(id, list)));
        List<Applicant> children = applicants.stream()
                .filter(a -> a.year() == year && a.county().equals(county) && a.grade() == grade)
                .map(ApplicantRow::applicant)
                .toList();
        return new AdmissionRound(year, county, grade, roundSchools, roundZones, children, policy);
    }
}
