package org.edubalance.persistence.school;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.school.SupplementaryFigures;
import org.edubalance.persistence.region.JdbcRegions;
import org.jspecify.annotations.Nullable;

/**
 * The row shape of {@code school_year}: the column names, a core {@link SchoolYear} as named parameters, and a row
 * (joined with its regions) back into one. Kept apart from the core type so that neither shapes the other.
 */
final class SchoolYearRecord {
    static final List<String> SEGMENT_SUFFIXES = List.of(
            "students",
            "classes",
            "teachers",
            "teachers_above_degree",
            "teachers_mid_senior_title",
            "backbone_teachers",
            "pe_arts_teachers");
    static final List<String> OTHER_COLUMNS = List.of(
            "school_code",
            "year",
            "county_code",
            "township_code",
            "school_name",
            "school_type",
            "location",
            "ownership",
            "latitude",
            "longitude",
            "senior_students",
            "teaching_aux_area_m2",
            "indoor_sports_area_m2",
            "sports_ground_area_m2",
            "equipment_value_yuan",
            "multimedia_classrooms",
            "computers",
            "books",
            "max_class_size",
            "classes_56_plus",
            "music_rooms",
            "art_rooms",
            "boarding_students",
            "migrant_students",
            "left_behind_students",
            "disabled_students",
            "public_funds_yuan",
            "training_funds_yuan",
            "certified_teachers");

    private SchoolYearRecord() {}

    /** Every stored figure column (not import_id, version). */
    static List<String> columns() {
        var all = new ArrayList<>(OTHER_COLUMNS);
        for (String prefix : List.of("primary_", "junior_")) {
            SEGMENT_SUFFIXES.forEach(s -> all.add(prefix + s));
        }
        return List.copyOf(all);
    }

    static Map<String, @Nullable Object> parameters(SchoolYear s) {
        Map<String, @Nullable Object> p = new HashMap<>();
        p.put("school_code", s.code().value());
        p.put("year", s.year());
        p.put("county_code", s.county().code().value());
        String town = s.townName();
        p.put(
                "township_code",
                town == null ? null : JdbcRegions.townshipCode(s.county().code(), town));
        p.put("school_name", s.name());
        p.put("school_type", s.type().name());
        p.put("location", s.location().name());
        p.put("ownership", s.ownership().name());
        GeoPoint position = s.position();
        p.put("latitude", position == null ? null : position.latitude());
        p.put("longitude", position == null ? null : position.longitude());
        segment(p, "primary_", s.primary());
        segment(p, "junior_", s.junior());
        p.put("senior_students", s.seniorStudents());
        SharedAssets a = s.assets();
        p.put("teaching_aux_area_m2", a.teachingAuxAreaM2());
        p.put("indoor_sports_area_m2", a.indoorSportsAreaM2());
        p.put("sports_ground_area_m2", a.sportsGroundAreaM2());
        p.put("equipment_value_yuan", a.equipmentValueYuan());
        p.put("multimedia_classrooms", a.multimediaClassrooms());
        p.put("computers", a.computers());
        p.put("books", a.books());
        SupplementaryFigures m = s.supplementary();
        p.put("max_class_size", m.maxClassSize());
        p.put("classes_56_plus", m.classes56Plus());
        p.put("music_rooms", m.musicRooms());
        p.put("art_rooms", m.artRooms());
        p.put("boarding_students", m.boardingStudents());
        p.put("migrant_students", m.migrantStudents());
        p.put("left_behind_students", m.leftBehindStudents());
        p.put("disabled_students", m.disabledStudents());
        p.put("public_funds_yuan", m.publicFundsYuan());
        p.put("training_funds_yuan", m.trainingFundsYuan());
        p.put("certified_teachers", m.certifiedTeachers());
        return p;
    }

    private static void segment(Map<String, @Nullable Object> p, String prefix, SegmentFigures f) {
        int[] values = {
            f.students(),
            f.classes(),
            f.teachers(),
            f.teachersAboveDegree(),
            f.teachersMidSeniorTitle(),
            f.backboneTeachers(),
            f.peArtsTeachers()
        };
        for (int i = 0; i < values.length; i++) {
            p.put(prefix + SEGMENT_SUFFIXES.get(i), values[i]);
        }
    }

    /** A row of {@link JdbcSchoolYears#SELECT} as a core school year. */
    static SchoolYear map(ResultSet rs) throws SQLException {
        var county = new County(
                new RegionCode(rs.getString("county_code")),
                rs.getString("county_name"),
                JdbcRegions.named(rs.getString("city_code"), rs.getString("city_name")),
                JdbcRegions.named(rs.getString("province_code"), rs.getString("province_name")));
        double latitude = rs.getDouble("latitude");
        GeoPoint position = rs.wasNull() ? null : new GeoPoint(latitude, rs.getDouble("longitude"));
        return new SchoolYear(
                rs.getInt("year"),
                county,
                rs.getString("town_name"),
                new SchoolCode(rs.getString("school_code")),
                rs.getString("school_name"),
                SchoolType.valueOf(rs.getString("school_type")),
                Location.valueOf(rs.getString("location")),
                Ownership.valueOf(rs.getString("ownership")),
                position,
                segment(rs, "primary_"),
                segment(rs, "junior_"),
                rs.getInt("senior_students"),
                new SharedAssets(
                        rs.getDouble("teaching_aux_area_m2"),
                        rs.getDouble("indoor_sports_area_m2"),
                        rs.getDouble("sports_ground_area_m2"),
                        rs.getDouble("equipment_value_yuan"),
                        rs.getDouble("multimedia_classrooms"),
                        rs.getDouble("computers"),
                        rs.getDouble("books")),
                new SupplementaryFigures(
                        rs.getObject("max_class_size", Integer.class),
                        rs.getObject("classes_56_plus", Integer.class),
                        rs.getObject("music_rooms", Integer.class),
                        rs.getObject("art_rooms", Integer.class),
                        rs.getObject("boarding_students", Integer.class),
                        rs.getObject("migrant_students", Integer.class),
                        rs.getObject("left_behind_students", Integer.class),
                        rs.getObject("disabled_students", Integer.class),
                        rs.getObject("public_funds_yuan", Double.class),
                        rs.getObject("training_funds_yuan", Double.class),
                        rs.getObject("certified_teachers", Integer.class)));
    }

    private static SegmentFigures segment(ResultSet rs, String prefix) throws SQLException {
        int[] v = new int[SEGMENT_SUFFIXES.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rs.getInt(prefix + SEGMENT_SUFFIXES.get(i));
        }
        return new SegmentFigures(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }
}
