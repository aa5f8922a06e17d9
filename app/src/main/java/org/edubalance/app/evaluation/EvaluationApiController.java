package org.edubalance.app.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.gap.ShortfallCalculator;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A county's evaluation as the JSON document of docs/data-formats.md §2. */
@RestController
@RequestMapping("/api/v1/evaluations")
final class EvaluationApiController {
    private final EvaluationService evaluations;

    EvaluationApiController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /** Principals get the county's figures with their own school's rows only. */
    @Operation(summary = "Evaluate one county for a year (default: the latest) against a standard")
    @GetMapping("/{countyCode}")
    EvaluationResponse county(
            @PathVariable String countyCode,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String standard,
            @AuthenticationPrincipal AccountDetails user) {
        if (!RegionCode.isWellFormed(countyCode)) {
            throw new IllegalArgumentException("A county code has six digits, got '" + countyCode + "'");
        }
        Evaluation evaluation = evaluations.evaluateCounty(new RegionCode(countyCode), year, standard);
        List<SchoolEvaluation> schools = evaluation.schools();
        var shortfalls = new ShortfallCalculator(evaluation.standard()).shortfalls(schools);
        // A principal gets the county's figures, their own school's rows, and findings that name no other school.
        EvaluationResponse response =
                EvaluationResponse.of(evaluation, Map.of(new RegionCode(countyCode), shortfalls), user::canRead);
        return response.withSchools(code -> user.canRead(new SchoolCode(code)));
    }
}
