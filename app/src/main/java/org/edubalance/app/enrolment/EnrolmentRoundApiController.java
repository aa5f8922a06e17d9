package org.edubalance.app.enrolment;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.enrolment.EnrolmentRoundService.Upload;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.app.web.ErrorResponse;
import org.edubalance.app.web.IssueResponse;
import org.edubalance.core.account.Role;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.edubalance.core.enrolment.EnrolmentRoundKind;
import org.edubalance.core.enrolment.EnrolmentRoundStatus;
import org.edubalance.dataimport.ImportRejectedException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Enrolment rounds over the API (docs/planning/rounds.md §3): planners and administrators create, commit, draw, approve
 * and publish; inspectors read; a principal reads the published result of their own school only (security
 * configuration).
 */
@RestController
@RequestMapping("/api/v1/enrolment-rounds")
final class EnrolmentRoundApiController {
    private final EnrolmentRoundService rounds;

    EnrolmentRoundApiController(EnrolmentRoundService rounds) {
        this.rounds = rounds;
    }

    @Operation(
            summary = "Create a round from its files (all or nothing): kind ADMISSION (default; county, year,"
                    + " entryGrade, seats, zones, applicants) or QUOTA (area, year, high_schools, candidates)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EnrolmentRoundResponse create(
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String county,
            @RequestParam(required = false) @Nullable String area,
            @RequestParam int year,
            @RequestParam(required = false) @Nullable String entryGrade,
            @RequestParam(required = false) @Nullable MultipartFile seats,
            @RequestParam(required = false) @Nullable MultipartFile zones,
            @RequestParam(required = false) @Nullable MultipartFile applicants,
            @RequestParam(name = "high_schools", required = false) @Nullable MultipartFile highSchools,
            @RequestParam(required = false) @Nullable MultipartFile candidates,
            @RequestParam(required = false) @Nullable MultipartFile policy,
            @AuthenticationPrincipal AccountDetails user) {
        EnrolmentRoundKind roundKind = kind(kind);
        Upload policyUpload = policy == null || policy.isEmpty() ? null : upload(policy);
        long id = roundKind == EnrolmentRoundKind.QUOTA
                ? rounds.createQuota(
                        required("area", area != null ? area : county),
                        year,
                        upload(required("high_schools", highSchools)),
                        upload(required("candidates", candidates)),
                        policyUpload,
                        user.getUsername())
                : rounds.create(
                        required("county", county != null ? county : area),
                        year,
                        required("entryGrade", entryGrade),
                        upload(required("seats", seats)),
                        upload(required("zones", zones)),
                        upload(required("applicants", applicants)),
                        policyUpload,
                        user.getUsername());
        return response(rounds.round(id));
    }

    @Operation(summary = "One round: status, files and hashes, commit, public value, seed, job")
    @GetMapping("/{id}")
    EnrolmentRoundResponse round(@PathVariable long id, @AuthenticationPrincipal AccountDetails user) {
        return response(visible(id, user));
    }

    @Operation(summary = "The result document of a round (principals: their school's assignments of a published one)")
    @GetMapping(value = "/{id}/result", produces = MediaType.APPLICATION_JSON_VALUE)
    String result(@PathVariable long id, @AuthenticationPrincipal AccountDetails user) {
        visible(id, user);
        if (user.role() != Role.PRINCIPAL) {
            return rounds.result(id);
        }
        return rounds.resultOfSchool(id, user.account().school());
    }

    @Operation(summary = "Store the commit of the round's files (once; the files cannot change afterwards)")
    @PostMapping("/{id}/commit")
    EnrolmentRoundResponse commit(@PathVariable long id, @AuthenticationPrincipal AccountDetails user) {
        return response(rounds.commit(id, user.getUsername()));
    }

    @Operation(summary = "Give the public value and queue the draw (only after the commit was stored)")
    @PostMapping("/{id}/draw")
    @ResponseStatus(HttpStatus.ACCEPTED)
    EnrolmentRoundResponse draw(
            @PathVariable long id, @RequestBody DrawRequest request, @AuthenticationPrincipal AccountDetails user) {
        return response(rounds.draw(id, request.publicValue(), user.getUsername()));
    }

    @Operation(summary = "Approve the result of a drawn round whose job is done (not public yet)")
    @PostMapping("/{id}/approve")
    EnrolmentRoundResponse approve(@PathVariable long id, @AuthenticationPrincipal AccountDetails user) {
        return response(rounds.approve(id, user.getUsername()));
    }

    @Operation(summary = "Publish the result of an approved round (public page /public/draws/{id})")
    @PostMapping("/{id}/publish")
    EnrolmentRoundResponse publish(@PathVariable long id, @AuthenticationPrincipal AccountDetails user) {
        return response(rounds.publish(id, user.getUsername()));
    }

    /** The body of a draw. */
    record DrawRequest(@Nullable String publicValue) {}

    /** The located errors of the uploaded files: a bad request (nothing stored). */
    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ErrorResponse> rejected(ImportRejectedException e) {
        List<IssueResponse> issues =
                e.report().issues().stream().map(IssueResponse::of).toList();
        return ResponseEntity.badRequest()
                .body(new ErrorResponse(
                        ErrorCode.IMPORT_REJECTED,
                        "Round rejected, nothing stored: " + e.report().summary() + ".",
                        issues));
    }

    /** A principal sees published rounds only; the bureau's roles see every round. */
    private EnrolmentRound visible(long id, AccountDetails user) {
        EnrolmentRound round = rounds.round(id);
        if (user.role() == Role.PRINCIPAL && round.status() != EnrolmentRoundStatus.PUBLISHED) {
            throw ApiProblemException.notFound("No published enrolment round " + id + ".");
        }
        return round;
    }

    private static EnrolmentRoundKind kind(@Nullable String kind) {
        if (kind == null || kind.isEmpty()) {
            // Requests from before the quota kind name none: they are admission rounds.
            return EnrolmentRoundKind.ADMISSION;
        }
        try {
            return EnrolmentRoundKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ApiProblemException.invalid("kind " + kind + ": one of ADMISSION, QUOTA.");
        }
    }

    private static <T> T required(String name, @Nullable T value) {
        if (value == null) {
            throw ApiProblemException.invalid("The request has no " + name + ".");
        }
        return value;
    }

    private EnrolmentRoundResponse response(EnrolmentRound round) {
        return EnrolmentRoundResponse.of(round, rounds.job(round));
    }

    private static Upload upload(MultipartFile file) {
        try {
            return new Upload(String.valueOf(file.getOriginalFilename()), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
