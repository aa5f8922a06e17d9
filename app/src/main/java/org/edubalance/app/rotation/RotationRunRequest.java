package org.edubalance.app.rotation;

import org.jspecify.annotations.Nullable;

/**
 * A run asked for over the API.
 *
 * @param year the school year of the roster
 * @param policyYaml a county policy file's text; absent: the shipped policy {@code base}
 * @param base the shipped policy used when no file is given: {@code national} (default) or {@code anhui}
 * @param timeLimitSeconds the solver's budget, 1 to 600 seconds (default 60)
 */
public record RotationRunRequest(
        int year,
        @Nullable String policyYaml,
        @Nullable String base,
        @Nullable Integer timeLimitSeconds) {

    String policy() {
        if (policyYaml != null && !policyYaml.isBlank()) {
            return policyYaml;
        }
        return "extends: " + ("anhui".equals(base) ? "anhui" : "national") + "\n";
    }

    int seconds() {
        return timeLimitSeconds == null ? 60 : timeLimitSeconds;
    }
}
