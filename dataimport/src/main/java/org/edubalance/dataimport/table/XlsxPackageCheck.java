package org.edubalance.dataimport.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Refuses an {@code .xlsx} whose zip would unpack to far more than a school workbook holds (a zip bomb), before
 * {@link XlsxTableReader} opens it.
 *
 * <p>The archive is opened exactly as the reader opens it: fastexcel-reader uses Commons Compress's {@link ZipFile},
 * which trusts the central directory at the end of the file (the last one, should there be two) and finds each entry
 * through the offset written there. So does this check, and it unpacks every entry that directory lists, counting
 * the bytes that come out and stopping at the limits. A check that walks the local headers from the front instead (a
 * {@link java.util.zip.ZipInputStream}) sees another archive: it stops at junk between entries, at a forged
 * signature or at an earlier central directory, and trusts a local header's sizes and method where the reader
 * trusts the central directory's. Declared sizes can lie; counted bytes cannot.
 */
public final class XlsxPackageCheck {
    /** A 200,000-row school workbook unpacks to about 0.5 GB; four times that is not a school file. */
    private static final long MAX_UNPACKED_BYTES = 2L << 30;
    /** Worksheet XML packs about 5–20 to 1; a hundredfold is a bomb (checked once past 16 MB, small files vary). */
    private static final long MAX_RATIO = 100;

    private static final long RATIO_CHECKED_FROM_BYTES = 16L << 20;
    /** A workbook written by Excel, WPS or POI has a few dozen parts; a directory of thousands is not a workbook. */
    private static final int MAX_ENTRIES = 10_000;

    private XlsxPackageCheck() {}

    /**
     * Why {@code file} must not be opened as a workbook, worded to follow its quoted name ({@code "'x.xlsx' " +
     * problem}), or empty when it may be.
     *
     * @throws IOException when the file cannot be read at all
     */
    public static Optional<String> problem(Path file) throws IOException {
        long packed = Files.size(file);
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[1 << 16];
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (++entries > MAX_ENTRIES) {
                    return Optional.of("lists more than " + MAX_ENTRIES + " parts in its zip directory, far more than"
                            + " a workbook has: refused as a possible zip bomb. Maybe save it again from Excel");
                }
                if (!zip.canReadEntryData(entry)) {
                    return Optional.of(damaged("part '" + entry.getName() + "' is packed in a way no workbook is"));
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED_BYTES
                                || (unpacked > RATIO_CHECKED_FROM_BYTES && unpacked > packed * MAX_RATIO)) {
                            return Optional.of("unpacks to far more than a workbook holds (" + packed
                                    + " bytes packed, over " + unpacked + " unpacked by part '" + entry.getName()
                                    + "'): refused as a possible zip bomb. Maybe save it again from Excel");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Commons Compress reports a broken archive as an IOException or, for some damage, a RuntimeException.
            return Optional.of(damaged(String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    private static String damaged(String why) {
        return "is a damaged workbook (" + why + "). Maybe save it again from Excel";
    }
}
