package org.edubalance.app.web;

import org.springframework.http.HttpStatus;

/** A request the API refuses with a stable code: not found, conflicting year, unsupported file, … */
public final class ApiProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final ErrorCode code;

    public ApiProblemException(HttpStatus status, ErrorCode code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** 404 with {@link ErrorCode#NOT_FOUND}. */
    public static ApiProblemException notFound(String message) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, message);
    }

    /** 400 with {@link ErrorCode#INVALID_REQUEST}. */
    public static ApiProblemException invalid(String message) {
        return new ApiProblemException(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_REQUEST, message);
    }

    public HttpStatus status() {
        return status;
    }

    public ErrorCode code() {
        return code;
    }
}
