package org.edubalance.app.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.edubalance.app.web.Attachment;
import org.edubalance.core.region.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of a county's evaluation: {@code format=xlsx} (application forms) or {@code format=csv}. */
@RestController
@RequestMapping("/api/v1/exports")
final class ExportApiController {
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ExportService exports;

    ExportApiController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/{countyCode}")
    ResponseEntity<byte[]> export(
            @PathVariable String countyCode,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String standard,
            @RequestParam(defaultValue = "zh") String lang) {
        if (!RegionCode.isWellFormed(countyCode)) {
            throw new IllegalArgumentException("A county code has six digits, got '" + countyCode + "'");
        }
        RegionCode county = new RegionCode(countyCode);
        return switch (format) {
            case "xlsx" ->
                file(
                        exports.xlsx(county, year, standard, Locale.forLanguageTag(lang)),
                        XLSX,
                        "evaluation-" + countyCode + ".xlsx");
            case "csv" ->
                file(
                        exports.csv(county, year, standard).getBytes(StandardCharsets.UTF_8),
                        new MediaType("text", "csv", StandardCharsets.UTF_8),
                        "evaluation-" + countyCode + ".csv");
            default -> throw new IllegalArgumentException("format is xlsx or csv, got '" + format + "'");
        };
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return Attachment.of(name, type, body);
    }
}
