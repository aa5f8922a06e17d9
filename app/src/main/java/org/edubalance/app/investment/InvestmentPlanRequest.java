package org.edubalance.app.investment;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The API's request of a plan.
 *
 * @param year the data year
 * @param goal {@code compliance} (the default), {@code budget} or {@code budget-per-year}
 * @param budget the budget in yuan under {@code budget}
 * @param budgetPerYear each phase year's budget in yuan under {@code budget-per-year}, {@code {"2026": 5000000}}
 * @param costs the costs: a costs file's text, or a list of {@code {action, unitCostYuan}} changing the shipped unit
 *     costs; absent for the shipped costs
 */
record InvestmentPlanRequest(
        int year,
        @Nullable String goal,
        @Nullable Double budget,

        @Schema(description = "under budget-per-year: {\"2026\":5000000,\"2027\":3000000}", nullable = true) @Nullable
        JsonNode budgetPerYear,

        @Schema(
                description = "costs.csv text, or [{\"action\":\"build_sports_ground\",\"unitCostYuan\":450}]",
                nullable = true)
        @Nullable
        JsonNode costs) {}
