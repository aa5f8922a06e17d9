package org.edubalance.app.zoning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.zoningstudy.StudyFile;
import org.edubalance.dataimport.school.SchoolCsvWriter;

/**
 * An uploaded file of a zoning study: its name as sent and its bytes.
 *
 * @param fileName the name as sent
 * @param content the bytes
 */
public record StudyUpload(String fileName, byte[] content) {
    /** The uploads in their stored order. */
    static final List<String> NAMES = List.of("blocks", "adjacency", "polygons", "seats", "zones", "block_zones");
    /** The uploads a study may go without (the polygons give the adjacency; without them the map draws cells). */
    static final Set<String> OPTIONAL = Set.of("adjacency", "polygons");
    /** A county's block layer is a few megabytes; a table is bounded by the multipart limit. */
    static final long MAX_POLYGON_BYTES = 32L * 1024 * 1024;

    public StudyUpload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The frozen file of upload {@code name}, under the name the command reads ({@code blocks.csv} …). */
    StudyFile file(String name) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (name.equals("polygons")) {
            if (!lower.endsWith(".geojson") && !lower.endsWith(".json")) {
                throw ApiProblemException.invalid(
                        "polygons: " + fileName + " is not a .geojson file. Maybe export the block layer as GeoJSON.");
            }
            if (content.length > MAX_POLYGON_BYTES) {
                throw ApiProblemException.invalid("polygons: " + fileName + " is larger than "
                        + MAX_POLYGON_BYTES / (1024 * 1024) + " MB. Maybe simplify the polygons in the GIS.");
            }
            return new StudyFile(name, "polygons.geojson", content);
        }
        String extension = lower.endsWith(".xlsx") ? ".xlsx" : lower.endsWith(".csv") ? ".csv" : null;
        if (extension == null) {
            throw ApiProblemException.invalid(
                    name + ": " + fileName + " is not a .csv or .xlsx file. Maybe export it as CSV (UTF-8).");
        }
        return new StudyFile(name, name + extension, content);
    }

    /** The bureau's school data of the study's county and year as {@code schools.csv}, as a round stores it. */
    static StudyFile schools(List<SchoolYear> schools) {
        try {
            Path file = Files.createTempFile("edubalance-schools", ".csv");
            try {
                new SchoolCsvWriter().write(schools, file);
                return new StudyFile("schools", "schools.csv", Files.readAllBytes(file));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
