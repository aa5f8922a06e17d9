package org.edubalance.dataimport.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edubalance.core.demo.DemoEnrolment;
import org.edubalance.core.demo.DemoEnrolment.Applicant;
import org.edubalance.core.demo.DemoEnrolment.SeatPlan;
import org.edubalance.core.demo.DemoEnrolment.ZoneSchool;
import org.edubalance.core.demo.DemoExam;
import org.edubalance.core.demo.DemoExam.Candidate;
import org.edubalance.core.demo.DemoExam.HighSchool;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.dataimport.ImportColumn;
import org.edubalance.dataimport.admission.ApplicantColumn;
import org.edubalance.dataimport.admission.SeatColumn;
import org.edubalance.dataimport.admission.ZoneColumn;
import org.edubalance.dataimport.quota.CandidateColumn;
import org.edubalance.dataimport.quota.HighSchoolColumn;
import org.edubalance.dataimport.school.NumberCell;
import org.edubalance.dataimport.table.CsvTableWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes the demo's enrolment and entrance-exam files (for {@code edubalance demo} and the platform's demo rounds) in the
 * public formats (docs/data-formats.md §3): UTF-8 with a
 * byte-order mark, the English ids as header, every column present (but the seats' optional {@code block_id}), optional cells blank; booleans {@code true} /
 * {@code false}, scores with one decimal place, choices separated by {@code ;}.
 */
public final class EnrolmentCsvWriter {
    public static final String SEATS = "seats.csv";
    public static final String ZONES = "zones.csv";
    public static final String APPLICANTS = "applicants.csv";
    public static final String HIGH_SCHOOLS = "high_schools.csv";
    public static final String CANDIDATES = "candidates.csv";

    private EnrolmentCsvWriter() {}

    /** Writes seats.csv, zones.csv and applicants.csv into {@code dir}. */
    public static void write(DemoEnrolment enrolment, Path dir) throws IOException {
        write(enrolment, Map.of(), dir);
    }

    /**
     * Writes seats.csv, zones.csv and applicants.csv into {@code dir}, seats.csv with the optional {@code block_id}
     * column when {@code blockOfSchool} names the block each school stands in (blank for a school it does not name).
     */
    public static void write(DemoEnrolment enrolment, Map<SchoolCode, String> blockOfSchool, Path dir)
            throws IOException {
        try (var writer = CsvTableWriter.createForExcel(dir.resolve(SEATS))) {
            boolean blocks = !blockOfSchool.isEmpty();
            writer.writeRow(
                    blocks
                            ? header(SeatColumn.values())
                            : new String[] {"year", "county_code", "school_code", "entry_grade", "seats"});
            for (SeatPlan s : enrolment.seats()) {
                List<String> row = new ArrayList<>(List.of(
                        Integer.toString(s.year()),
                        s.county().value(),
                        s.school().value(),
                        s.grade().name(),
                        Integer.toString(s.seats())));
                if (blocks) {
                    row.add(blockOfSchool.getOrDefault(s.school(), ""));
                }
                writer.writeRow(row);
            }
        }
        try (var writer = CsvTableWriter.createForExcel(dir.resolve(ZONES))) {
            writer.writeRow(header(ZoneColumn.values()));
            for (ZoneSchool z : enrolment.zones()) {
                writer.writeRow(
                        Integer.toString(z.year()),
                        z.county().value(),
                        z.grade().name(),
                        z.zoneId(),
                        z.school().value());
            }
        }
        try (var writer = new PlainRows(dir.resolve(APPLICANTS))) {
            writer.writeRow(header(ApplicantColumn.values()));
            for (Applicant a : enrolment.applicants()) {
                GeoPoint home = a.home();
                writer.writeRow(
                        Integer.toString(a.year()),
                        a.county().value(),
                        a.grade().name(),
                        a.id(),
                        blankIfNull(a.hukouZone()),
                        blankIfNull(a.homeZone()),
                        Boolean.toString(a.homeOwned()),
                        Boolean.toString(a.residencePermit()),
                        Boolean.toString(a.migrant()),
                        blankIfNull(a.specialPriority()),
                        codes(a.choices()),
                        home == null ? "" : degrees(home.latitude()),
                        home == null ? "" : degrees(home.longitude()));
            }
        }
    }

    /** Writes high_schools.csv and candidates.csv into {@code dir}. */
    public static void write(DemoExam exam, Path dir) throws IOException {
        try (var writer = CsvTableWriter.createForExcel(dir.resolve(HIGH_SCHOOLS))) {
            writer.writeRow(header(HighSchoolColumn.values()));
            for (HighSchool h : exam.highSchools()) {
                Integer minScore = h.quotaMinScoreTenths();
                writer.writeRow(
                        Integer.toString(h.year()),
                        h.area(),
                        h.code().value(),
                        h.name(),
                        Integer.toString(h.seats()),
                        share(h.quotaSharePercent()),
                        minScore == null ? "" : tenths(minScore),
                        h.tier().name());
            }
        }
        try (var writer = new PlainRows(dir.resolve(CANDIDATES))) {
            writer.writeRow(header(CandidateColumn.values()));
            for (Candidate c : exam.candidates()) {
                SchoolCode quota = c.quotaChoice();
                writer.writeRow(
                        Integer.toString(c.year()),
                        c.area(),
                        c.id(),
                        c.juniorSchool().value(),
                        tenths(c.scoreTenths()),
                        tenthsOrBlank(c.tie1Tenths()),
                        tenthsOrBlank(c.tie2Tenths()),
                        tenthsOrBlank(c.tie3Tenths()),
                        quota == null ? "" : quota.value(),
                        codes(c.choices()));
            }
        }
    }

    /**
     * The rows of the two large files, written as {@link CsvTableWriter#createForExcel} writes them (byte-order mark,
     * comma-separated, CRLF) but a line at a time: their cells are codes, ids, numbers and booleans that never need
     * quotes or neutralising, which is checked, so the bytes are the same and a province's million rows go fast.
     */
    private static final class PlainRows implements AutoCloseable {
        private final Writer out;
        private final StringBuilder line = new StringBuilder(256);

        PlainRows(Path file) throws IOException {
            out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
            out.write('\uFEFF');
        }

        void writeRow(String... cells) throws IOException {
            line.setLength(0);
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i];
                if (!isPlain(cell)) {
                    throw new IllegalArgumentException("A demo cell needs quoting: '" + cell + "'");
                }
                if (i > 0) {
                    line.append(',');
                }
                line.append(cell);
            }
            line.append("\r\n");
            out.append(line);
        }

        private static boolean isPlain(String cell) {
            if (cell.isEmpty()) {
                return true;
            }
            char first = cell.charAt(0);
            // A negative number such as a western longitude is no formula; any other leading '-' would be.
            boolean negativeNumber = first == '-' && cell.length() > 1 && Character.isDigit(cell.charAt(1));
            if (first == '='
                    || first == '+'
                    || first == '-' && !negativeNumber
                    || first == '@'
                    || first == '\''
                    || first <= ' ') {
                return false;
            }
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                    return false;
                }
            }
            return cell.charAt(cell.length() - 1) > ' ';
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /**
     * Every column of a file's import contract as English ids, in the contract's order: the demo writes each column,
     * and a column added to the contract appears in the demo's files with it.
     */
    public static String[] header(ImportColumn[] columns) {
        String[] ids = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            ids[i] = columns[i].id();
        }
        return ids;
    }

    private static String blankIfNull(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static String codes(List<SchoolCode> schools) {
        List<String> values = new ArrayList<>(schools.size());
        for (SchoolCode school : schools) {
            values.add(school.value());
        }
        return String.join(";", values);
    }

    /**
     * Degrees given to six decimals in plain notation without trailing zeros, as the school file writes them
     * ({@code 31.2005}), but without going through {@code BigDecimal}: a province round has a million homes.
     */
    static String degrees(double value) {
        long micro = Math.round(value * 1e6);
        if (micro / 1e6 != value) {
            return NumberCell.format(value);
        }
        StringBuilder text = new StringBuilder(12);
        if (micro < 0) {
            text.append('-');
            micro = -micro;
        }
        text.append(micro / 1_000_000);
        long fraction = micro % 1_000_000;
        if (fraction != 0) {
            String digits = Long.toString(fraction + 1_000_000).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text.append('.').append(digits, 0, end);
        }
        return text.toString();
    }

    /** A share in percent as a decimal fraction: 55 → {@code 0.55}, 50 → {@code 0.5}, 0 → {@code 0}. */
    static String share(int percent) {
        if (percent == 0) {
            return "0";
        }
        String digits = percent < 10 ? "0" + percent : Integer.toString(percent);
        String fraction = percent == 100 ? "1" : "0." + digits;
        return fraction.endsWith("0") && fraction.contains(".")
                ? fraction.substring(0, fraction.length() - 1)
                : fraction;
    }

    /** Tenths of a point with one decimal place: 5625 → {@code 562.5}, 5800 → {@code 580.0}. */
    static String tenths(int tenths) {
        return tenths / 10 + "." + tenths % 10;
    }

    private static String tenthsOrBlank(@Nullable Integer tenths) {
        return tenths == null ? "" : tenths(tenths);
    }
}
