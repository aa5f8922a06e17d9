package org.edubalance.core.pairingrecord;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The signed pairing agreement (结对帮扶协议) behind a pairing.
 *
 * @param signedOn the day both schools signed
 * @param summary what the schools agreed, in the bureau's words (at most {@value #MAX_SUMMARY} characters)
 * @param fileReference where the signed document is kept (the bureau's archive number or the scan's file name), or
 *     null
 */
public record Agreement(
        LocalDate signedOn, String summary, @Nullable String fileReference) {
    /** The longest summary kept: a page of text. */
    public static final int MAX_SUMMARY = 4000;
    /** The longest file reference kept. */
    public static final int MAX_REFERENCE = 200;

    public Agreement {
        if (summary.isBlank() || summary.length() > MAX_SUMMARY) {
            throw new IllegalArgumentException(
                    "An agreement's summary has 1 to " + MAX_SUMMARY + " characters, got " + summary.length());
        }
        if (fileReference != null && (fileReference.isBlank() || fileReference.length() > MAX_REFERENCE)) {
            throw new IllegalArgumentException(
                    "A file reference has 1 to " + MAX_REFERENCE + " characters, got '" + fileReference + "'");
        }
    }
}
