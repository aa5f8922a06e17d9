package org.edubalance.dataimport.investment;

import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.jspecify.annotations.Nullable;

/**
 * A costs file refused (docs/planning/investment.md §1), its English message for the command line and its parts for
 * a reader who words it in another language: the row (1 the header, 0 the file as a whole), the column, the value and
 * the rule broken.
 */
public final class CostsRefusedException extends InvalidPolicyException {
    private static final long serialVersionUID = 1L;

    /** The rules a costs file can break. */
    public enum Rule {
        /** The file has no header row. */
        EMPTY,
        /** A required column is not in the header. */
        MISSING_COLUMN,
        /** An action name is not lower-case letters, digits and _. */
        ACTION_NAME,
        /** The indicator is not one of the 2017 resource indicators. */
        INDICATOR,
        /** A shipped action's name with another indicator than its own. */
        DEFAULT_ACTION,
        /** A unit cost below 0 or not finite. */
        COST,
        /** A step not a whole number above 0. */
        STEP,
        /** An empty cell where a value is required. */
        REQUIRED,
        /** A cell that is not a number. */
        NUMBER,
        /** An action listed on two rows. */
        TWICE,
        /** A file larger than its reader takes (the platform's upload bound). */
        TOO_LARGE
    }

    private final Rule rule;
    private final long row;
    private final @Nullable String column;
    private final @Nullable String value;

    /** A refusal with its English {@code message} and its parts (row 0 for the file as a whole). */
    public CostsRefusedException(String message, Rule rule, long row, @Nullable String column, @Nullable String value) {
        super(message);
        this.rule = rule;
        this.row = row;
        this.column = column;
        this.value = value;
    }

    public Rule rule() {
        return rule;
    }

    /** The row (1 the header), or 0 when the refusal is of the file as a whole. */
    public long row() {
        return row;
    }

    /** The column's name, when the refusal is of one cell or column. */
    public @Nullable String column() {
        return column;
    }

    /** The cell's text as read, when the refusal is of one cell. */
    public @Nullable String value() {
        return value;
    }
}
