package org.edubalance.app.zoning;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.app.web.ErrorResponse;
import org.edubalance.app.web.IssueResponse;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.zoningstudy.ZoningStudy;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.zoning.ZoneFileWriter;
import org.edubalance.planning.zoning.ZoningProblemInvalidException;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Zoning studies over the API (docs/planning/zoning.md, "Platform"): planners and administrators create studies, run
 * the planner with pins and approve a plan; inspectors read, download the result documents and the approved zone files
 * (security configuration). Principals use the pages, which show their school's zone only.
 */
@RestController
@RequestMapping("/api/v1/zoning-studies")
final class ZoningApiController {
    private final ZoningStudyService service;
    private final JsonMapper json;

    ZoningApiController(ZoningStudyService service, JsonMapper json) {
        this.service = service;
        this.json = json;
    }

    @Operation(
            summary = "Create a study from its files (all or nothing): county, year, entryGrade, policy (national),"
                    + " blocks, seats, zones, block_zones, and adjacency and/or polygons (GeoJSON)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ZoningStudyResponse create(
            @RequestParam String county,
            @RequestParam int year,
            @RequestParam String entryGrade,
            @RequestParam(defaultValue = "national") String policy,
            @RequestParam(required = false) @Nullable MultipartFile blocks,
            @RequestParam(required = false) @Nullable MultipartFile adjacency,
            @RequestParam(required = false) @Nullable MultipartFile polygons,
            @RequestParam(required = false) @Nullable MultipartFile seats,
            @RequestParam(required = false) @Nullable MultipartFile zones,
            @RequestParam(name = "block_zones", required = false) @Nullable MultipartFile blockZones,
            @AuthenticationPrincipal AccountDetails user) {
        Map<String, @Nullable MultipartFile> parts = new LinkedHashMap<>();
        parts.put("blocks", blocks);
        parts.put("adjacency", adjacency);
        parts.put("polygons", polygons);
        parts.put("seats", seats);
        parts.put("zones", zones);
        parts.put("block_zones", blockZones);
        long id = service.create(
                county, year, entryGrade, policy, ZoningUploadController.uploads(parts), user.getUsername());
        return response(service.study(id));
    }

    @Operation(summary = "The studies of a county, newest first")
    @GetMapping
    List<ZoningStudyResponse> list(@RequestParam String county) {
        if (!RegionCode.isWellFormed(county)) {
            throw ApiProblemException.invalid("county " + county + ": six digits.");
        }
        return service.ofCounty(new RegionCode(county)).stream()
                .map(s -> ZoningStudyResponse.of(s, List.of()))
                .toList();
    }

    @Operation(summary = "One study: its files, approval and runs with their outcomes")
    @GetMapping("/{id}")
    ZoningStudyResponse study(@PathVariable long id) {
        return response(service.study(id));
    }

    @Operation(
            summary =
                    "Run the zoning planner as a planning job with pins and forbidden pairs"
                            + " ({\"pins\":[{\"block\",\"school\"}],\"forbidden\":[…],\"timeLimitSeconds\":30}); answers the job id")
    @PostMapping("/{id}/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> run(
            @PathVariable long id,
            @RequestBody(required = false) @Nullable RunRequest request,
            @AuthenticationPrincipal AccountDetails user) {
        RunPins pins = request == null ? RunPins.NONE : new RunPins(request.pins(), request.forbidden());
        if (pins.pins().size() + pins.forbidden().size() > RunPins.MAX) {
            throw ApiProblemException.invalid("At most " + RunPins.MAX + " pins.");
        }
        long job = service.run(id, pins, request == null ? null : request.timeLimitSeconds(), user.getUsername());
        return Map.of("jobId", job, "study", id);
    }

    @Operation(summary = "The result document of a run, exactly as the zoning planner's writer wrote it")
    @GetMapping(value = "/{id}/runs/{job}/result", produces = MediaType.APPLICATION_JSON_VALUE)
    String result(@PathVariable long id, @PathVariable long job) {
        return service.result(id, job);
    }

    @Operation(summary = "Approve a done run's stored plan (replaces an earlier approval of the study)")
    @PostMapping("/{id}/runs/{job}/approve")
    ZoningStudyResponse approve(
            @PathVariable long id, @PathVariable long job, @AuthenticationPrincipal AccountDetails user) {
        return response(service.approve(id, job, user.getUsername()));
    }

    @Operation(summary = "zones.csv of the approved plan, as stored when its run ended (the admission round's input)")
    @GetMapping(value = "/{id}/zones.csv", produces = "text/csv")
    ResponseEntity<byte[]> zones(@PathVariable long id) {
        return ZoningResultController.attachment(
                ZoneFileWriter.ZONES,
                MediaType.parseMediaType("text/csv;charset=UTF-8"),
                String.valueOf(service.approvedRun(id).zonesCsv()));
    }

    @Operation(summary = "block_zones.csv of the approved plan, as stored when its run ended")
    @GetMapping(value = "/{id}/block_zones.csv", produces = "text/csv")
    ResponseEntity<byte[]> blockZones(@PathVariable long id) {
        return ZoningResultController.attachment(
                ZoneFileWriter.BLOCK_ZONES,
                MediaType.parseMediaType("text/csv;charset=UTF-8"),
                String.valueOf(service.approvedRun(id).blockZonesCsv()));
    }

    /** A run's request: pins, forbidden pairs and the time limit, each optional. */
    record RunRequest(
            @Nullable List<RunPins.Pair> pins,
            @Nullable List<RunPins.Pair> forbidden,
            @Nullable Integer timeLimitSeconds) {}

    /** The located errors of the uploaded files: a bad request (nothing stored). */
    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ErrorResponse> rejected(ImportRejectedException e) {
        List<IssueResponse> issues =
                e.report().issues().stream().map(IssueResponse::of).toList();
        return ResponseEntity.badRequest()
                .body(new ErrorResponse(
                        ErrorCode.IMPORT_REJECTED,
                        "Study rejected, nothing stored: " + e.report().summary() + ".",
                        issues));
    }

    /** A problem that cannot be zoned: a bad request naming the reason's code and figures. */
    @ExceptionHandler(ZoningProblemInvalidException.class)
    ResponseEntity<Map<String, Object>> invalid(ZoningProblemInvalidException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", e.reason().code());
        body.put("params", e.reason().params());
        body.put("message", e.getMessage());
        return ResponseEntity.badRequest().body(body);
    }

    private ZoningStudyResponse response(ZoningStudy study) {
        return ZoningStudyResponse.of(
                study,
                service.runs(study.id()).stream()
                        .map(r -> ZoningStudyResponse.RunResponse.of(
                                r, service.job(r), json.readValue(r.pinsJson(), RunPins.class)))
                        .toList());
    }
}
