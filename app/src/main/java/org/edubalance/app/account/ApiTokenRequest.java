package org.edubalance.app.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new personal API token.
 *
 * @param name what the owner calls it, to recognise it in the list
 * @param days how long it is valid, 1 to 365
 */
public record ApiTokenRequest(
        @NotBlank @Size(max = MAX_NAME) String name,
        @Min(1) @Max(ApiTokenService.MAX_DAYS) int days) {
    static final int MAX_NAME = 80;
}
