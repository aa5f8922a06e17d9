package org.edubalance.report.selfevaluation;

import java.util.List;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.region.RegionCode;

/**
 * Everything one county's self-evaluation report is built from.
 *
 * @param evaluation the evaluation of the reported school year (it may hold other counties too)
 * @param county the county reported on; the evaluation must hold it
 * @param history evaluations of other school years under the same standard, for the trend chart (any order; empty
 *     for none; a year without the county is skipped)
 * @param inputs the county inputs of the reported year ({@link CountyInputs#none} when none were given)
 * @param provenance the input files, generation time and software version
 */
public record SelfEvaluationData(
        Evaluation evaluation,
        RegionCode county,
        List<Evaluation> history,
        CountyInputs inputs,
        Provenance provenance) {
    public SelfEvaluationData {
        history = List.copyOf(history);
        countyIn(evaluation, county);
    }

    /** The county's evaluation in the reported year. */
    public CountyEvaluation countyEvaluation() {
        return countyIn(evaluation, county);
    }

    static CountyEvaluation countyIn(Evaluation evaluation, RegionCode county) {
        return evaluation.counties().stream()
                .filter(c -> c.county().code().equals(county))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "The evaluation of " + evaluation.year() + " holds no county " + county));
    }
}
