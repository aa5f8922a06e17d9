package org.edubalance.app.funding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.region.County;
import org.edubalance.planning.funding.FundingPlan;
import org.edubalance.planning.funding.FundingPlanJson;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A county's funding over the API: the document {@code edubalance plan funding --out funding.json} writes
 * (docs/planning/funding.md §5, written by the same {@link FundingPlanJson}), with the page's roles: planners and
 * administrators choose a shipped policy; inspectors read the default one; a principal gets their school's row only
 * and no county figures, in their own county (any other is not found).
 */
@RestController
final class FundingApiController {
    private final FundingAccess access;
    private final FundingPages pages;
    private final FundingPolicies policies;
    private final FundingService funding;

    FundingApiController(FundingAccess access, FundingPages pages, FundingPolicies policies, FundingService funding) {
        this.access = access;
        this.pages = pages;
        this.policies = policies;
        this.funding = funding;
    }

    @Operation(
            summary = "The funding formula over a county's public schools (docs/planning/funding.md §5): each school's"
                    + " allocation against its current funds, the county CV and urban : town : rural ratio before and"
                    + " after. A principal gets their school only.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(type = "object", description = "the funding document"))))
    @GetMapping(value = "/api/v1/counties/{county}/funding", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> funding(
            @PathVariable String county,
            @Parameter(description = "the data year; default the newest with school rows")
                    @RequestParam(required = false)
                    @Nullable
                    Integer year,
            @Parameter(description = "a shipped policy id (planners, administrators); default national-east")
                    @RequestParam(required = false)
                    @Nullable
                    String policy,
            @AuthenticationPrincipal AccountDetails user) {
        County c = access.county(county, user);
        if (policy != null && !policy.isBlank()) {
            access.requireEditor(user);
            if (!policies.shipped().contains(policy)) {
                throw new ApiProblemException(
                        HttpStatus.BAD_REQUEST,
                        ErrorCode.INVALID_REQUEST,
                        "Unknown funding policy '" + policy + "'. Maybe one of " + policies.shipped() + ".");
            }
        }
        FundingPlan plan = funding.plan(pages.policy(c.code().value(), policy, null), c.code(), pages.year(c, year));
        if (!user.readsEverySchool()) {
            plan = FundingService.ownSchoolOnly(plan, user.account().school());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(FundingPlanJson.write(plan));
    }

    @Operation(
            summary = "The funding formula over a county's public schools under the county's own policy, sent as the"
                    + " YAML body (docs/planning/funding.md §2; at most 16 KB; `extends:` a shipped policy and sets"
                    + " what differs). Planners and administrators; nothing is stored. A refused policy is a 400"
                    + " naming the key and the rule.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(type = "object", description = "the funding document"))))
    @PostMapping(
            value = "/api/v1/counties/{county}/funding",
            consumes = {"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> fundingUnderPolicy(
            @PathVariable String county,
            @Parameter(description = "the data year; default the newest with school rows")
                    @RequestParam(required = false)
                    @Nullable
                    Integer year,
            @RequestBody String yaml,
            @AuthenticationPrincipal AccountDetails user) {
        County c = access.county(county, user);
        access.requireEditor(user);
        FundingPlan plan;
        try {
            plan = funding.plan(policies.read(yaml), c.code(), pages.year(c, year));
        } catch (FundingPolicyException e) {
            throw new ApiProblemException(
                    HttpStatus.BAD_REQUEST, ErrorCode.INVALID_REQUEST, "The funding policy: " + e.getMessage());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(FundingPlanJson.write(plan));
    }
}
