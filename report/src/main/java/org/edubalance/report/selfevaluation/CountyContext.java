package org.edubalance.report.selfevaluation;

import java.util.List;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.gap.GapAnalysis;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.wording.FindingWords;

/**
 * What every section of one county's report reads.
 *
 * @param data the report's inputs
 * @param county the county's evaluation in the reported year
 * @param schools the county's in-scope school parts
 * @param gap the county's gap analysis
 * @param labels the report's words
 */
record CountyContext(
        SelfEvaluationData data,
        CountyEvaluation county,
        List<SchoolEvaluation> schools,
        GapAnalysis gap,
        Labels labels) {
    CountyContext {
        schools = List.copyOf(schools);
    }

    Standard standard() {
        return data.evaluation().standard();
    }

    Evaluation evaluation() {
        return data.evaluation();
    }

    CountyInputs inputs() {
        return data.inputs();
    }

    List<SchoolEvaluation> schools(Segment segment) {
        return schools.stream().filter(s -> s.segment() == segment).toList();
    }

    /** The words for the evaluation's findings in the report's language. */
    FindingWords findings() {
        return FindingWords.of(labels.locale(), standard());
    }

    String text(String key, Object... args) {
        return labels.text(key, args);
    }
}
