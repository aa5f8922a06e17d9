package org.edubalance.core.school;

/**
 * Whole-school assets that one-through and complete secondary schools share between segments; the
 * evaluation splits them by the rule pack's weights (docs/standards.md §3.5).
 *
 * @param teachingAuxAreaM2 instruction and ancillary floor area in m² (教学及辅助用房), indoor sports rooms included
 * @param indoorSportsAreaM2 indoor sports floor area in m² (室内体育用房)
 * @param sportsGroundAreaM2 outdoor sports ground area in m² (运动场地面积)
 * @param equipmentValueYuan book value of teaching instruments and equipment in yuan (教学仪器设备值)
 * @param multimediaClassrooms networked multimedia classrooms (网络多媒体教室)
 * @param computers teaching computers (教学用计算机)
 * @param books library books (图书册数)
 */
public record SharedAssets(
        double teachingAuxAreaM2,
        double indoorSportsAreaM2,
        double sportsGroundAreaM2,
        double equipmentValueYuan,
        double multimediaClassrooms,
        double computers,
        double books) {

    public static final SharedAssets NONE = new SharedAssets(0, 0, 0, 0, 0, 0, 0);

    public SharedAssets {
        // One call per figure, no array of them: this runs for every school row, and the batch launcher's C1 compiler
        // does not remove a temporary array (18 MB a nation-scale run).
        check(teachingAuxAreaM2);
        check(indoorSportsAreaM2);
        check(sportsGroundAreaM2);
        check(equipmentValueYuan);
        check(multimediaClassrooms);
        check(computers);
        check(books);
    }

    private static void check(double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("Asset figures are finite and never negative, got " + v);
        }
    }
}
