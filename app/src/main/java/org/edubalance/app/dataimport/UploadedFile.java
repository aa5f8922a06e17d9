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
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.jspecify.annotations.Nullable;
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
    /** A 200,000-row school workbook unpacks to about 0.5 GB; four times that is not a school file. */
    private static final long MAX_UNPACKED_BYTES = 2L << 30;
    /** Worksheet XML packs about 5–20 to 1; a hundredfold is a bomb (checked once past 16 MB, small files vary). */
    private static final long MAX_RATIO = 100;

    private static final long RATIO_CHECKED_FROM_BYTES = 16L << 20;

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
        if (lower.endsWith(".xlsx")) {
            String problem = upload.startsWithZipMagic()
                    ? upload.unpackingProblem()
                    : "is not an Excel workbook" + " (an .xlsx is a zip archive). Maybe it was renamed";
            if (problem != null) {
                upload.close();
                throw new ApiProblemException(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        ErrorCode.UNSUPPORTED_FILE,
                        "'" + name + "' " + problem + ".");
            }
        }
        return upload;
    }

    /**
     * Why the workbook must not be opened, or {@code null}. A zip bomb (a small archive that unpacks to gigabytes)
     * would exhaust memory or disk in the reader, so the archive is unpacked once here, counting bytes and stopping
     * at the limits; declared entry sizes can lie, counted bytes cannot.
     */
    private @Nullable String unpackingProblem() throws IOException {
        long packed = Files.size(path);
        long unpacked = 0;
        byte[] buffer = new byte[1 << 16];
        try (var zip = new ZipInputStream(Files.newInputStream(path))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES
                            || (unpacked > RATIO_CHECKED_FROM_BYTES && unpacked > packed * MAX_RATIO)) {
                        return "unpacks to far more than a workbook holds (" + packed + " bytes packed, over "
                                + unpacked + " unpacked): refused as a possible zip bomb. Maybe save it again from"
                                + " Excel";
                    }
                }
            }
        } catch (ZipException e) {
            return "is a damaged workbook (" + e.getMessage() + "). Maybe save it again from Excel";
        }
        return null;
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

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
        Files.deleteIfExists(path.getParent());
    }
}
