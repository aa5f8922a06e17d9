package org.edubalance.app.dataimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * An upload saved to a private temporary directory under its own (sanitised) name, with its SHA-256. The importers
 * read files by path and name their issues after the file, so the name the user chose is kept.
 *
 * @param path where it was saved
 * @param originalName the name as uploaded
 * @param sha256 its checksum, lower-case hex
 */
public record UploadedFile(Path path, String originalName, String sha256) implements AutoCloseable {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    public static UploadedFile save(InputStream content, String originalName) throws IOException {
        String name = Path.of(originalName.replace('\\', '/')).getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            throw new ApiProblemException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    ErrorCode.UNSUPPORTED_FILE,
                    "'" + name
                            + "' is neither a .csv nor an .xlsx file. Maybe save it from Excel as .xlsx or CSV UTF-8.");
        }
        Path dir = Files.createTempDirectory("edubalance-upload-");
        Path file = dir.resolve(name.replaceAll("[^\\p{L}\\p{N}._-]", "_"));
        MessageDigest sha = newDigest();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
            content.transferTo(out);
        }
        var upload = new UploadedFile(file, name, HexFormat.of().formatHex(sha.digest()));
        if (lower.endsWith(".xlsx") && !upload.startsWithZipMagic()) {
            upload.close();
            throw new ApiProblemException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    ErrorCode.UNSUPPORTED_FILE,
                    "'" + name + "' is not an Excel workbook (an .xlsx is a zip archive). Maybe it was renamed.");
        }
        return upload;
    }

    private boolean startsWithZipMagic() throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(ZIP_MAGIC.length);
            return java.util.Arrays.equals(head, ZIP_MAGIC);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
        Files.deleteIfExists(path.getParent());
    }
}
