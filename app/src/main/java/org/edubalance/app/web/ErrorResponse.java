package org.edubalance.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An API error: {@code {"code": "...", "message": "..."}}, plus the issues of a rejected file or edit.
 *
 * @param code a stable {@link ErrorCode}
 * @param message what went wrong, for a person
 * @param issues the validation report, when there is one (left out otherwise)
 */
public record ErrorResponse(
        ErrorCode code,
        String message,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<IssueResponse> issues) {

    public ErrorResponse(ErrorCode code, String message) {
        this(code, message, List.of());
    }
}
