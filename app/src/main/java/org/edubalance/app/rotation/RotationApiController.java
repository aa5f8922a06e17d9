package org.edubalance.app.rotation;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.util.List;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.core.account.Role;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.RotationJob;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rotation jobs of a county over the API, with the page's rules: planners and administrators run, approve and
 * see teachers; inspectors read jobs without teachers (security configuration and {@link RotationJobResponse}).
 */
@RestController
@RequestMapping("/api/v1/rotation/{county}/jobs")
final class RotationApiController {
    private final RotationJobService rotation;
    private final Clock clock;

    RotationApiController(RotationJobService rotation, Clock clock) {
        this.rotation = rotation;
        this.clock = clock;
    }

    @Operation(
            summary = "Start a rotation run of a county (policy file text or a shipped base); answers the queued job")
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    RotationJobResponse run(
            @PathVariable String county,
            @RequestBody RotationRunRequest request,
            @AuthenticationPrincipal AccountDetails user) {
        RegionCode code = rotation.county(county).code();
        long id = rotation.run(code, request.year(), request.policy(), request.seconds(), user.getUsername());
        return response(rotation.job(code, id), user);
    }

    @Operation(summary = "The newest rotation runs of a county and year, without their results")
    @GetMapping
    List<RotationJobResponse> jobs(
            @PathVariable String county, @RequestParam int year, @AuthenticationPrincipal AccountDetails user) {
        return rotation.jobs(new RegionCode(county), year).stream()
                .map(j -> RotationJobResponse.of(j, RotationJobView.progressPercent(j, clock), null, details(user)))
                .toList();
    }

    @Operation(summary = "One rotation run with its plan once done (inspectors: without teachers)")
    @GetMapping("/{id}")
    RotationJobResponse job(
            @PathVariable String county, @PathVariable long id, @AuthenticationPrincipal AccountDetails user) {
        return response(rotation.job(new RegionCode(county), id), user);
    }

    @Operation(summary = "Approve the plan of a finished run (once; recorded with who and when)")
    @PostMapping("/{id}/approve")
    RotationJobResponse approve(
            @PathVariable String county, @PathVariable long id, @AuthenticationPrincipal AccountDetails user) {
        RegionCode code = new RegionCode(county);
        rotation.approve(code, id, user.getUsername());
        return response(rotation.job(code, id), user);
    }

    private RotationJobResponse response(RotationJob job, AccountDetails user) {
        RotationJobResponse response = RotationJobResponse.of(
                job, RotationJobView.progressPercent(job, clock), rotation.result(job), details(user));
        if (details(user)) {
            rotation.recordTeacherListRead(job.request().county(), job.id(), user.getUsername(), "api");
        }
        return response;
    }

    private static boolean details(AccountDetails user) {
        return user.role() == Role.ADMIN || user.role() == Role.PLANNER;
    }
}
