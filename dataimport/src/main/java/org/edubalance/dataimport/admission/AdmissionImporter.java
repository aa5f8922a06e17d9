package org.edubalance.dataimport.admission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.admission.AdmissionPolicy;
import org.edubalance.core.admission.Applicant;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.admission.SeatOffer;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.ImportSource;
import org.edubalance.dataimport.admission.AdmissionFiles.ApplicantRow;
import org.edubalance.dataimport.admission.AdmissionFiles.SeatRow;
import org.edubalance.dataimport.admission.AdmissionFiles.ZoneRow;
import org.edubalance.dataimport.planinput.FileRows;
import org.edubalance.dataimport.planinput.PlanningFileCells;
import org.jspecify.annotations.Nullable;

/**
 * Imports {@code seats.csv}, {@code zones.csv} and {@code applicants.csv} (CSV or the first sheet of an XLSX) against
 * the school data and the policy (docs/planning/admission.md §1), all or nothing. Each file's cells are checked first;
 * when they are all good, the rules across files: each school exists in the school data of the row's year and county
 * ({@link ImportIssueCode#IMP_060}) with the grade's segment ({@link ImportIssueCode#IMP_100}); seats rows are unique
 * ({@link ImportIssueCode#IMP_101}); zones hold no private school ({@link ImportIssueCode#IMP_102}) and no school
 * twice ({@link ImportIssueCode#IMP_103}); every public school with seats is in a zone ({@link
 * ImportIssueCode#IMP_104}); applicant ids are unique per year and grade ({@link ImportIssueCode#IMP_105}); the zones
 * an applicant names exist ({@link ImportIssueCode#IMP_106}); each choice has seats ({@link ImportIssueCode#IMP_107}),
 * is private or in the applicant's zones ({@link ImportIssueCode#IMP_108}), comes once ({@link
 * ImportIssueCode#IMP_109}), within {@code maxPrivateChoices} ({@link ImportIssueCode#IMP_110}); a priority is the
 * policy's ({@link ImportIssueCode#IMP_111}). Every problem is reported at the row and cell that breaks the rule.
 */
public final class AdmissionImporter {

    /**
     * Imports the three files.
     *
     * @throws ImportRejectedException with every error of the three files when any has one
     */
    public AdmissionFiles importFiles(
            Path seatsFile, Path zonesFile, Path applicantsFile, List<SchoolYear> schools, AdmissionPolicy policy) {
        var issues = ImportReport.builder();
        FileRows<SeatColumn, SeatRow> seats =
                FileRows.read(seatsFile, SeatColumn.class, issues, AdmissionImporter::seat);
        FileRows<ZoneColumn, ZoneRow> zones =
                FileRows.read(zonesFile, ZoneColumn.class, issues, AdmissionImporter::zone);
        FileRows<ApplicantColumn, ApplicantRow> applicants =
                FileRows.read(applicantsFile, ApplicantColumn.class, issues, AdmissionImporter::applicant);
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        new CrossFileChecks(schools, policy, issues).check(seats, zones, applicants);
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        return new AdmissionFiles(seats.rows(), zones.rows(), applicants.rows(), schools, issues.build());
    }

    /**
     * Imports {@code seats.csv} and {@code zones.csv} alone, for what needs the places and the zones but no applicants
     * (the seat-demand forecast, docs/planning/zoning.md): the same cell rules and the same rules across the two files
     * and the school data; the result holds no applicants.
     *
     * @throws ImportRejectedException with every error of the two files when any has one
     */
    public AdmissionFiles importSeatsAndZones(Path seatsFile, Path zonesFile, List<SchoolYear> schools) {
        var issues = ImportReport.builder();
        FileRows<SeatColumn, SeatRow> seats =
                FileRows.read(seatsFile, SeatColumn.class, issues, AdmissionImporter::seat);
        FileRows<ZoneColumn, ZoneRow> zones =
                FileRows.read(zonesFile, ZoneColumn.class, issues, AdmissionImporter::zone);
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        // No applicant is checked, so the policy's rules about them never apply: the shipped one stands in.
        AdmissionPolicy anyPolicy = org.edubalance.dataimport.policy.AdmissionPolicyReader.load("national")
                .policy();
        new CrossFileChecks(schools, anyPolicy, issues)
                .check(seats, zones, new FileRows<>(ImportSource.of(seatsFile), null, List.of()));
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        return new AdmissionFiles(seats.rows(), zones.rows(), List.of(), schools, issues.build());
    }

    /**
     * Imports {@code seats.csv} alone, for the zoning planner (docs/planning/zoning.md §5), which makes the zones rather
     * than reading them: the same cell rules and the same rules against the school data; the result holds no zones.
     *
     * @throws ImportRejectedException with every error of the file when it has one
     */
    public AdmissionFiles importSeats(Path seatsFile, List<SchoolYear> schools) {
        var issues = ImportReport.builder();
        FileRows<SeatColumn, SeatRow> seats =
                FileRows.read(seatsFile, SeatColumn.class, issues, AdmissionImporter::seat);
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        AdmissionPolicy anyPolicy = org.edubalance.dataimport.policy.AdmissionPolicyReader.load("national")
                .policy();
        new CrossFileChecks(schools, anyPolicy, issues).checkSeatsOnly(seats);
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        return new AdmissionFiles(seats.rows(), List.of(), List.of(), schools, issues.build());
    }

    private static @Nullable SeatRow seat(PlanningFileCells<SeatColumn> c) {
        int year = c.year(SeatColumn.YEAR);
        RegionCode county = c.county(SeatColumn.COUNTY_CODE);
        String school = c.required(SeatColumn.SCHOOL_CODE);
        EntryGrade grade = c.grade(SeatColumn.ENTRY_GRADE);
        int seats = c.count(SeatColumn.SEATS);
        if (c.failed() || county == null || school == null || grade == null) {
            return null;
        }
        return new SeatRow(
                c.rowNumber(),
                new SeatOffer(year, county, new SchoolCode(school), grade, seats, c.optional(SeatColumn.BLOCK_ID)));
    }

    private static @Nullable ZoneRow zone(PlanningFileCells<ZoneColumn> c) {
        int year = c.year(ZoneColumn.YEAR);
        RegionCode county = c.county(ZoneColumn.COUNTY_CODE);
        EntryGrade grade = c.grade(ZoneColumn.ENTRY_GRADE);
        String zone = c.required(ZoneColumn.ZONE_ID);
        String school = c.required(ZoneColumn.SCHOOL_CODE);
        if (c.failed() || county == null || grade == null || zone == null || school == null) {
            return null;
        }
        return new ZoneRow(c.rowNumber(), year, county, grade, zone, new SchoolCode(school));
    }

    private static @Nullable ApplicantRow applicant(PlanningFileCells<ApplicantColumn> c) {
        int year = c.year(ApplicantColumn.YEAR);
        RegionCode county = c.county(ApplicantColumn.COUNTY_CODE);
        EntryGrade grade = c.grade(ApplicantColumn.ENTRY_GRADE);
        String id = c.required(ApplicantColumn.APPLICANT_ID);
        boolean owned = c.bool(ApplicantColumn.HOME_OWNED);
        boolean permit = c.bool(ApplicantColumn.RESIDENCE_PERMIT);
        boolean migrant = c.bool(ApplicantColumn.MIGRANT);
        GeoPoint home = c.position(ApplicantColumn.LATITUDE, ApplicantColumn.LONGITUDE);
        List<SchoolCode> choices = new ArrayList<>();
        String listed = c.text(ApplicantColumn.CHOICES);
        for (String part : listed.isEmpty() ? new String[0] : listed.split(";", -1)) {
            String code = part.strip();
            if (code.isEmpty()) {
                c.error(
                        ApplicantColumn.CHOICES,
                        listed,
                        ImportIssueCode.IMP_107,
                        "An empty choice in '" + listed + "'. Maybe a ';' too many; codes are separated by one ';'.");
            } else {
                choices.add(new SchoolCode(code));
            }
        }
        if (c.failed() || county == null || grade == null || id == null) {
            return null;
        }
        var applicant = new Applicant(
                id,
                c.optional(ApplicantColumn.HUKOU_ZONE),
                c.optional(ApplicantColumn.HOME_ZONE),
                owned,
                permit,
                migrant,
                c.optional(ApplicantColumn.SPECIAL_PRIORITY),
                choices,
                home);
        return new ApplicantRow(c.rowNumber(), year, county, grade, applicant);
    }
}
