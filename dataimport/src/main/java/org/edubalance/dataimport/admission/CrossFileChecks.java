package org.edubalance.dataimport.admission;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.admission.AdmissionPolicy;
import org.edubalance.core.admission.Applicant;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.admission.SeatOffer;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.admission.AdmissionFiles.ApplicantRow;
import org.edubalance.dataimport.admission.AdmissionFiles.SeatRow;
import org.edubalance.dataimport.admission.AdmissionFiles.ZoneRow;
import org.edubalance.dataimport.planinput.FileRows;

/** The rules of an admission round that span files (see {@link AdmissionImporter}), each reported at its row. */
final class CrossFileChecks {
    private final Map<String, SchoolYear> schoolByYearAndCode = new HashMap<>();
    private final AdmissionPolicy policy;
    private final ImportReport.Builder issues;
    /** Seats per (year, county, grade) and school code. */
    private final Map<String, Map<String, Integer>> seatsByRound = new HashMap<>();
    /** The zone of each school per (year, county, grade). */
    private final Map<String, Map<String, String>> zoneByRound = new HashMap<>();

    CrossFileChecks(List<SchoolYear> schools, AdmissionPolicy policy, ImportReport.Builder issues) {
        schools.forEach(s -> schoolByYearAndCode.put(s.year() + "/" + s.code().value(), s));
        this.policy = policy;
        this.issues = issues;
    }

    private static String round(int year, RegionCode county, EntryGrade grade) {
        return year + "/" + county.value() + "/" + grade.name();
    }

    void check(
            FileRows<SeatColumn, SeatRow> seats,
            FileRows<ZoneColumn, ZoneRow> zones,
            FileRows<ApplicantColumn, ApplicantRow> applicants) {
        checkSeats(seats);
        checkZones(zones);
        checkZoned(seats);
        checkApplicants(applicants);
    }

    /** The seats file's rules against the school data alone, for the zoning planner, which makes the zones. */
    void checkSeatsOnly(FileRows<SeatColumn, SeatRow> seats) {
        checkSeats(seats);
    }

    private void checkSeats(FileRows<SeatColumn, SeatRow> file) {
        for (SeatRow row : file.rows()) {
            SeatOffer o = row.offer();
            SchoolYear school = school(
                    o.year(), o.county(), o.school(), row.row(), file, SeatColumn.SCHOOL_CODE, SeatColumn.COUNTY_CODE);
            if (school != null && !school.type().allows(o.grade().segment())) {
                issues.add(file.issue(
                        row.row(),
                        SeatColumn.ENTRY_GRADE,
                        o.grade().name(),
                        ImportIssueCode.IMP_100,
                        "School '" + o.school() + "' is a "
                                + school.type().name().toLowerCase(java.util.Locale.ROOT)
                                + " school without the "
                                + o.grade().segment().englishName().toLowerCase(java.util.Locale.ROOT)
                                + " segment that " + o.grade() + " needs. Maybe the grade or the school code is"
                                + " wrong."));
            }
            Map<String, Integer> seats =
                    seatsByRound.computeIfAbsent(round(o.year(), o.county(), o.grade()), k -> new HashMap<>());
            if (seats.putIfAbsent(o.school().value(), o.seats()) != null) {
                issues.add(file.issue(
                        row.row(),
                        SeatColumn.SCHOOL_CODE,
                        o.school().value(),
                        ImportIssueCode.IMP_101,
                        "School '" + o.school() + "' already has a seats row for " + o.year() + ", " + o.county() + ", "
                                + o.grade() + ". Maybe a row was copied twice; one row per school."));
            }
        }
    }

    private void checkZones(FileRows<ZoneColumn, ZoneRow> file) {
        for (ZoneRow row : file.rows()) {
            SchoolYear school = school(
                    row.year(),
                    row.county(),
                    row.school(),
                    row.row(),
                    file,
                    ZoneColumn.SCHOOL_CODE,
                    ZoneColumn.COUNTY_CODE);
            if (school != null && school.ownership() == Ownership.PRIVATE) {
                issues.add(file.issue(
                        row.row(),
                        ZoneColumn.SCHOOL_CODE,
                        row.school().value(),
                        ImportIssueCode.IMP_102,
                        "School '" + row.school() + "' is private (民办) in the school data; private schools are in"
                                + " no zone and draw lots among all who apply. Maybe delete this row."));
                continue;
            }
            Map<String, String> zoneOf =
                    zoneByRound.computeIfAbsent(round(row.year(), row.county(), row.grade()), k -> new HashMap<>());
            String earlier = zoneOf.putIfAbsent(row.school().value(), row.zoneId());
            if (earlier != null) {
                issues.add(file.issue(
                        row.row(),
                        ZoneColumn.SCHOOL_CODE,
                        row.school().value(),
                        ImportIssueCode.IMP_103,
                        "School '" + row.school() + "' is already in zone '" + earlier + "' for " + row.grade()
                                + "; a school is in exactly one zone. Maybe delete this row."));
            }
        }
    }

    /** Every public school with seats is in one zone of its grade. */
    private void checkZoned(FileRows<SeatColumn, SeatRow> file) {
        for (SeatRow row : file.rows()) {
            SeatOffer o = row.offer();
            SchoolYear school =
                    schoolByYearAndCode.get(o.year() + "/" + o.school().value());
            if (school == null || school.ownership() == Ownership.PRIVATE || o.seats() == 0) {
                continue;
            }
            if (!zoneByRound
                    .getOrDefault(round(o.year(), o.county(), o.grade()), Map.of())
                    .containsKey(o.school().value())) {
                issues.add(file.issue(
                        row.row(),
                        SeatColumn.SCHOOL_CODE,
                        o.school().value(),
                        ImportIssueCode.IMP_104,
                        "Public school '" + o.school() + "' offers " + o.seats() + " seats for " + o.grade()
                                + " but is in no zone of the zones file. Maybe add a zones row for it."));
            }
        }
    }

    private void checkApplicants(FileRows<ApplicantColumn, ApplicantRow> file) {
        Map<String, Long> firstRow = new HashMap<>();
        Map<String, Set<String>> zoneIds = new HashMap<>();
        zoneByRound.forEach((round, zoneOf) -> zoneIds.put(round, new HashSet<>(zoneOf.values())));
        for (ApplicantRow row : file.rows()) {
            Applicant a = row.applicant();
            String round = round(row.year(), row.county(), row.grade());
            Long first = firstRow.putIfAbsent(row.year() + "/" + row.grade() + "/" + a.id(), row.row());
            if (first != null) {
                issues.add(file.issue(
                        row.row(),
                        ApplicantColumn.APPLICANT_ID,
                        a.id(),
                        ImportIssueCode.IMP_105,
                        "Applicant '" + a.id() + "' is already on row " + first + " for " + row.year() + " "
                                + row.grade() + ". Maybe a row was copied twice; ids are unique per year and grade."));
            }
            Set<String> zones = zoneIds.getOrDefault(round, Set.of());
            zoneNamed(file, row, ApplicantColumn.HUKOU_ZONE, a.hukouZone(), zones);
            zoneNamed(file, row, ApplicantColumn.HOME_ZONE, a.homeZone(), zones);
            if (a.specialPriority() != null && !policy.specialPriorities().contains(a.specialPriority())) {
                issues.add(file.issue(
                        row.row(),
                        ApplicantColumn.SPECIAL_PRIORITY,
                        a.specialPriority(),
                        ImportIssueCode.IMP_111,
                        "'" + a.specialPriority() + "' is not a priority of policy '" + policy.id()
                                + "'. Maybe one of: " + String.join(", ", policy.specialPriorities()) + "."));
            }
            checkChoices(file, row, round);
        }
    }

    private void zoneNamed(
            FileRows<ApplicantColumn, ApplicantRow> file,
            ApplicantRow row,
            ApplicantColumn column,
            String zone,
            Set<String> zones) {
        if (zone != null && !zones.contains(zone)) {
            issues.add(file.issue(
                    row.row(),
                    column,
                    zone,
                    ImportIssueCode.IMP_106,
                    "Zone '" + zone + "' is not in the zones file for " + row.year() + ", " + row.county() + ", "
                            + row.grade() + ". Maybe a typo, or blank when unknown."));
        }
    }

    private void checkChoices(FileRows<ApplicantColumn, ApplicantRow> file, ApplicantRow row, String round) {
        Applicant a = row.applicant();
        Map<String, Integer> seats = seatsByRound.getOrDefault(round, Map.of());
        Map<String, String> zoneOf = zoneByRound.getOrDefault(round, Map.of());
        Set<String> seen = new HashSet<>();
        int privateChoices = 0;
        for (SchoolCode choice : a.choices()) {
            String code = choice.value();
            if (!seen.add(code)) {
                choiceIssue(
                        file,
                        row,
                        code,
                        ImportIssueCode.IMP_109,
                        "School '" + code + "' is chosen twice."
                                + " Maybe delete the second one; a school comes once on a list.");
                continue;
            }
            Integer offered = seats.get(code);
            if (offered == null || offered == 0) {
                choiceIssue(
                        file,
                        row,
                        code,
                        ImportIssueCode.IMP_107,
                        "School '" + code + "' has "
                                + (offered == null ? "no seats row" : "0 seats") + " for " + row.year() + ", "
                                + row.county()
                                + ", " + row.grade()
                                + ". Maybe a typo in the code; only schools with seats can be chosen.");
                continue;
            }
            SchoolYear school = schoolByYearAndCode.get(row.year() + "/" + code);
            if (school != null && school.ownership() == Ownership.PRIVATE) {
                privateChoices++;
                if (privateChoices > policy.maxPrivateChoices()) {
                    choiceIssue(
                            file,
                            row,
                            code,
                            ImportIssueCode.IMP_110,
                            "School '" + code + "' is private choice "
                                    + privateChoices + "; policy '" + policy.id() + "' allows "
                                    + policy.maxPrivateChoices() + ". Maybe keep the most wanted one(s).");
                }
                continue;
            }
            String zone = zoneOf.get(code);
            if (zone == null || (!zone.equals(a.hukouZone()) && !zone.equals(a.homeZone()))) {
                choiceIssue(
                        file,
                        row,
                        code,
                        ImportIssueCode.IMP_108,
                        "Public school '" + code + "' is in zone '"
                                + zone + "', neither the hukou zone '" + a.hukouZone() + "' nor the home zone '"
                                + a.homeZone() + "'. Maybe the zones are wrong; public schools of other zones come by"
                                + " coordination, not by choice.");
            }
        }
    }

    private void choiceIssue(
            FileRows<ApplicantColumn, ApplicantRow> file,
            ApplicantRow row,
            String choice,
            ImportIssueCode code,
            String message) {
        issues.add(file.issue(row.row(), ApplicantColumn.CHOICES, choice, code, message));
    }

    /** The school of a row in the school data of its year and county, or null after an IMP-060 issue. */
    private <C extends Enum<C> & org.edubalance.dataimport.ImportColumn> SchoolYear school(
            int year, RegionCode county, SchoolCode code, long row, FileRows<C, ?> file, C codeColumn, C countyColumn) {
        SchoolYear school = schoolByYearAndCode.get(year + "/" + code.value());
        if (school == null) {
            issues.add(file.issue(
                    row,
                    codeColumn,
                    code.value(),
                    ImportIssueCode.IMP_060,
                    "School '" + code + "' is not in the school data of " + year
                            + ". Maybe import that year's school file, or the code has a typo."));
            return null;
        }
        if (!school.county().code().equals(county)) {
            issues.add(file.issue(
                    row,
                    countyColumn,
                    county.value(),
                    ImportIssueCode.IMP_060,
                    "School '" + code + "' belongs to county " + school.county().code() + " in the school data, not "
                            + county + ". Maybe the county code was copied from another row."));
            return null;
        }
        return school;
    }
}
