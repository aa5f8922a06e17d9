package org.edubalance.planning.zoning;

/**
 * What the independent checker found of a plan ({@link ZoningPlanChecker}).
 *
 * @param complete every block of the county in exactly one zone, and every zone holds its school's block
 * @param capacity in every horizon year each zone's entrants within seats × (1 + slack)
 * @param contiguity each zone a connected set of blocks (true when the policy does not ask for it)
 * @param distance every block within the policy's distance limit of its school (true when there is none); pins kept
 *     and nothing forbidden used
 */
public record ZoningChecks(boolean complete, boolean capacity, boolean contiguity, boolean distance) {
    /** Whether every check passed. */
    public boolean passed() {
        return complete && capacity && contiguity && distance;
    }
}
