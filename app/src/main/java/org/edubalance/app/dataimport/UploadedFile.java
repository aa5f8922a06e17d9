package org.edubalance.app.dataimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.dataimport.table.XlsxPackageCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * An upload saved to its own directory under its own (sanitised) name, with its SHA-256. The importers read files by
 * path and name their issues after the file, so the name the user chose is kept. Closing it deletes the file and its
 * directory.
 *
 * @param path where it was saved
 * @param originalName the name as uploaded
 * @param sha256 its checksum, lower-case hex
 */
public record UploadedFile(Path path, String originalName, String sha256) implements AutoCloseable {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int MAX_NAME_LENGTH = 255;

    /**
     * Saves {@code content} as {@code originalName} in {@code directory} (new and empty, the upload's own), checked:
     * a name that is no file name (none, blank, a path, {@code ..}) is a 400; a name neither .csv nor .xlsx, or a
     * workbook that is no zip or would unpack to far more than a workbook holds, a 415. Whatever fails, nothing is
     * left behind: the directory is removed with whatever it holds.
     */
    static UploadedFile save(Path directory, InputStream content, @Nullable String originalName) throws IOException {
        try {
            return saveChecked(directory, content, originalName);
        } catch (IOException | RuntimeException | Error e) {
            removeTree(directory);
            throw e;
        }
    }

    private static UploadedFile saveChecked(Path directory, InputStream content, @Nullable String originalName)
            throws IOException {
        String name = fileName(originalName);
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            throw new ApiProblemException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    ErrorCode.UNSUPPORTED_FILE,
                    "'" + name
                            + "' is neither a .csv nor an .xlsx file. Maybe save it from Excel as .xlsx or CSV UTF-8.");
        }
        Path file = directory.resolve(name.replaceAll("[^\\p{L}\\p{N}._-]", "_"));
        MessageDigest sha = newDigest();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
            content.transferTo(out);
        }
        var upload = new UploadedFile(file, name, HexFormat.of().formatHex(sha.digest()));
        if (lower.endsWith(".xlsx")) {
            Optional<String> problem = upload.startsWithZipMagic()
                    ? XlsxPackageCheck.problem(file)
                    : Optional.of("is not an Excel workbook (an .xlsx is a zip archive). Maybe it was renamed");
            if (problem.isPresent()) {
                throw new ApiProblemException(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        ErrorCode.UNSUPPORTED_FILE,
                        "'" + name + "' " + problem.get() + ".");
            }
        }
        return upload;
    }

    /**
     * {@code originalName} when it is a file's name; otherwise a 400. Browsers send the name without folders; a name
     * with a folder, {@code ..} or control characters was made by hand and is refused rather than guessed at.
     */
    static String fileName(@Nullable String originalName) {
        if (originalName == null || originalName.isBlank()) {
            throw ApiProblemException.invalid(
                    "The upload has no file name. Maybe choose the file again; its name ends in .csv or .xlsx.");
        }
        String name = originalName.strip();
        boolean path = name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..");
        if (path || name.chars().anyMatch(Character::isISOControl) || name.length() > MAX_NAME_LENGTH) {
            String shown = name.replaceAll("\\p{Cntrl}", "?");
            throw ApiProblemException.invalid("'" + (shown.length() <= 80 ? shown : shown.substring(0, 80) + "…")
                    + "' is not a file name: a file name has no folder, is not '.' or '..', has no control"
                    + " characters and at most " + MAX_NAME_LENGTH + " characters. Maybe choose the file again.");
        }
        return name;
    }

    private boolean startsWithZipMagic() throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(ZIP_MAGIC.length);
            return Arrays.equals(head, ZIP_MAGIC);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static void removeTree(Path directory) throws IOException {
        try (Stream<Path> tree = Files.walk(directory)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
        Files.deleteIfExists(path.getParent());
    }
}
