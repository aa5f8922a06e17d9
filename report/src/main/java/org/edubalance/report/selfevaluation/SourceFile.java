package org.edubalance.report.selfevaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An input file a report rests on, identified by name and checksum so a reader can tell whether the figures came
 * from the file they hold.
 *
 * @param role what the file is (e.g. "school data", "county inputs", "standard pack")
 * @param name the file's name (no directory: a report travels without the analyst's paths)
 * @param sha256 the SHA-256 of its bytes, 64 lower-case hex digits
 */
public record SourceFile(String role, String name, String sha256) {
    public SourceFile {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A SHA-256 has 64 lower-case hex digits, got " + sha256);
        }
    }

    /**
     * The file at {@code file}, with its checksum computed now.
     *
     * @throws IOException when the file cannot be read
     */
    public static SourceFile of(String role, Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return new SourceFile(
                role, file.getFileName().toString(), HexFormat.of().formatHex(digest.digest()));
    }
}
