package org.edubalance.report.selfevaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Quantity;
import org.edubalance.report.model.ReportCell;

/**
 * How figures are printed in the report, with the application form's rounding (docs/standards.md §10): values and county
 * means to 2 decimals (3 for a teachers-per-student indicator, which 2 would blur), CVs to 3, half-up on the decimal
 * form; whole units (teachers, rooms, books) without decimals.
 */
final class Figures {
    static final int VALUE_SCALE = 2;
    static final int CV_SCALE = 3;
    static final int LIMIT_SCALE = 2;
    private static final int PER_STUDENT_TEACHER_SCALE = 3;

    private Figures() {}

    /** {@code value} rounded half-up to {@code scale} decimals, or {@value ReportCell#NOT_AVAILABLE} for NaN. */
    static String fixed(double value, int scale) {
        if (!Double.isFinite(value)) {
            return ReportCell.NOT_AVAILABLE;
        }
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    static String cv(double cv) {
        return fixed(cv, CV_SCALE);
    }

    static String limit(double limit) {
        return fixed(limit, LIMIT_SCALE);
    }

    /** Decimal places of {@code indicator}'s values (as on 表Ⅱ-2). */
    static int valueScale(IndicatorDefinition indicator) {
        boolean teachersOnly = indicator.added().stream().noneMatch(Quantity::isSharedAsset);
        return indicator.per() == 1 && teachersOnly ? PER_STUDENT_TEACHER_SCALE : VALUE_SCALE;
    }

    /** Decimal places of an amount of {@code quantity}: none for whole units, 2 for m² and yuan. */
    static int amountScale(Quantity quantity) {
        return quantity.isCountable() ? 0 : 2;
    }

    /** A ratio as a percentage without decimals (0.85 → "85%"). */
    static String percent(double ratio) {
        return fixed(ratio * 100, 0) + "%";
    }
}
