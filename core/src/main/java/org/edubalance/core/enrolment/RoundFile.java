package org.edubalance.core.enrolment;

import org.jspecify.annotations.Nullable;

/**
 * One frozen input file of a round.
 *
 * @param name the input's name in the commit (admission: {@code schools}, {@code seats}, {@code zones}, {@code applicants},
 *     {@code policy}; quota: {@code schools}, {@code high_schools}, {@code candidates}, {@code policy})
 * @param fileName the file's name as published ({@code seats.csv}; a shipped policy: its id, {@code national})
 * @param content the bytes hashed
 * @param sha256 the lowercase hex SHA-256 stored at the commit, null before
 */
public record RoundFile(
        String name,
        String fileName,
        byte[] content,
        @Nullable String sha256) {
    public RoundFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
