package org.edubalance.app.school;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;

/**
 * An edit of one school year: the version it is based on and the cells to change, by the school file's English column
 * ids (docs/data-formats.md §1). Cells not named keep their stored value; a blank cell clears an optional figure.
 *
 * @param version the version read before editing; a newer stored version means someone else changed it (409)
 * @param values column id → new cell text
 */
public record SchoolYearRequest(
        @PositiveOrZero long version, @NotNull Map<String, String> values) {}
