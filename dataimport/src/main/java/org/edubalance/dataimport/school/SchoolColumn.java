package org.edubalance.dataimport.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edubalance.core.school.Segment;
import org.edubalance.dataimport.ImportColumn;
import org.jspecify.annotations.Nullable;

/**
 * Every column of the school-year file (docs/data-formats.md §1), in the contract's order, with its English id, the
 * Chinese labels accepted, whether the header must hold it, and what its cells hold.
 *
 * <p>Segment columns ({@code primary_*}, {@code junior_*}) take the Chinese prefix 小学部 / 初中部 (小学 / 初中 also
 * accepted) before the suffix label, e.g. 小学部专任教师数. They are needed only when some school has the segment; a
 * file of primary schools alone may leave out the {@code junior_*} columns. {@code senior_students} likewise is needed
 * only when some school is a twelve-year or complete secondary school.
 */
public enum SchoolColumn implements ImportColumn {
    YEAR("year", Kind.WHOLE_NUMBER, Need.REQUIRED, "学年"),
    COUNTY_CODE("county_code", Kind.CODE, Need.REQUIRED, "县级行政区划代码", "行政区划代码"),
    COUNTY_NAME("county_name", Kind.TEXT, Need.REQUIRED, "县（区）名称", "县区名称", "县名称"),
    PROVINCE_NAME("province_name", Kind.TEXT, Need.OPTIONAL, "省", "省份", "省名称"),
    CITY_NAME("city_name", Kind.TEXT, Need.OPTIONAL, "市", "地市", "市名称"),
    TOWN_NAME("town_name", Kind.TEXT, Need.OPTIONAL, "乡镇", "乡镇名称"),
    SCHOOL_CODE("school_code", Kind.CODE, Need.REQUIRED, "学校标识码", "学校代码"),
    SCHOOL_NAME("school_name", Kind.TEXT, Need.REQUIRED, "学校名称"),
    SCHOOL_TYPE("school_type", Kind.ENUMERATION, Need.REQUIRED, "学校类型"),
    LOCATION("location", Kind.ENUMERATION, Need.REQUIRED, "城乡分类"),
    OWNERSHIP("ownership", Kind.ENUMERATION, Need.OPTIONAL, "举办者类型"),
    LATITUDE("latitude", Kind.DECIMAL, Need.OPTIONAL, "纬度"),
    LONGITUDE("longitude", Kind.DECIMAL, Need.OPTIONAL, "经度"),

    PRIMARY_STUDENTS(Segment.PRIMARY, "students", "在校生数"),
    PRIMARY_CLASSES(Segment.PRIMARY, "classes", "班级数"),
    PRIMARY_TEACHERS(Segment.PRIMARY, "teachers", "专任教师数"),
    PRIMARY_TEACHERS_ABOVE_DEGREE(Segment.PRIMARY, "teachers_above_degree", "高于规定学历教师数"),
    PRIMARY_TEACHERS_MID_SENIOR_TITLE(Segment.PRIMARY, "teachers_mid_senior_title", "中级及以上职称教师数"),
    PRIMARY_BACKBONE_TEACHERS(Segment.PRIMARY, "backbone_teachers", "县级及以上骨干教师数"),
    PRIMARY_PE_ARTS_TEACHERS(Segment.PRIMARY, "pe_arts_teachers", "体育、艺术（音乐、美术）专任教师数", "体育艺术专任教师数"),
    JUNIOR_STUDENTS(Segment.JUNIOR, "students", "在校生数"),
    JUNIOR_CLASSES(Segment.JUNIOR, "classes", "班级数"),
    JUNIOR_TEACHERS(Segment.JUNIOR, "teachers", "专任教师数"),
    JUNIOR_TEACHERS_ABOVE_DEGREE(Segment.JUNIOR, "teachers_above_degree", "高于规定学历教师数"),
    JUNIOR_TEACHERS_MID_SENIOR_TITLE(Segment.JUNIOR, "teachers_mid_senior_title", "中级及以上职称教师数"),
    JUNIOR_BACKBONE_TEACHERS(Segment.JUNIOR, "backbone_teachers", "县级及以上骨干教师数"),
    JUNIOR_PE_ARTS_TEACHERS(Segment.JUNIOR, "pe_arts_teachers", "体育、艺术（音乐、美术）专任教师数", "体育艺术专任教师数"),
    SENIOR_STUDENTS("senior_students", Kind.WHOLE_NUMBER, Need.WITH_SEGMENT, "高中部在校生数", "高中部在校生"),

    TEACHING_AUX_AREA_M2("teaching_aux_area_m2", Kind.DECIMAL, Need.REQUIRED, "教学及辅助用房面积"),
    INDOOR_SPORTS_AREA_M2("indoor_sports_area_m2", Kind.DECIMAL, Need.REQUIRED, "室内体育用房面积"),
    SPORTS_GROUND_AREA_M2("sports_ground_area_m2", Kind.DECIMAL, Need.REQUIRED, "运动场地面积"),
    EQUIPMENT_VALUE_YUAN("equipment_value_yuan", Kind.DECIMAL, Need.REQUIRED, "教学仪器设备值（元）"),
    MULTIMEDIA_CLASSROOMS("multimedia_classrooms", Kind.WHOLE_NUMBER, Need.REQUIRED, "网络多媒体教室数"),
    COMPUTERS("computers", Kind.WHOLE_NUMBER, Need.REQUIRED, "教学用计算机台数"),
    BOOKS("books", Kind.WHOLE_NUMBER, Need.REQUIRED, "图书册数"),

    MAX_CLASS_SIZE("max_class_size", Kind.WHOLE_NUMBER, Need.OPTIONAL, "最大班额"),
    CLASSES_56_PLUS("classes_56_plus", Kind.WHOLE_NUMBER, Need.OPTIONAL, "56人及以上班级数"),
    MUSIC_ROOMS("music_rooms", Kind.WHOLE_NUMBER, Need.OPTIONAL, "音乐专用教室数"),
    ART_ROOMS("art_rooms", Kind.WHOLE_NUMBER, Need.OPTIONAL, "美术专用教室数"),
    BOARDING_STUDENTS("boarding_students", Kind.WHOLE_NUMBER, Need.OPTIONAL, "寄宿生数"),
    MIGRANT_STUDENTS("migrant_students", Kind.WHOLE_NUMBER, Need.OPTIONAL, "随迁子女数"),
    LEFT_BEHIND_STUDENTS("left_behind_students", Kind.WHOLE_NUMBER, Need.OPTIONAL, "留守儿童数"),
    DISABLED_STUDENTS("disabled_students", Kind.WHOLE_NUMBER, Need.OPTIONAL, "残疾学生数"),
    PUBLIC_FUNDS_YUAN("public_funds_yuan", Kind.DECIMAL, Need.OPTIONAL, "公用经费（元）"),
    TRAINING_FUNDS_YUAN("training_funds_yuan", Kind.DECIMAL, Need.OPTIONAL, "培训经费（元）"),
    CERTIFIED_TEACHERS("certified_teachers", Kind.WHOLE_NUMBER, Need.OPTIONAL, "持证教师数");

    /** What a column's cells hold. */
    public enum Kind {
        /** Free text, surrounding spaces removed. */
        TEXT,
        /** An identifier (division code, school code). */
        CODE,
        /** One of a fixed set of values, by English id or Chinese name. */
        ENUMERATION,
        /** A non-negative whole number (a plain decimal with zero fraction, such as {@code 12.0}, is accepted). */
        WHOLE_NUMBER,
        /** A decimal number. */
        DECIMAL
    }

    /** When the header must hold a column. */
    public enum Need {
        /** Always. */
        REQUIRED,
        /** When some school has the column's segment (for {@code senior_students}: a senior section). */
        WITH_SEGMENT,
        /** Never; a blank cell or an absent column means "not given". */
        OPTIONAL
    }

    private final String id;
    private final Kind kind;
    private final Need need;
    private final @Nullable Segment segment;
    private final List<String> chineseLabels;

    SchoolColumn(String id, Kind kind, Need need, String... chineseLabels) {
        this.id = id;
        this.kind = kind;
        this.need = need;
        this.segment = null;
        this.chineseLabels = List.of(chineseLabels);
    }

    SchoolColumn(Segment segment, String suffix, String... suffixLabels) {
        this.id = segment.name().toLowerCase(Locale.ROOT) + "_" + suffix;
        this.kind = Kind.WHOLE_NUMBER;
        this.need = Need.WITH_SEGMENT;
        this.segment = segment;
        String stage = segment.chineseName();
        List<String> labels = new ArrayList<>();
        for (String suffixLabel : suffixLabels) {
            labels.add(stage + "部" + suffixLabel);
        }
        for (String suffixLabel : suffixLabels) {
            labels.add(stage + suffixLabel);
        }
        this.chineseLabels = List.copyOf(labels);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> chineseLabels() {
        return chineseLabels;
    }

    @Override
    public boolean isRequired() {
        return need == Need.REQUIRED;
    }

    @Override
    public boolean isMoney() {
        return id.endsWith("_yuan");
    }

    public Kind kind() {
        return kind;
    }

    public Need need() {
        return need;
    }

    /** The segment of a {@code primary_*} / {@code junior_*} column, or {@code null}. */
    public @Nullable Segment segment() {
        return segment;
    }

    /** The seven columns of {@code segment}, in contract order: students, classes, teachers, then teacher subsets. */
    public static List<SchoolColumn> of(Segment segment) {
        return segment == Segment.PRIMARY ? SegmentColumns.PRIMARY : SegmentColumns.JUNIOR;
    }

    /** Holder, so the lists are built once the enum constants exist. */
    private static final class SegmentColumns {
        static final List<SchoolColumn> PRIMARY = collect(Segment.PRIMARY);
        static final List<SchoolColumn> JUNIOR = collect(Segment.JUNIOR);

        private static List<SchoolColumn> collect(Segment segment) {
            List<SchoolColumn> columns = new ArrayList<>(7);
            for (SchoolColumn column : values()) {
                if (column.segment == segment) {
                    columns.add(column);
                }
            }
            return List.copyOf(columns);
        }
    }
}
