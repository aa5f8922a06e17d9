package org.edubalance.dataimport.school;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.school.SupplementaryFigures;
import org.edubalance.dataimport.table.CsvTableWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes school years as a school file (docs/data-formats.md §1) that {@link SchoolImporter} reads back to equal values:
 * UTF-8 with a byte-order mark (so Excel shows the Chinese names), the English ids as header in {@link SchoolColumn}
 * order, every column present.
 *
 * <p>Segments a school's type does not have are left blank when empty, and so is {@code senior_students} for types
 * without a senior section; absent optional figures and positions are blank. Numbers are written in plain notation
 * with as many digits as needed to read back the same {@code double}.
 */
public final class SchoolCsvWriter {

    /** The header row: every column's English id, in contract order. */
    public static List<String> header() {
        List<String> ids = new ArrayList<>();
        for (SchoolColumn column : SchoolColumn.values()) {
            ids.add(column.id());
        }
        return List.copyOf(ids);
    }

    /** The cells of {@code school} as {@link #write} writes them, in {@link #header()} order. */
    public static List<String> row(SchoolYear school) {
        List<String> cells = new ArrayList<>(SchoolColumn.values().length);
        for (SchoolColumn column : SchoolColumn.values()) {
            cells.add(cell(column, school));
        }
        return List.copyOf(cells);
    }

    /** Writes {@code schools} to {@code file}, replacing it. */
    public void write(List<SchoolYear> schools, Path file) throws IOException {
        try (var writer = CsvTableWriter.createForExcel(file)) {
            writer.writeRow(header());
            List<String> cells = new ArrayList<>(SchoolColumn.values().length);
            for (SchoolYear school : schools) {
                cells.clear();
                for (SchoolColumn column : SchoolColumn.values()) {
                    cells.add(cell(column, school));
                }
                writer.writeRow(cells);
            }
        }
    }

    static String cell(SchoolColumn column, SchoolYear school) {
        Segment segment = column.segment();
        if (segment != null) {
            return segmentCell(column, segment, school);
        }
        GeoPoint position = school.position();
        return switch (column) {
            case YEAR -> Integer.toString(school.year());
            case COUNTY_CODE -> school.county().code().value();
            case COUNTY_NAME -> school.county().name();
            case PROVINCE_NAME -> text(school.county().provinceName());
            case CITY_NAME -> text(school.county().cityName());
            case TOWN_NAME -> text(school.townName());
            case SCHOOL_CODE -> school.code().value();
            case SCHOOL_NAME -> school.name();
            case SCHOOL_TYPE -> school.type().name();
            case LOCATION -> school.location().name();
            case OWNERSHIP -> school.ownership().name();
            case LATITUDE -> position == null ? "" : NumberCell.format(position.latitude());
            case LONGITUDE -> position == null ? "" : NumberCell.format(position.longitude());
            case SENIOR_STUDENTS ->
                school.type().hasSeniorSection() || school.seniorStudents() > 0
                        ? Integer.toString(school.seniorStudents())
                        : "";
            default -> figureCell(column, school.assets(), school.supplementary());
        };
    }

    private static String segmentCell(SchoolColumn column, Segment segment, SchoolYear school) {
        SegmentFigures figures = school.segment(segment);
        if (figures.equals(SegmentFigures.NONE) && !school.type().allows(segment)) {
            return "";
        }
        int value = switch (SchoolColumn.of(segment).indexOf(column)) {
            case 0 -> figures.students();
            case 1 -> figures.classes();
            case 2 -> figures.teachers();
            case 3 -> figures.teachersAboveDegree();
            case 4 -> figures.teachersMidSeniorTitle();
            case 5 -> figures.backboneTeachers();
            default -> figures.peArtsTeachers();
        };
        return Integer.toString(value);
    }

    private static String figureCell(SchoolColumn column, SharedAssets assets, SupplementaryFigures more) {
        return switch (column) {
            case TEACHING_AUX_AREA_M2 -> NumberCell.format(assets.teachingAuxAreaM2());
            case INDOOR_SPORTS_AREA_M2 -> NumberCell.format(assets.indoorSportsAreaM2());
            case SPORTS_GROUND_AREA_M2 -> NumberCell.format(assets.sportsGroundAreaM2());
            case EQUIPMENT_VALUE_YUAN -> NumberCell.format(assets.equipmentValueYuan());
            case MULTIMEDIA_CLASSROOMS -> NumberCell.format(assets.multimediaClassrooms());
            case COMPUTERS -> NumberCell.format(assets.computers());
            case BOOKS -> NumberCell.format(assets.books());
            case MAX_CLASS_SIZE -> text(more.maxClassSize());
            case CLASSES_56_PLUS -> text(more.classes56Plus());
            case MUSIC_ROOMS -> text(more.musicRooms());
            case ART_ROOMS -> text(more.artRooms());
            case BOARDING_STUDENTS -> text(more.boardingStudents());
            case MIGRANT_STUDENTS -> text(more.migrantStudents());
            case LEFT_BEHIND_STUDENTS -> text(more.leftBehindStudents());
            case DISABLED_STUDENTS -> text(more.disabledStudents());
            case PUBLIC_FUNDS_YUAN -> money(more.publicFundsYuan());
            case TRAINING_FUNDS_YUAN -> money(more.trainingFundsYuan());
            case CERTIFIED_TEACHERS -> text(more.certifiedTeachers());
            default -> throw new IllegalArgumentException("Not a figure column: " + column);
        };
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static String money(@Nullable Double value) {
        return value == null ? "" : NumberCell.format(value);
    }
}
