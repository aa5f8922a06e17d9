package org.edubalance.core.standard;

/**
 * A raw quantity a school reports, which indicator numerators are built from (docs/standards.md §1.3, §2.3).
 *
 * <p>Teacher counts are reported per segment; the other quantities are whole-school assets that a
 * one-through or complete secondary school splits between segments by the pack's weights (§3.5).
 */
public enum Quantity {
    TEACHERS(Kind.TEACHERS, "专任教师", "full-time teachers", "teachers"),
    TEACHERS_ABOVE_DEGREE(Kind.TEACHERS, "高于规定学历教师", "teachers above the required degree", "teachers"),
    TEACHERS_MID_SENIOR_TITLE(Kind.TEACHERS, "中级及以上职称教师", "teachers with a mid or senior title", "teachers"),
    BACKBONE_TEACHERS(Kind.TEACHERS, "县级及以上骨干教师", "backbone teachers", "teachers"),
    PE_ARTS_TEACHERS(Kind.TEACHERS, "体育艺术专任教师", "PE and arts teachers", "teachers"),
    TEACHING_AUX_AREA_M2(Kind.CONTINUOUS_ASSET, "教学及辅助用房面积", "instruction and ancillary floor area", "m²"),
    INDOOR_SPORTS_AREA_M2(Kind.CONTINUOUS_ASSET, "室内体育用房面积", "indoor sports floor area", "m²"),
    SPORTS_GROUND_AREA_M2(Kind.CONTINUOUS_ASSET, "运动场地面积", "sports ground area", "m²"),
    EQUIPMENT_VALUE_YUAN(Kind.CONTINUOUS_ASSET, "教学仪器设备值", "teaching equipment value", "yuan"),
    MULTIMEDIA_CLASSROOMS(Kind.COUNTED_ASSET, "网络多媒体教室", "networked multimedia classrooms", "rooms"),
    COMPUTERS(Kind.COUNTED_ASSET, "教学用计算机", "teaching computers", "computers"),
    BOOKS(Kind.COUNTED_ASSET, "图书", "library books", "books");

    /** How a quantity behaves when split or when a shortfall is stated. */
    enum Kind {
        TEACHERS,
        CONTINUOUS_ASSET,
        COUNTED_ASSET
    }

    private final Kind kind;
    private final String chineseName;
    private final String englishName;
    private final String unit;

    Quantity(Kind kind, String chineseName, String englishName, String unit) {
        this.kind = kind;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.unit = unit;
    }

    /** Whether the quantity is a whole-school asset split between segments (teachers are not). */
    public boolean isSharedAsset() {
        return kind != Kind.TEACHERS;
    }

    /**
     * Whether shortfalls are stated in whole units, rounded up (teachers, rooms, computers, books), rather
     * than continuously (m², yuan) — docs/standards.md §7 item 8.
     */
    public boolean isCountable() {
        return kind != Kind.CONTINUOUS_ASSET;
    }

    public String chineseName() {
        return chineseName;
    }

    /** What a school would add, in English, e.g. "backbone teachers", "sports ground area". */
    public String englishName() {
        return englishName;
    }

    /** The natural unit in English ({@code teachers}, {@code m²}, {@code yuan}, {@code rooms}, …). */
    public String unit() {
        return unit;
    }
}
