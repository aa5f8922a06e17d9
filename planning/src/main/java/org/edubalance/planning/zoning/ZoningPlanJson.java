package org.edubalance.planning.zoning;

/**
 * The zoning result document (docs/planning/zoning.md §6): what {@code edubalance plan zones --out} writes and the
 * API returns, byte for byte.
 */
public final class ZoningPlanJson {
    private ZoningPlanJson() {}

    /** The document of {@code plan}. */
    public static String write(ZoningPlan plan) {
        throw new UnsupportedOperationException("landing soon");
    }
}
