package org.edubalance.core.evaluation;

import java.util.List;
import org.edubalance.core.standard.Standard;

/**
 * The evaluation of one school year's data against one standard.
 *
 * @param standard the rule pack applied
 * @param year the school year
 * @param counties county results in county-code order
 * @param schools every in-scope school segment, grouped by county in county-code order
 * @param excluded schools left out of scope, with the reason
 */
public record Evaluation(
        Standard standard,
        int year,
        List<CountyEvaluation> counties,
        List<SchoolEvaluation> schools,
        List<ScopeDecision> excluded) {
    public Evaluation {
        counties = List.copyOf(counties);
        schools = List.copyOf(schools);
        excluded = List.copyOf(excluded);
    }
}
