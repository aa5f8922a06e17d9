package org.edubalance.app.web;

/** The stable codes of API errors; scripts branch on these, never on the message. */
public enum ErrorCode {
    /** 401: no or wrong credentials. */
    AUTH_REQUIRED,
    /** 403: signed in, but the role (or the school binding) does not allow it. */
    FORBIDDEN,
    /** 404: no such region, school, year or resource. */
    NOT_FOUND,
    /** 400: a parameter or body is malformed. */
    INVALID_REQUEST,
    /** 422: an uploaded file breaks import rules; nothing was stored. */
    IMPORT_REJECTED,
    /** 422: an edited school year breaks the import rules; nothing was stored. */
    VALIDATION_FAILED,
    /** 409: the file holds a year already stored and {@code replace=true} was not given. */
    YEAR_EXISTS,
    /** 409: someone else changed the record since it was read. */
    EDIT_CONFLICT,
    /** 413: the upload is larger than allowed. */
    UPLOAD_TOO_LARGE,
    /** 415: the upload is not a CSV or XLSX file. */
    UNSUPPORTED_FILE,
    /** 500: a fault of the platform; the log has the details. */
    INTERNAL_ERROR
}
