package org.edubalance.planning.rotation;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.planning.SolveSettings;

/**
 * The plans a bureau weighs against each other: the policy as written; the <em>fewest moves</em> that still meet
 * the quotas (movers capped at the quota), and the <em>most balancing</em> plan (no cost per mover, no cap). Between
 * the last two lies the trade-off: each mover beyond the quota buys some balance.
 */
public final class RotationAlternatives {
    /** One alternative: its name, the policy it was solved under and its plan. */
    public record Alternative(String name, RotationPolicy policy, RotationPlan plan) {}

    private final RotationProblemFactory.Inputs inputs;

    public RotationAlternatives(RotationProblemFactory.Inputs inputs) {
        this.inputs = inputs;
    }

    /** Solves the three alternatives, each within {@code settings}. */
    public List<Alternative> solve(RotationPolicy policy, SolveSettings settings) {
        List<Alternative> alternatives = new ArrayList<>();
        RotationProblem asWritten = inputs.problem(policy);
        alternatives.add(new Alternative("policy", policy, new RotationMipPlanner().solve(asWritten, settings)));
        RotationPolicy fewest = policy.withMaxMovers(asWritten.minimumMovers());
        alternatives.add(new Alternative(
                "fewest-moves", fewest, new RotationMipPlanner().solve(inputs.problem(fewest), settings)));
        RotationPolicy most = policy.withMoverPenalty(0).withMaxMovers(null);
        alternatives.add(new Alternative(
                "most-balancing", most, new RotationMipPlanner().solve(inputs.problem(most), settings)));
        return alternatives;
    }
}
