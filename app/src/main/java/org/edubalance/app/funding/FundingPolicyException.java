package org.edubalance.app.funding;

/** An uploaded funding policy the reader refused; {@link #problem()} locates it for the page. */
final class FundingPolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient PolicyProblem problem;

    FundingPolicyException(PolicyProblem problem) {
        super(problem.key() + ": " + problem.rule() + " " + problem.detail());
        this.problem = problem;
    }

    PolicyProblem problem() {
        return problem;
    }
}
