package org.edubalance.core.investment;

import java.util.List;
import java.util.Optional;
import org.edubalance.core.standard.Quantity;

/**
 * The seven default actions, one per 2017 indicator, and the school-file quantities each adds its amount to. A
 * bureau's own action for an indicator adds to the same quantities as the default action of that indicator.
 */
public enum InvestmentKind {
    HIRE_QUALIFIED_TEACHER(
            "hire_qualified_teacher",
            "teachers_above_degree_per100",
            List.of(Quantity.TEACHERS_ABOVE_DEGREE, Quantity.TEACHERS)),
    TRAIN_BACKBONE_TEACHER("train_backbone_teacher", "backbone_teachers_per100", List.of(Quantity.BACKBONE_TEACHERS)),
    HIRE_PE_ARTS_TEACHER(
            "hire_pe_arts_teacher", "pe_arts_teachers_per100", List.of(Quantity.PE_ARTS_TEACHERS, Quantity.TEACHERS)),
    BUILD_TEACHING_SPACE(
            "build_teaching_space", "teaching_aux_area_per_student", List.of(Quantity.TEACHING_AUX_AREA_M2)),
    BUILD_SPORTS_GROUND("build_sports_ground", "sports_area_per_student", List.of(Quantity.SPORTS_GROUND_AREA_M2)),
    BUY_EQUIPMENT("buy_equipment", "equipment_value_per_student", List.of(Quantity.EQUIPMENT_VALUE_YUAN)),
    EQUIP_MULTIMEDIA_ROOM("equip_multimedia_room", "multimedia_rooms_per100", List.of(Quantity.MULTIMEDIA_CLASSROOMS));

    private final String defaultAction;
    private final String indicatorId;
    private final List<Quantity> adds;

    InvestmentKind(String defaultAction, String indicatorId, List<Quantity> adds) {
        this.defaultAction = defaultAction;
        this.indicatorId = indicatorId;
        this.adds = adds;
    }

    /** The shipped action's name, e.g. {@code build_sports_ground}. */
    public String defaultAction() {
        return defaultAction;
    }

    /** The 2017 indicator the action raises. */
    public String indicatorId() {
        return indicatorId;
    }

    /** The quantities the amount is added to. */
    public List<Quantity> adds() {
        return adds;
    }

    /** Whether the action adds to a segment's teachers (then it is planned per segment) rather than a school asset. */
    public boolean perSegment() {
        return !adds.getFirst().isSharedAsset();
    }

    /** The kind of {@code indicatorId}, if an action can raise it. */
    public static Optional<InvestmentKind> ofIndicator(String indicatorId) {
        for (InvestmentKind k : values()) {
            if (k.indicatorId.equals(indicatorId)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
