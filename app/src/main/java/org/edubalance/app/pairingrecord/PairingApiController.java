package org.edubalance.app.pairingrecord;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.app.web.ErrorResponse;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.region.County;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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

/**
 * A county's pairings over the API (docs/planning/pairing-records.md §4), with the pages' roles: planners and
 * administrators create and end; inspectors read; a principal reads only the pairings their school is in, in their
 * own county (anything else is not found), and adds activities to those.
 */
@RestController
@RequestMapping("/api/v1/counties/{county}/pairings")
final class PairingApiController {
    private final PairingService service;
    private final PairingAccess access;
    private final PairingWords words;
    private final PairingFollowUps followUps;

    PairingApiController(PairingService service, PairingAccess access, PairingWords words, PairingFollowUps followUps) {
        this.service = service;
        this.access = access;
        this.words = words;
        this.followUps = followUps;
    }

    @Operation(summary = "The county's pairings the caller may see (a principal: their school's), with activity counts")
    @GetMapping
    List<PairingResponse> list(@PathVariable String county, @AuthenticationPrincipal AccountDetails user) {
        County c = access.county(county, user);
        Map<Long, Integer> counts = service.activityCounts(c.code());
        return service.pairings(c.code()).stream()
                .filter(p -> access.sees(p, user))
                .map(p -> PairingResponse.of(p, counts.getOrDefault(p.id(), 0), null))
                .toList();
    }

    @Operation(
            summary = "Create a pairing (planners, administrators): segment, mentorSchoolCode, menteeSchoolCode,"
                    + " startYear, agreementSignedOn (yyyy-mm-dd), agreementSummary, agreementReference (optional)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PairingResponse create(
            @PathVariable String county,
            @RequestBody PairingRequest request,
            @AuthenticationPrincipal AccountDetails user) {
        County c = access.county(county, user);
        access.requireEditor(user);
        Pairing stored = service.create(c.code(), "", List.of(request.row()), user.getUsername())
                .getFirst();
        return PairingResponse.of(stored, 0, List.of());
    }

    @Operation(summary = "One pairing with its agreement and activity log")
    @GetMapping("/{id}")
    PairingResponse pairing(
            @PathVariable String county, @PathVariable long id, @AuthenticationPrincipal AccountDetails user) {
        Pairing p = visible(county, id, user);
        var log = service.activities(id);
        return PairingResponse.of(p, log.size(), log);
    }

    @Operation(summary = "End a pairing after a school year (planners, administrators): {\"endYear\": 2025}")
    @PostMapping("/{id}/end")
    PairingResponse end(
            @PathVariable String county,
            @PathVariable long id,
            @RequestBody EndRequest request,
            @AuthenticationPrincipal AccountDetails user) {
        Pairing p = visible(county, id, user);
        access.requireEditor(user);
        Pairing ended = service.end(
                p.county(),
                id,
                request.endYear() == null ? "" : request.endYear().toString(),
                user.getUsername());
        var log = service.activities(id);
        return PairingResponse.of(ended, log.size(), log);
    }

    @Operation(summary = "A pairing's activity log, newest first")
    @GetMapping("/{id}/activities")
    List<PairingResponse.ActivityResponse> activities(
            @PathVariable String county, @PathVariable long id, @AuthenticationPrincipal AccountDetails user) {
        visible(county, id, user);
        return service.activities(id).stream()
                .map(PairingResponse.ActivityResponse::of)
                .toList();
    }

    @Operation(
            summary = "Add an activity (the bureau's editors, the principals of the pairing's schools): date,"
                    + " kind (VISIT, SHARED_LESSON, MENTORED_TEACHER, ACTIVITY_DAY, SALON, OTHER), participants,"
                    + " teachersMentored (MENTORED_TEACHER only), note")
    @PostMapping("/{id}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    PairingResponse.ActivityResponse addActivity(
            @PathVariable String county,
            @PathVariable long id,
            @RequestBody ActivityInput request,
            @AuthenticationPrincipal AccountDetails user) {
        Pairing p = visible(county, id, user);
        access.requireLogger(p, user);
        var activity = request.activity(id, user.getUsername());
        long stored = service.addActivity(activity);
        return PairingResponse.ActivityResponse.of(new org.edubalance.core.pairingrecord.PairingActivity(
                stored,
                id,
                activity.date(),
                activity.kind(),
                activity.participants(),
                activity.teachersMentored(),
                activity.note(),
                activity.recordedBy()));
    }

    @Operation(
            summary = "The follow-up of the pairings started in a year (administrators, planners, inspectors): per"
                    + " stratum, indicator and later year the mentees' and comparable schools' means and the difference"
                    + " in differences, or why there is none (docs/planning/pairing-records.md §3)")
    @GetMapping("/follow-up")
    Map<String, Object> followUp(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer start,
            @AuthenticationPrincipal AccountDetails user) {
        if (!user.readsEverySchool()) {
            throw new ApiProblemException(
                    HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, "The follow-up compares the county's schools.");
        }
        FollowUpView view = followUps.view(access.county(county, user), start, Locale.ENGLISH);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("county", view.countyCode());
        body.put("startYears", view.startYears());
        body.put("indicators", view.indicators());
        body.put("followUp", view.followUp());
        return body;
    }

    /** A request that breaks the pairing rules: a bad request listing every violation; nothing stored. */
    @ExceptionHandler(PairingRefusedException.class)
    ResponseEntity<ErrorResponse> refused(PairingRefusedException e) {
        return ResponseEntity.badRequest()
                .body(new ErrorResponse(
                        ErrorCode.INVALID_REQUEST, "Refused, nothing stored.", words.issues(e.violations())));
    }

    private Pairing visible(String county, long id, AccountDetails user) {
        County c = access.county(county, user);
        Pairing p = service.pairing(c.code(), id);
        if (!access.sees(p, user)) {
            throw ApiProblemException.notFound("No pairing " + id + " in county " + county + ".");
        }
        return p;
    }

    /** A new pairing, as the form writes it. */
    record PairingRequest(
            @Nullable String segment,
            @Nullable String mentorSchoolCode,
            @Nullable String menteeSchoolCode,
            @Nullable Integer startYear,
            @Nullable String agreementSignedOn,
            @Nullable String agreementSummary,
            @Nullable String agreementReference) {
        PairingRow row() {
            return new PairingRow(
                    0,
                    text(segment),
                    text(mentorSchoolCode),
                    text(menteeSchoolCode),
                    startYear == null ? "" : startYear.toString(),
                    "",
                    text(agreementSignedOn),
                    text(agreementSummary),
                    text(agreementReference));
        }

        private static String text(@Nullable String value) {
            return value == null ? "" : value;
        }
    }

    /** The last school year of an ended pairing. */
    record EndRequest(@Nullable Integer endYear) {}
}
