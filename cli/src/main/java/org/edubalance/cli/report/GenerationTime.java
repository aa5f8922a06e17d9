package org.edubalance.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.edubalance.cli.BadInputException;
import org.jspecify.annotations.Nullable;

/**
 * The generation time a report states: by default the school file's last-modified time, so the same data give the
 * same report; {@code --generated-at} overrides it with an ISO date-time ({@code 2026-03-01T09:30:00+08:00}), a date
 * (midnight) or {@code now}. Times are shown in China Standard Time, whatever the machine's zone, so a report does
 * not change with the machine it was made on.
 */
final class GenerationTime {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private GenerationTime() {}

    static OffsetDateTime of(@Nullable String option, Path data, Clock clock) {
        if (option == null) {
            try {
                return Files.getLastModifiedTime(data)
                        .toInstant()
                        .truncatedTo(ChronoUnit.SECONDS)
                        .atZone(ZONE)
                        .toOffsetDateTime();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (option.equalsIgnoreCase("now")) {
            return OffsetDateTime.now(clock.withZone(ZONE)).truncatedTo(ChronoUnit.SECONDS);
        }
        try {
            return OffsetDateTime.parse(option);
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(option).atStartOfDay(ZONE).toOffsetDateTime();
            } catch (DateTimeParseException notDate) {
                throw new BadInputException("--generated-at " + option
                        + ": not a time. Maybe 2026-03-01T09:30:00+08:00, 2026-03-01 or now");
            }
        }
    }
}
