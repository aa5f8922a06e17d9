package org.edubalance.report.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One cell of a report table: a text, a number shown with a fixed number of decimal places, or a blank.
 *
 * <p>Numbers are stored <em>already rounded</em> half-up to their display scale, so what a reader sees and what a
 * formula or a re-import reads are the same figure — the figure the official forms print (docs/standards.md §10: per-school
 * values and county means to 2 decimals, CVs to 3). Rounding is decimal: the shortest decimal form of the
 * {@code double} is rounded ({@code 2.675 → 2.68}), as a person rounding the printed value would.
 */
public sealed interface ReportCell permits ReportCell.Text, ReportCell.Numeric, ReportCell.Blank {

    /** What a form prints for a value that does not exist or cannot be computed (e.g. an undefined CV). */
    String NOT_AVAILABLE = "—";

    /** A text cell; {@code text} may be empty. */
    static ReportCell text(String text) {
        return new Text(text);
    }

    /**
     * A number rounded half-up to {@code scale} decimal places and shown with exactly that many.
     *
     * @param value the unrounded value; NaN or infinite gives the text {@value #NOT_AVAILABLE}
     * @param scale decimal places, 0–10
     */
    static ReportCell number(double value, int scale) {
        if (!Double.isFinite(value)) {
            return new Text(NOT_AVAILABLE);
        }
        return new Numeric(roundHalfUp(value, scale), scale);
    }

    /** A whole number (scale 0). */
    static ReportCell integer(long value) {
        return new Numeric(value, 0);
    }

    /** A blank cell. */
    static ReportCell blank() {
        return Blank.INSTANCE;
    }

    /** {@code value} rounded half-up to {@code scale} decimal places (decimal rounding, see the type's Javadoc). */
    static double roundHalfUp(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * A text cell.
     *
     * @param text the text, possibly empty
     */
    record Text(String text) implements ReportCell {}

    /**
     * A number cell.
     *
     * @param value the value, already rounded to {@code scale} decimal places and finite
     * @param scale the decimal places to show, 0–10
     */
    record Numeric(double value, int scale) implements ReportCell {
        public Numeric {
            if (scale < 0 || scale > 10) {
                throw new IllegalArgumentException("A display scale is 0–10 decimal places, got " + scale);
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("A number cell holds a finite value, got " + value);
            }
        }
    }

    /** A blank cell. */
    enum Blank implements ReportCell {
        INSTANCE
    }
}
