package org.edubalance.app.pairingrecord;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.region.County;
import org.edubalance.planning.pairing.PairingPlan;
import org.edubalance.planning.pairing.PairingPlanJson;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pairing proposal over the API (docs/planning/pairing-records.md §6): the planner's document for a county and
 * year (administrators, planners, inspectors), and the adoption of chosen pairs as stored pairings (planners and
 * administrators), all or none. Principals get none: a proposal compares every school of the county.
 */
@RestController
@RequestMapping("/api/v1/counties/{county}/pairing-proposals")
final class ProposalApiController {
    /** The agreement an adopted pairing gets when the request names none. */
    static final String DEFAULT_SUMMARY = "Adopted from the pairing planner's proposal.";

    private final PairingProposals proposals;
    private final PairingAccess access;

    ProposalApiController(PairingProposals proposals, PairingAccess access) {
        this.proposals = proposals;
        this.access = access;
    }

    @Operation(
            summary = "Propose pairs (administrators, planners, inspectors): the document of `edubalance plan pairing"
                    + " --out pairs.json` for the county's school data of the year (default the newest), under the"
                    + " shipped national policy or the YAML text of `policy` (docs/planning/pairing.md §2, §4)",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(type = "object", description = "the pairing document"))))
    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> propose(
            @PathVariable String county,
            @RequestBody(required = false) @Nullable ProposalRequest request,
            @AuthenticationPrincipal AccountDetails user) {
        County c = ProposalApiErrors.everySchool(access, county, user, "pairing proposal");
        ProposalRequest asked = request == null ? new ProposalRequest(null, null) : request;
        int year = proposals.year(c.code(), asked.year());
        PairingPlan plan = proposals.plan(c.code(), year, proposals.policy(asked.policy()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(PairingPlanJson.write(plan));
    }

    @Operation(
            summary = "Adopt proposed pairs (planners, administrators): {\"startYear\": 2025, \"pairs\": [{\"segment\":"
                    + " \"PRIMARY\", \"mentor\": \"…\", \"mentee\": \"…\"}], \"agreementSignedOn\" (default today),"
                    + " \"agreementSummary\"}; every pair becomes a stored pairing (201), or none: 409 when a pair runs"
                    + " already, 400 for any other broken rule, each naming the pair")
    @PostMapping("/adopt")
    @ResponseStatus(HttpStatus.CREATED)
    List<PairingResponse> adopt(
            @PathVariable String county,
            @RequestBody AdoptRequest request,
            @AuthenticationPrincipal AccountDetails user) {
        County c = ProposalApiErrors.everySchool(access, county, user, "pairing proposal");
        access.requireEditor(user);
        if (request.startYear() == null) {
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_REQUEST, "startYear is missing.");
        }
        List<PairingProposals.Chosen> chosen = request.pairs() == null
                ? List.of()
                : request.pairs().stream()
                        .map(p -> new PairingProposals.Chosen(
                                ProposalApiErrors.text(p.segment()),
                                ProposalApiErrors.text(p.mentor()),
                                ProposalApiErrors.text(p.mentee())))
                        .toList();
        String summary = request.agreementSummary() == null ? DEFAULT_SUMMARY : request.agreementSummary();
        return proposals
                .adopt(
                        c.code(),
                        chosen,
                        request.startYear(),
                        request.agreementSignedOn(),
                        summary,
                        "pairing proposal (API)",
                        user.getUsername())
                .stream()
                .map(p -> PairingResponse.of(p, 0, List.of()))
                .toList();
    }

    /** What to plan: the data year (default the newest) and a policy's YAML text (default the shipped national). */
    record ProposalRequest(@Nullable Integer year, @Nullable String policy) {}

    /** The pairs to adopt, the school year they start, and their agreement. */
    record AdoptRequest(
            @Nullable Integer startYear,
            @Nullable List<ProposedPair> pairs,
            @Nullable String agreementSignedOn,
            @Nullable String agreementSummary) {}

    /** One pair, as the proposal names it. */
    record ProposedPair(
            @Nullable String segment,
            @Nullable String mentor,
            @Nullable String mentee) {}
}
