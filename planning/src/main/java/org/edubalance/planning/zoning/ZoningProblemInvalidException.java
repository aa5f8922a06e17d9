package org.edubalance.planning.zoning;

import org.edubalance.planning.Reason;

/**
 * A zoning problem that cannot be solved as given (docs/planning/zoning.md §5.4): the reason as a code with its
 * figures, which the command line and the pages word in their language, and an English message for logs and the API.
 * The command line exits 2; nothing is written.
 *
 * <p>Codes: {@code ZONING_NO_SCHOOLS}, {@code ZONING_SCHOOL_WITHOUT_BLOCK} (schools), {@code
 * ZONING_SCHOOL_BLOCK_UNKNOWN} (school, block), {@code ZONING_SCHOOLS_SHARE_BLOCK} (block, schools), {@code
 * ZONING_BLOCK_WITHOUT_POSITION} (count, blocks), {@code ZONING_UNREACHABLE_BLOCKS} (count, blocks), {@code
 * ZONING_SEATS_BELOW_ENTRANTS} (year, seats, entrants), {@code ZONING_NO_SCHOOL_ALLOWED} (count, blocks), {@code
 * ZONING_PIN_UNKNOWN} (block, school), {@code ZONING_INFEASIBLE} (the solver proved that no plan keeps every rule).
 */
public final class ZoningProblemInvalidException extends RuntimeException {
    private final Reason reason;

    public ZoningProblemInvalidException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** The reason as a code and its figures. */
    public Reason reason() {
        return reason;
    }
}
