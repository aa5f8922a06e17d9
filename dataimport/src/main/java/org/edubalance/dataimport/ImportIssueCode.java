package org.edubalance.dataimport;

/**
 * Stable, greppable codes for every import rule (docs/data-formats.md §1). {@code IMP-0nn} codes are errors: the file is
 * rejected. {@code IMP-Wnn} codes are warnings: the value is implausible or the column ignored, and the import goes
 * on. Codes are never renumbered; a retired rule keeps its code.
 */
public enum ImportIssueCode {
    /** A column the contract requires is absent from the header. */
    IMP_001("IMP-001", "Required column missing"),
    /** Two headers name the same column (e.g. {@code year} and 学年, or a money column in both 元 and 万元). */
    IMP_002("IMP-002", "Column given twice"),
    /** The file's extension is neither .csv nor .xlsx. */
    IMP_003("IMP-003", "Unsupported file type"),
    /** The file is missing, empty, not UTF-8, not a workbook, or its CSV is malformed. */
    IMP_004("IMP-004", "File cannot be read"),
    /** A required cell is blank. */
    IMP_010("IMP-010", "Required value blank"),
    /** {@code county_code} is not six digits. */
    IMP_011("IMP-011", "County code malformed"),
    /** {@code school_code} is blank. */
    IMP_012("IMP-012", "School code blank"),
    /** {@code year} is not a whole number between 1990 and 2100. */
    IMP_013("IMP-013", "Year malformed or implausible"),
    /** A county input's id holds spaces or other characters an id may not have. */
    IMP_014("IMP-014", "Input id malformed"),
    /** An enumerated cell (school type, location, ownership) holds a value the contract does not list. */
    IMP_020("IMP-020", "Unknown value"),
    /** A numeric cell is not a number. */
    IMP_030("IMP-030", "Not a number"),
    /** A count (students, teachers, rooms…) is not a whole number. */
    IMP_031("IMP-031", "Not a whole number"),
    /** A figure is negative. */
    IMP_032("IMP-032", "Negative number"),
    /** A figure of a segment the school has is blank (blank means 0 only for segments it does not have). */
    IMP_033("IMP-033", "Segment figure blank"),
    /** A subset exceeds its whole (e.g. {@code teachers_above_degree} > {@code teachers}). */
    IMP_040("IMP-040", "Subset exceeds its whole"),
    /** A segment has students but no full-time teachers. */
    IMP_041("IMP-041", "Students without teachers"),
    /** The school type disagrees with the segments that have students or figures. */
    IMP_042("IMP-042", "School type disagrees with segments"),
    /** Latitude or longitude is outside the WGS84 range, or only one of the two is given. */
    IMP_043("IMP-043", "Coordinate out of range or incomplete"),
    /** The same (year, school_code) appears on more than one row. */
    IMP_050("IMP-050", "Duplicate school row"),
    /** The same (county_code, year, input) appears on more than one row of the county-inputs file. */
    IMP_051("IMP-051", "Duplicate county input"),
    /** A teacher id appears on two roster rows of the same year. */
    IMP_052("IMP-052", "Duplicate teacher"),
    /** A roster row names a school (or a school in another county) that the school data of that year lacks. */
    IMP_060("IMP-060", "School not in the school data"),
    /** Admission: a seats row's school lacks the segment of the entry grade (G1: primary, G7: junior). */
    IMP_100("IMP-100", "School without the segment of the entry grade"),
    /** Admission: the same (year, county, grade, school) has two seats rows. */
    IMP_101("IMP-101", "Duplicate seats row"),
    /** Admission: a zone lists a private school; private schools are in no zone. */
    IMP_102("IMP-102", "Private school in a zone"),
    /** Admission: a school is listed in more than one zone of the grade, or twice in one zone. */
    IMP_103("IMP-103", "School in more than one zone"),
    /** Admission: a public school with seats for the grade is in no zone of that grade. */
    IMP_104("IMP-104", "Public school with seats in no zone"),
    /** Admission: an applicant id appears twice for one year and grade. */
    IMP_105("IMP-105", "Duplicate applicant"),
    /** Admission: {@code hukou_zone} or {@code home_zone} names a zone that the zones file lacks for the grade. */
    IMP_106("IMP-106", "Zone not in the zones file"),
    /** Admission: a choice is not a school of the county with seats > 0 for the grade. */
    IMP_107("IMP-107", "Choice without seats"),
    /** Admission: a chosen public school is in neither the applicant's hukou zone nor home zone. */
    IMP_108("IMP-108", "Choice outside the applicant's zones"),
    /** Admission: a school is chosen twice by one applicant. */
    IMP_109("IMP-109", "School chosen twice"),
    /** Admission: more private schools chosen than the policy's {@code maxPrivateChoices}. */
    IMP_110("IMP-110", "Too many private choices"),
    /** Admission: {@code special_priority} is not a code of the policy's {@code specialPriorities}. */
    IMP_111("IMP-111", "Priority not in the policy"),
    /** A high-school row repeats (year, area_code, school_code) of an earlier row of {@code high_schools.csv}. */
    IMP_150("IMP-150", "Duplicate high school"),
    /** {@code quota_share} is not a decimal from 0 to 1. */
    IMP_151("IMP-151", "Quota share outside 0 to 1"),
    /** {@code area_code} (the admission area) is not six digits. */
    IMP_152("IMP-152", "Admission area code malformed"),
    /** A {@code candidate_id} appears on two rows of {@code candidates.csv}. */
    IMP_153("IMP-153", "Duplicate candidate"),
    /** {@code quota_choice} names no high school of the year and area with {@code quota_share} > 0. */
    IMP_154("IMP-154", "Quota choice not a high school with quota seats"),
    /** A code in {@code choices} names no high school of the year and area in {@code high_schools.csv}. */
    IMP_155("IMP-155", "Choice not a high school of the file"),
    /** A code appears twice in one candidate's {@code choices}. */
    IMP_156("IMP-156", "High school chosen twice"),
    /** {@code junior_school} is not in the school data of the exam year. */
    IMP_157("IMP-157", "Junior school not in the school data"),
    /** {@code junior_school} names a school of the school data without the junior segment. */
    IMP_158("IMP-158", "Junior school without the junior segment"),
    /** More errors than the report keeps; the rest are counted, not listed. */
    IMP_099("IMP-099", "Too many errors"),
    /** A header is not a column of the contract; the column is ignored. */
    IMP_W01("IMP-W01", "Unknown column ignored"),
    /** More than 60 students per full-time teacher in a segment. */
    IMP_W02("IMP-W02", "Many students per teacher"),
    /** An area per student more than 20 times the county median. */
    IMP_W03("IMP-W03", "Area per student far above county median"),
    /** More than 66 students per class on average in a segment. */
    IMP_W04("IMP-W04", "Many students per class"),
    /** A one-through school (九年/十二年一贯制) has students in only one of its segments. */
    IMP_W05("IMP-W05", "One-through school with one segment empty"),
    /** A segment has students but no classes. */
    IMP_W06("IMP-W06", "Students without classes"),
    /** One county code is given two different county names. */
    IMP_W07("IMP-W07", "County name differs for the same code"),
    /** The teachers a roster lists for a school segment count to other figures than the school file reports. */
    IMP_W08("IMP-W08", "Roster disagrees with the school figures"),
    /**
     * A cell beyond what a spreadsheet holds: more than 32,767 characters, a number beyond ±1.8E308 (such as {@code
     * 1E999999999}), or a row of more than 16,384 cells. The file is not read further.
     */
    IMP_005("IMP-005", "Cell beyond the limits of a spreadsheet"),
    /** Zoning: the same (year, county_code, block_id) appears on more than one row of {@code blocks.csv}. */
    IMP_200("IMP-200", "Duplicate block"),
    /** Zoning: an adjacency row names a block that the blocks file lacks for the county. */
    IMP_201("IMP-201", "Adjacency names an unknown block"),
    /** Zoning: a {@code block_zones.csv} row names a block that the blocks file lacks for its year and county. */
    IMP_202("IMP-202", "Zoned block not in the blocks file"),
    /** Zoning: a {@code block_zones.csv} row names a zone that the zones file lacks for its year, county and grade. */
    IMP_203("IMP-203", "Block zone not in the zones file"),
    /** Zoning: a block has two rows in {@code block_zones.csv} for one year, county and grade. */
    IMP_204("IMP-204", "Block in more than one zone"),
    /** Zoning: a block of the county is in no zone of the grade in {@code block_zones.csv}. */
    IMP_205("IMP-205", "Block in no zone"),
    /** Zoning: a polygon of the block GeoJSON is not a valid Polygon or MultiPolygon in WGS84 degrees. */
    IMP_206("IMP-206", "Bad block geometry"),
    /** Zoning: a polygon of the block GeoJSON has no {@code block_id}, or one another polygon has already. */
    IMP_207("IMP-207", "Block polygon without an id or given twice");

    private final String code;
    private final String description;

    ImportIssueCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The code as users see and grep it, e.g. {@code IMP-001}. */
    public String code() {
        return code;
    }

    /** A short English statement of the rule, e.g. "Required column missing". */
    public String description() {
        return description;
    }

    /** Whether an issue with this code lets the import go on. */
    public boolean isWarning() {
        return code.startsWith("IMP-W");
    }

    @Override
    public String toString() {
        return code;
    }
}
