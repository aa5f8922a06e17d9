package org.edubalance.app.enrolment;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.app.web.ErrorResponse;
import org.edubalance.app.web.IssueResponse;
import org.edubalance.core.account.Role;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.edubalance.core.enrolment.EnrolmentRoundStatus;
import org.edubalance.core.school.SchoolCode;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Enrolment rounds over the API (docs/planning/rounds.md §3): planners and administrators create, commit, draw and
 * publish; inspectors read; a principal reads the published result of their own school only (security configuration).
 */
@RestController
@RequestMapping("/api/v1/enrolment-rounds")
final class EnrolmentRoundApiController {
    private final EnrolmentRoundService rounds;
    private final JsonMapper json;

    EnrolmentRoundApiController(EnrolmentRoundService rounds, JsonMapper json) {
        this.rounds = rounds;
        this.json = json;
    }

    @Operation(summary = "Create an admission round of a county, year and entry grade from its files (all or nothing)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EnrolmentRoundResponse create(
            @RequestParam String county,
            @RequestParam int year,
            @RequestParam String entryGrade,
            @RequestParam MultipartFile seats,
            @RequestParam MultipartFile zones,
            @RequestParam MultipartFile applicants,
            @RequestParam(required = false) @Nullable MultipartFile policy,
            @AuthenticationPrincipal AccountDetails user) {
        long id = rounds.create(
                county,
                year,
                entryGrade,
                upload(seats),
                upload(zones),
                upload(applicants),
                policy == null || policy.isEmpty() ? null : upload(policy),
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
        String document = rounds.result(id);
        SchoolCode school = user.account().school();
        if (user.role() != Role.PRINCIPAL) {
            return document;
        }
        return json.writeValueAsString(ownSchool(json.readTree(document), school));
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

    @Operation(summary = "Publish the result of a drawn round whose job is done (public page /public/draws/{id})")
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

    /** The document with only the assignments to and the line of {@code school}. */
    private static JsonNode ownSchool(JsonNode document, @Nullable SchoolCode school) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        String code = school == null ? "" : school.value();
        copy.set("assignments", only(document.get("assignments"), "school", code, copy.arrayNode()));
        copy.set("schools", only(document.get("schools"), "code", code, copy.arrayNode()));
        copy.remove("summary");
        return copy;
    }

    private static ArrayNode only(JsonNode array, String field, String code, ArrayNode into) {
        for (JsonNode line : array) {
            if (line.hasNonNull(field) && line.get(field).asString().equals(code)) {
                into.add(line);
            }
        }
        return into;
    }

    private EnrolmentRoundResponse response(EnrolmentRound round) {
        return EnrolmentRoundResponse.of(round, rounds.job(round));
    }

    private static EnrolmentRoundService.Upload upload(MultipartFile file) {
        try {
            return new EnrolmentRoundService.Upload(String.valueOf(file.getOriginalFilename()), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
