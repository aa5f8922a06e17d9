package org.edubalance.app.web;

/** The stable codes of API errors; scripts branch on these, never on the message. */
public enum ErrorCode {
    /** 401: no or wrong credentials. */
    AUTH_REQUIRED,
    /** 403: signed in, but the role (or the school binding) does not allow it. */
    FORBIDDEN,
    /** 403: a state-changing API request sent by a page of another site (its Origin or Referer). */
    CROSS_SITE_REQUEST,
    /** 403: the account's password was handed out and must be changed first (on the page /account/password). */
    PASSWORD_CHANGE_REQUIRED,
    /** 429: too many failed sign-ins for this account or from this address; the Retry-After header says when. */
    TOO_MANY_SIGN_INS,
    /** 404: no such region, school, year or resource. */
    NOT_FOUND,
    /** 400: a parameter or body is malformed. */
    INVALID_REQUEST,
    /** 422 (an import), 400 (the files of an enrolment round): an uploaded file breaks import rules; nothing stored. */
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
    /** 409: a plan stored by an earlier version in a shape this version no longer reads; run it again. */
    PLAN_STORED_BY_OLDER_VERSION,
    /** 500: a fault of the platform; the log has the details. */
    INTERNAL_ERROR
}
