package org.edubalance.app.zoning;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.Attachment;
import org.edubalance.core.zoningstudy.ZoningRun;
import org.edubalance.core.zoningstudy.ZoningStudy;
import org.edubalance.dataimport.zoning.ZoneFileWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The zoning page of a study (map, runs, comparison, outcome) and its downloads: the approved plan's {@code zones.csv}
 * and {@code block_zones.csv} as stored when the run ended — the admission round's inputs — and a run's result
 * document. The downloads are the bureau's (security configuration).
 */
@Controller
final class ZoningResultController {
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ZoningStudyService service;
    private final ZoningPages pages;

    ZoningResultController(ZoningStudyService service, ZoningPages pages) {
        this.service = service;
        this.pages = pages;
    }

    /** The study's page: {@code run} the run shown, {@code mode} {@code current} or {@code proposal} on the map. */
    @GetMapping("/zoning/studies/{id}")
    String study(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long run,
            @RequestParam(required = false) @Nullable String mode,
            @AuthenticationPrincipal AccountDetails user,
            Locale locale,
            Model model) {
        ZoningStudy study = pages.visible(id, user);
        model.addAttribute("page", pages.view(study, run, mode, user, locale, null));
        return "zoning/study";
    }

    @GetMapping("/zoning/studies/{id}/zones.csv")
    ResponseEntity<byte[]> zones(@PathVariable long id) {
        ZoningRun run = service.approvedRun(id);
        return attachment(ZoneFileWriter.ZONES, CSV, String.valueOf(run.zonesCsv()));
    }

    @GetMapping("/zoning/studies/{id}/block_zones.csv")
    ResponseEntity<byte[]> blockZones(@PathVariable long id) {
        ZoningRun run = service.approvedRun(id);
        return attachment(ZoneFileWriter.BLOCK_ZONES, CSV, String.valueOf(run.blockZonesCsv()));
    }

    @GetMapping("/zoning/studies/{id}/runs/{job}/result.json")
    ResponseEntity<byte[]> result(@PathVariable long id, @PathVariable long job) {
        return attachment(
                "zoning-" + id + "-run-" + job + ".json", MediaType.APPLICATION_JSON, service.result(id, job));
    }

    static ResponseEntity<byte[]> attachment(String name, MediaType type, String content) {
        return Attachment.of(name, type, content.getBytes(StandardCharsets.UTF_8));
    }
}
