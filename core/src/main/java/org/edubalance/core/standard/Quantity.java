package org.edubalance.core.standard;

/**
 * A raw quantity a school reports, which indicator numerators are built from (standards.md §1.3, §2.3).
 *
 * <p>Teacher counts are reported per segment; the other quantities are whole-school assets that a
 * one-through or complete secondary school splits between segments by the pack's weights (§3.5).
 */
public enum Quantity {
    TEACHERS(Kind.TEACHERS, "专任教师", "teachers"),
    TEACHERS_ABOVE_DEGREE(Kind.TEACHERS, "高于规定学历教师", "teachers"),
    TEACHERS_MID_SENIOR_TITLE(Kind.TEACHERS, "中级及以上职称教师", "teachers"),
    BACKBONE_TEACHERS(Kind.TEACHERS, "县级及以上骨干教师", "teachers"),
    PE_ARTS_TEACHERS(Kind.TEACHERS, "体育艺术专任教师", "teachers"),
    TEACHING_AUX_AREA_M2(Kind.CONTINUOUS_ASSET, "教学及辅助用房面积", "m²"),
    INDOOR_SPORTS_AREA_M2(Kind.CONTINUOUS_ASSET, "室内体育用房面积", "m²"),
    SPORTS_GROUND_AREA_M2(Kind.CONTINUOUS_ASSET, "运动场地面积", "m²"),
    EQUIPMENT_VALUE_YUAN(Kind.CONTINUOUS_ASSET, "教学仪器设备值", "yuan"),
    MULTIMEDIA_CLASSROOMS(Kind.COUNTED_ASSET, "网络多媒体教室", "rooms"),
    COMPUTERS(Kind.COUNTED_ASSET, "教学用计算机", "computers"),
    BOOKS(Kind.COUNTED_ASSET, "图书", "books");

    /** How a quantity behaves when split or when a shortfall is stated. */
    enum Kind {
        TEACHERS,
        CONTINUOUS_ASSET,
        COUNTED_ASSET
    }

    private final Kind kind;
    private final String chineseName;
    private final String unit;

    Quantity(Kind kind, String chineseName, String unit) {
        this.kind = kind;
        this.chineseName = chineseName;
        this.unit = unit;
    }

    /** Whether the quantity is a whole-school asset split between segments (teachers are not). */
    public boolean isSharedAsset() {
        return kind != Kind.TEACHERS;
    }

    /**
     * Whether shortfalls are stated in whole units, rounded up (teachers, rooms, computers, books), rather
     * than continuously (m², yuan) — standards.md §7 item 8.
     */
    public boolean isCountable() {
        return kind != Kind.CONTINUOUS_ASSET;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The natural unit in English ({@code teachers}, {@code m²}, {@code yuan}, {@code rooms}, …). */
    public String unit() {
        return unit;
    }
}
