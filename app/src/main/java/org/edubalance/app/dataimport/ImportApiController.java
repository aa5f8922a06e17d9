package org.edubalance.app.dataimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.edubalance.app.account.AccountDetails;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads of school and county-input files (CSV or XLSX). A file with any error is refused with its validation report
 * (422 {@code IMPORT_REJECTED}) and nothing is stored; a year already held needs {@code replace=true} (else 409).
 */
@RestController
@RequestMapping("/api/v1/imports")
final class ImportApiController {
    private final ImportService imports;
    private final UploadDirectory uploads;

    ImportApiController(ImportService imports, UploadDirectory uploads) {
        this.imports = imports;
        this.uploads = uploads;
    }

    /**
     * Imports {@code file}.
     *
     * @param kind {@code schools} (default), {@code county-inputs} or {@code teachers} (a roster, docs/data-formats.md §4)
     * @param replace whether years already held are replaced whole
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ImportResponse upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "schools") String kind,
            @RequestParam(defaultValue = "false") boolean replace,
            @AuthenticationPrincipal AccountDetails user)
            throws IOException {
        // Closing the upload deletes it, whatever the import's outcome (an unexpected error too).
        try (InputStream content = file.getInputStream();
                UploadedFile upload = uploads.save(content, file.getOriginalFilename())) {
            return switch (kind) {
                case "schools" -> imports.importSchools(upload, user.getUsername(), replace);
                case "county-inputs" -> imports.importCountyInputs(upload, user.getUsername(), replace);
                case "teachers" -> imports.importTeachers(upload, user.getUsername(), replace);
                default ->
                    throw new IllegalArgumentException(
                            "kind is schools, county-inputs or teachers, got '" + kind + "'");
            };
        }
    }

    @GetMapping
    List<ImportResponse> list() {
        return imports.all();
    }
}
