package org.edubalance.core.demo;

/**
 * The 2017 per-school thresholds (docs/standards.md §1.3, R1–R7) that synthetic resources are drawn around: a school's
 * resource is a factor drawn per school times what exactly meets the thresholds.
 */
enum ResourceAnchor {
    TEACHERS_ABOVE_DEGREE_PER100(4.2, 5.3),
    BACKBONE_TEACHERS_PER100(1.0, 1.0),
    PE_ARTS_TEACHERS_PER100(0.9, 0.9),
    TEACHING_AUX_AREA(4.5, 5.8),
    SPORTS_AREA(7.5, 10.2),
    EQUIPMENT_VALUE(2000, 2500),
    MULTIMEDIA_ROOMS_PER100(2.3, 2.4);

    /** Split weights of docs/standards.md §3.5: a junior student counts 1.1 pupils, a senior student 1.32 (1.2 juniors). */
    private static final double JUNIOR_WEIGHT = 1.1;

    private static final double SENIOR_WEIGHT_ONE_THROUGH = 1.32;
    private static final double SENIOR_WEIGHT_COMPLETE_SECONDARY = 1.2;

    private final double primary;
    private final double junior;

    ResourceAnchor(double primary, double junior) {
        this.primary = primary;
        this.junior = junior;
    }

    double primary() {
        return primary;
    }

    double junior() {
        return junior;
    }

    /**
     * The whole-school amount that, split by the weights of docs/standards.md §3.5, exactly meets the threshold in every
     * segment the school has.
     */
    double requirement(int primaryStudents, int juniorStudents, int seniorStudents) {
        if (primaryStudents > 0 && juniorStudents > 0) {
            double units =
                    primaryStudents + JUNIOR_WEIGHT * juniorStudents + SENIOR_WEIGHT_ONE_THROUGH * seniorStudents;
            return units * Math.max(primary, junior / JUNIOR_WEIGHT);
        }
        if (juniorStudents > 0) {
            return junior * (juniorStudents + SENIOR_WEIGHT_COMPLETE_SECONDARY * seniorStudents);
        }
        return primary * primaryStudents;
    }
}
