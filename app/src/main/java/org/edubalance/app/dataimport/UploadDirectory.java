package org.edubalance.app.dataimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where uploads wait while they are checked and imported: {@code <app.data-dir>/uploads}, one {@code upload-…}
 * directory per upload, removed when the import ends however it ends. A server that was killed cannot remove its
 * uploads, so whatever {@code upload-…} directories an earlier run left are removed when the server starts (no
 * upload is under way then). Nothing else is kept here, and nothing without the prefix is touched.
 */
@Component
final class UploadDirectory {
    static final String PREFIX = "upload-";
    private static final Logger LOG = LoggerFactory.getLogger(UploadDirectory.class);

    private final Path directory;

    /** The uploads of {@code <dataDirectory>/uploads}, created if missing; what an earlier run left is removed. */
    UploadDirectory(@Value("${app.data-dir}") Path dataDirectory) throws IOException {
        this.directory = Files.createDirectories(dataDirectory.toAbsolutePath().resolve("uploads"));
        int removed = removeLeftovers();
        if (removed > 0) {
            LOG.info("Removed {} upload(s) an earlier run left in {}", removed, directory);
        }
    }

    /** Saves {@code content} under its own name in a new {@code upload-…} directory; see {@link UploadedFile#save}. */
    UploadedFile save(InputStream content, @Nullable String originalName) throws IOException {
        return UploadedFile.save(Files.createTempDirectory(directory, PREFIX), content, originalName);
    }

    /** The uploads held now, as their directories' names: none once every import has ended. */
    List<String> held() throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(PREFIX))
                    .sorted()
                    .toList();
        }
    }

    Path path() {
        return directory;
    }

    private int removeLeftovers() throws IOException {
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(directory)) {
            leftovers = entries.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .toList();
        }
        for (Path leftover : leftovers) {
            try (Stream<Path> tree = Files.walk(leftover)) {
                tree.sorted(Comparator.reverseOrder()).forEach(UploadDirectory::delete);
            }
        }
        return leftovers.size();
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
