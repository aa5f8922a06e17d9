package org.edubalance.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.edubalance.app.config.OwnerOnlyFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the platform the generated passwords of the accounts its first start created: once in the log,
 * and in {@code <data-dir>/initial-passwords.txt}, a file only the platform's account may read (a log is often
 * collected and read by others; the file is for the person who runs the platform, who deletes it once read).
 */
@Component
final class FirstPasswords {
    static final String FILE_NAME = "initial-passwords.txt";

    private static final Logger LOG = LoggerFactory.getLogger(FirstPasswords.class);

    private final Path file;
    private final Clock clock;

    FirstPasswords(@Value("${app.data-dir}") Path dataDir, Clock clock) {
        this.file = dataDir.toAbsolutePath().resolve(FILE_NAME);
        this.clock = clock;
    }

    /** Writes {@code passwordByUser} to the owner-only file, replacing an earlier one, then logs them once. */
    void tell(Map<String, String> passwordByUser) {
        var text = new StringBuilder()
                .append("# EduBalance: the generated passwords of the accounts created on ")
                .append(clock.instant())
                .append(".\n# Sign in and change them, then delete this file: whoever reads it can sign in as them.\n");
        var log = new StringBuilder("Accounts created; their passwords are shown this once (also in ")
                .append(file)
                .append(", readable by this user only: delete it once read):");
        passwordByUser.forEach((user, password) -> {
            text.append(user).append(" / ").append(password).append('\n');
            log.append("\n    ").append(user).append(" / ").append(password);
        });
        try {
            OwnerOnlyFile.write(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not write the first passwords to " + file
                            + ". Maybe set EDUBALANCE_DATA_DIR to a directory this user may write.",
                    e);
        }
        LOG.warn("{}", log);
    }
}
