package org.edubalance.app.pairingrecord;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.pairingrecord.Agreement;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.pairingrecord.SchoolGroup;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.school.Segment;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules every pairing and group obeys, whether typed into the form, sent to the API or imported: both schools in
 * the county's school data with the segment, two different schools, years from 1990 to 2100 and an end not before the
 * start, a signing day, a summary, and no second running pairing of the same schools and segment. The school data
 * read is the start year's, else the nearest year held before it, else the nearest after (a pairing planned for the
 * coming year names the schools of the latest data).
 */
@Component
final class PairingRules {
    private final SchoolYears schoolYears;

    PairingRules(SchoolYears schoolYears) {
        this.schoolYears = schoolYears;
    }

    /**
     * The pairings of {@code rows}, each checked against {@code county}'s school data and the {@code stored}
     * pairings; every violation of every row when any breaks a rule.
     */
    List<Pairing> pairings(String file, RegionCode county, List<PairingRow> rows, List<Pairing> stored) {
        List<PairingViolation> violations = new ArrayList<>();
        List<Pairing> pairings = new ArrayList<>();
        Set<String> running = new HashSet<>();
        stored.stream().filter(p -> !p.isEnded()).forEach(p -> running.add(key(p)));
        Map<Integer, Map<SchoolCode, SchoolYear>> schools = new HashMap<>();
        for (PairingRow row : rows) {
            var found = new Violations(file, row.row());
            Pairing pairing = pairing(county, row, found, schools);
            if (pairing != null && !running.add(key(pairing))) {
                found.add(PairingRow.MENTEE, row.mentee(), PairingViolation.RUNNING);
            }
            if (found.list.isEmpty() && pairing != null) {
                pairings.add(pairing);
            }
            violations.addAll(found.list);
        }
        if (!violations.isEmpty()) {
            throw new PairingRefusedException(violations);
        }
        return pairings;
    }

    /** The group as written, checked like a pairing's schools; members separated by commas, 、 or spaces. */
    SchoolGroup group(RegionCode county, String name, String core, String members, String startYear) {
        var found = new Violations("", 0);
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > SchoolGroup.MAX_NAME) {
            found.add("name", trimmed, trimmed.isEmpty() ? PairingViolation.BLANK : PairingViolation.TOO_LONG);
        }
        Integer start = year(START_COLUMN, startYear.strip(), true, found);
        Map<SchoolCode, SchoolYear> ofYear = start == null ? Map.of() : schoolsOf(county, start, new HashMap<>());
        SchoolCode coreSchool = school("core_school_code", core.strip(), ofYear, null, found);
        List<SchoolCode> memberSchools = new ArrayList<>();
        for (String code : members.split("[,，、\\s]+")) {
            SchoolCode member = code.isBlank() ? null : school("member_school_codes", code, ofYear, null, found);
            if (member != null) {
                if (member.equals(coreSchool) || memberSchools.contains(member)) {
                    found.add("member_school_codes", code, PairingViolation.MEMBERS);
                }
                memberSchools.add(member);
            }
        }
        if (memberSchools.isEmpty() && !found.has("member_school_codes")) {
            found.add("member_school_codes", members.strip(), PairingViolation.BLANK);
        }
        if (!found.list.isEmpty() || coreSchool == null || start == null) {
            throw new PairingRefusedException(found.list);
        }
        return new SchoolGroup(0, county, trimmed, coreSchool, memberSchools, start, null);
    }

    /** The agreement as written, or the violations. */
    Agreement agreement(String signedOn, String summary, String reference) {
        var found = new Violations("", 0);
        Agreement agreement = agreement(signedOn.strip(), summary.strip(), reference.strip(), found);
        if (agreement == null) {
            throw new PairingRefusedException(found.list);
        }
        return agreement;
    }

    /** The end year as written: a year not before {@code pairing}'s start. */
    int endYear(String written, int startYear) {
        var found = new Violations("", 0);
        Integer end = year(PairingRow.END, written.strip(), true, found);
        if (end != null && end < startYear) {
            found.add(PairingRow.END, written.strip(), PairingViolation.END_BEFORE_START);
        }
        if (end == null || !found.list.isEmpty()) {
            throw new PairingRefusedException(found.list);
        }
        return end;
    }

    private static final String START_COLUMN = PairingRow.START;

    private @Nullable Pairing pairing(
            RegionCode county, PairingRow row, Violations found, Map<Integer, Map<SchoolCode, SchoolYear>> cache) {
        Segment segment = segment(row.segment(), found);
        Integer start = year(PairingRow.START, row.startYear(), true, found);
        Integer end = year(PairingRow.END, row.endYear(), false, found);
        if (start != null && end != null && end < start) {
            found.add(PairingRow.END, row.endYear(), PairingViolation.END_BEFORE_START);
        }
        Map<SchoolCode, SchoolYear> ofYear = start == null ? Map.of() : schoolsOf(county, start, cache);
        SchoolCode mentor = school(PairingRow.MENTOR, row.mentor(), ofYear, segment, found);
        SchoolCode mentee = school(PairingRow.MENTEE, row.mentee(), ofYear, segment, found);
        if (mentor != null && mentor.equals(mentee)) {
            found.add(PairingRow.MENTEE, row.mentee(), PairingViolation.SAME_SCHOOL);
        }
        Agreement agreement = agreement(row.signedOn(), row.summary(), row.reference(), found);
        if (!found.list.isEmpty() || segment == null || start == null || mentor == null || mentee == null) {
            return null;
        }
        return new Pairing(0, county, segment, mentor, mentee, start, end, agreement);
    }

    private static @Nullable Agreement agreement(String signedOn, String summary, String reference, Violations found) {
        LocalDate signed = null;
        if (signedOn.isEmpty()) {
            found.add(PairingRow.SIGNED, signedOn, PairingViolation.BLANK);
        } else {
            try {
                signed = LocalDate.parse(signedOn.replace('/', '-'));
            } catch (DateTimeParseException e) {
                found.add(PairingRow.SIGNED, signedOn, PairingViolation.DATE);
            }
        }
        if (summary.isEmpty()) {
            found.add(PairingRow.SUMMARY, summary, PairingViolation.BLANK);
        } else if (summary.length() > Agreement.MAX_SUMMARY) {
            found.add(PairingRow.SUMMARY, summary.substring(0, 40) + "…", PairingViolation.TOO_LONG);
        }
        if (reference.length() > Agreement.MAX_REFERENCE) {
            found.add(PairingRow.REFERENCE, reference.substring(0, 40) + "…", PairingViolation.TOO_LONG);
        }
        if (signed == null || summary.isEmpty() || found.has(PairingRow.SUMMARY) || found.has(PairingRow.REFERENCE)) {
            return null;
        }
        return new Agreement(signed, summary, reference.isEmpty() ? null : reference);
    }

    private static @Nullable Segment segment(String written, Violations found) {
        switch (written.toUpperCase(Locale.ROOT)) {
            case "PRIMARY", "小学" -> {
                return Segment.PRIMARY;
            }
            case "JUNIOR", "初中" -> {
                return Segment.JUNIOR;
            }
            case "" -> found.add(PairingRow.SEGMENT, written, PairingViolation.BLANK);
            default -> found.add(PairingRow.SEGMENT, written, PairingViolation.SEGMENT);
        }
        return null;
    }

    private static @Nullable Integer year(String column, String written, boolean required, Violations found) {
        if (written.isEmpty()) {
            if (required) {
                found.add(column, written, PairingViolation.BLANK);
            }
            return null;
        }
        try {
            int year = Integer.parseInt(written);
            if (year >= 1990 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // Worded below as the rule it breaks.
        }
        found.add(column, written, PairingViolation.YEAR);
        return null;
    }

    private static @Nullable SchoolCode school(
            String column,
            String written,
            Map<SchoolCode, SchoolYear> ofYear,
            @Nullable Segment segment,
            Violations found) {
        if (written.isEmpty()) {
            found.add(column, written, PairingViolation.BLANK);
            return null;
        }
        SchoolYear school = ofYear.get(new SchoolCode(written));
        if (school == null) {
            found.add(column, written, PairingViolation.SCHOOL);
            return null;
        }
        if (segment != null && !school.segment(segment).hasStudents()) {
            found.add(column, written, PairingViolation.NO_SEGMENT);
            return null;
        }
        return school.code();
    }

    private Map<SchoolCode, SchoolYear> schoolsOf(
            RegionCode county, int year, Map<Integer, Map<SchoolCode, SchoolYear>> cache) {
        List<Integer> held = schoolYears.years();
        int chosen = held.contains(year)
                ? year
                : held.stream()
                        .filter(y -> y < year)
                        .max(Integer::compare)
                        .orElse(held.stream().min(Integer::compare).orElse(year));
        return cache.computeIfAbsent(chosen, y -> {
            Map<SchoolCode, SchoolYear> byCode = new HashMap<>();
            schoolYears.ofYear(y, county).forEach(s -> byCode.put(s.code(), s));
            return byCode;
        });
    }

    private static String key(Pairing p) {
        return p.segment() + "/" + p.mentor() + "/" + p.mentee();
    }

    /** The violations of one row. */
    private static final class Violations {
        private final String file;
        private final long row;
        private final List<PairingViolation> list = new ArrayList<>();

        Violations(String file, long row) {
            this.file = file;
            this.row = row;
        }

        void add(String column, @Nullable String value, String rule) {
            list.add(new PairingViolation(file, row, column, value == null || value.isEmpty() ? null : value, rule));
        }

        boolean has(String column) {
            return list.stream().anyMatch(v -> column.equals(v.column()));
        }
    }
}
