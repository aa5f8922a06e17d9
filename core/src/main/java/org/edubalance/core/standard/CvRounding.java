package org.edubalance.core.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding applied to a CV before comparing it with the limit (docs/standards.md §3.4; default none). */
public enum CvRounding {
    NONE(-1),
    HALF_UP_2(2),
    HALF_UP_3(3);

    private final int digits;

    CvRounding(int digits) {
        this.digits = digits;
    }

    /** {@code cv} rounded half-up to this many decimals; NaN stays NaN. */
    public double apply(double cv) {
        if (digits < 0 || Double.isNaN(cv) || Double.isInfinite(cv)) {
            return cv;
        }
        return BigDecimal.valueOf(cv).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }
}
