package org.edubalance.planning.rotation;

import org.jspecify.annotations.Nullable;

/**
 * The county-wide numbers of the policy the local search enforces.
 *
 * @param minMovers {@code ⌈share × eligible⌉}
 * @param maxMovers the cap on movers, or {@code null}
 * @param backboneShare the backbone share
 * @param backboneOfEligible whether the share is of the eligible backbone teachers (else of the movers)
 * @param eligibleBackbone eligible backbone teachers
 * @param moverPenalty objective cost of a mover
 */
public record RotationRules(
        int minMovers,
        @Nullable Integer maxMovers,
        double backboneShare,
        boolean backboneOfEligible,
        long eligibleBackbone,
        double moverPenalty) {
    /** The fewest backbone movers among {@code movers} movers. */
    long minBackbone(long movers) {
        return (long) Math.ceil(backboneShare * (backboneOfEligible ? eligibleBackbone : movers) - 1e-9);
    }
}
