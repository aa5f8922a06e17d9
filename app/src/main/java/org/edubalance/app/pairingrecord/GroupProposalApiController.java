package org.edubalance.app.pairingrecord;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.LinkedHashSet;
import java.util.List;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.core.pairingrecord.SchoolGroup;
import org.edubalance.core.region.County;
import org.edubalance.planning.groups.GroupPlan;
import org.edubalance.planning.groups.GroupPlanJson;
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
 * The school-group proposal over the API (docs/planning/groups.md §8): the planner's document for a county, year and
 * the named cores (administrators, planners, inspectors), and the adoption of chosen groups as stored school groups
 * (planners and administrators), all or none. Principals get none: a proposal compares every school of the county.
 */
@RestController
@RequestMapping("/api/v1/counties/{county}/group-proposals")
final class GroupProposalApiController {
    private final GroupProposals proposals;
    private final PairingAccess access;

    GroupProposalApiController(GroupProposals proposals, PairingAccess access) {
        this.proposals = proposals;
        this.access = access;
    }

    @Operation(
            summary = "Propose school groups (administrators, planners, inspectors): the document of `edubalance plan"
                    + " groups --out groups.json` for the county's school data of the year (default the newest) around"
                    + " the core schools `cores`, within `timeLimitSeconds` (default 20, at most 60), under the shipped"
                    + " national policy or the YAML text of `policy` (docs/planning/groups.md §2, §4)",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(type = "object", description = "the groups document"))))
    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> propose(
            @PathVariable String county,
            @RequestBody ProposalRequest request,
            @AuthenticationPrincipal AccountDetails user) {
        County c = ProposalApiErrors.everySchool(access, county, user, "group proposal");
        int year = proposals.year(c.code(), request.year());
        var cores = new LinkedHashSet<>(GroupProposals.cores(request.cores() == null ? List.of() : request.cores()));
        int seconds = GroupProposals.seconds(request.timeLimitSeconds());
        GroupPlan plan = proposals.plan(c.code(), year, cores, seconds, proposals.policy(request.policy()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(GroupPlanJson.write(plan));
    }

    @Operation(
            summary = "Adopt proposed groups (planners, administrators): {\"startYear\": 2025 (default the newest data"
                    + " year), \"groups\": [{\"segment\": \"PRIMARY\", \"core\": \"…\", \"members\": [\"…\"],"
                    + " \"name\" (default: the core's name and 教育集团)}]}; every group becomes a stored school group"
                    + " (201), or none: 409 when a school is in a running group already (PR-16), 400 for any other"
                    + " broken rule, each naming the group")
    @PostMapping("/adopt")
    @ResponseStatus(HttpStatus.CREATED)
    List<GroupResponse> adopt(
            @PathVariable String county,
            @RequestBody AdoptRequest request,
            @AuthenticationPrincipal AccountDetails user) {
        County c = ProposalApiErrors.everySchool(access, county, user, "group proposal");
        access.requireEditor(user);
        int start = request.startYear() == null ? proposals.year(c.code(), null) : request.startYear();
        List<GroupProposals.Chosen> chosen = request.groups() == null
                ? List.of()
                : request.groups().stream()
                        .map(g -> new GroupProposals.Chosen(
                                ProposalApiErrors.text(g.segment()),
                                ProposalApiErrors.text(g.core()),
                                g.members() == null ? List.of() : g.members(),
                                ProposalApiErrors.text(g.name())))
                        .toList();
        return proposals.adopt(c.code(), chosen, start, "group proposal (API)", user.getUsername()).stream()
                .map(GroupResponse::of)
                .toList();
    }

    /** What to plan: the data year, the core schools' codes, the time limit and a policy's YAML text. */
    record ProposalRequest(
            @Nullable Integer year,
            @Nullable List<String> cores,
            @Nullable Integer timeLimitSeconds,
            @Nullable String policy) {}

    /** The groups to adopt and the school year they start. */
    record AdoptRequest(
            @Nullable Integer startYear, @Nullable List<ProposedGroup> groups) {}

    /** One group, as the proposal names it. */
    record ProposedGroup(
            @Nullable String segment,
            @Nullable String core,
            @Nullable List<String> members,
            @Nullable String name) {}

    /** A stored group. */
    record GroupResponse(
            long id,
            String county,
            String name,
            String core,
            List<String> members,
            int startYear,
            @Nullable Integer endYear) {
        static GroupResponse of(SchoolGroup g) {
            return new GroupResponse(
                    g.id(),
                    g.county().value(),
                    g.name(),
                    g.core().value(),
                    g.members().stream().map(m -> m.value()).toList(),
                    g.startYear(),
                    g.endYear());
        }
    }
}
