package org.edubalance.app.pairingrecord;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.app.web.ErrorResponse;
import org.edubalance.core.pairingrecord.SchoolGroup;
import org.edubalance.core.region.County;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.groups.GroupPlan;
import org.edubalance.planning.groups.GroupPlanJson;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
    private final PairingWords words;

    GroupProposalApiController(GroupProposals proposals, PairingAccess access, PairingWords words) {
        this.proposals = proposals;
        this.access = access;
        this.words = words;
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
        County c = county(county, user);
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
        County c = county(county, user);
        access.requireEditor(user);
        int start = request.startYear() == null ? proposals.year(c.code(), null) : request.startYear();
        List<GroupProposals.Chosen> chosen = request.groups() == null
                ? List.of()
                : request.groups().stream()
                        .map(g -> new GroupProposals.Chosen(
                                text(g.segment()),
                                text(g.core()),
                                g.members() == null ? List.of() : g.members(),
                                text(g.name())))
                        .toList();
        return proposals.adopt(c.code(), chosen, start, "group proposal (API)", user.getUsername()).stream()
                .map(GroupResponse::of)
                .toList();
    }

    /** Adoption refused: 409 when a school is in a running group already (rule PR-16), else 400. */
    @ExceptionHandler(PairingRefusedException.class)
    ResponseEntity<ErrorResponse> refused(PairingRefusedException e) {
        boolean conflict = e.violations().stream().anyMatch(v -> PairingViolation.IN_GROUP.equals(v.rule()));
        String groups = e.violations().stream()
                .map(v -> "group " + v.row() + " " + v.rule() + (v.value() == null ? "" : " '" + v.value() + "'"))
                .distinct()
                .collect(Collectors.joining("; "));
        return ResponseEntity.status(conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST)
                .body(new ErrorResponse(
                        conflict ? ErrorCode.EDIT_CONFLICT : ErrorCode.INVALID_REQUEST,
                        "Refused, nothing stored: " + groups + ".",
                        words.issues(e.violations())));
    }

    /** A policy the reader refuses: its message names the key, the value and the rule. */
    @ExceptionHandler(InvalidPolicyException.class)
    ResponseEntity<ErrorResponse> invalidPolicy(InvalidPolicyException e) {
        return ResponseEntity.badRequest().body(new ErrorResponse(ErrorCode.INVALID_REQUEST, e.getMessage()));
    }

    /** A core that cannot lead a group, or limits that leave no plan: the planner names the code or the rule. */
    @ExceptionHandler(PlanningProblemInvalidException.class)
    ResponseEntity<ErrorResponse> noPlan(PlanningProblemInvalidException e) {
        return ResponseEntity.badRequest().body(new ErrorResponse(ErrorCode.INVALID_REQUEST, e.getMessage()));
    }

    private County county(String code, AccountDetails user) {
        County c = access.county(code, user);
        if (!user.readsEverySchool()) {
            throw new ApiProblemException(
                    HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, "A group proposal compares every school of the county.");
        }
        return c;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
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
