package org.edubalance.app.web;

import java.util.List;
import org.edubalance.core.school.ConcurrentEditException;
import org.edubalance.core.standard.InvalidStandardPackException;
import org.edubalance.dataimport.ImportRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API failure as {@code {"code", "message"}} with the matching HTTP status; nothing leaks a stack trace. Only
 * for the REST controllers: pages answer with an HTML page ({@link PageExceptionHandler}). Just after {@link
 * #FEATURE_ADVICE}: an advice of a few controllers (one feature's refusals) goes first, this one catches the rest.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(ApiExceptionHandler.FEATURE_ADVICE + 1)
public final class ApiExceptionHandler {
    /** The order of an advice that answers one feature's exceptions for its own REST controllers. */
    public static final int FEATURE_ADVICE = Ordered.HIGHEST_PRECEDENCE;

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ErrorResponse> problem(ApiProblemException e) {
        return respond(e.status(), new ErrorResponse(e.code(), e.getMessage()));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ErrorResponse> rejected(ImportRejectedException e) {
        var report = e.report();
        List<IssueResponse> issues =
                report.issues().stream().map(IssueResponse::of).toList();
        return respond(
                HttpStatus.UNPROCESSABLE_CONTENT,
                new ErrorResponse(
                        ErrorCode.IMPORT_REJECTED,
                        "Import rejected, nothing stored: " + report.summary() + ".",
                        issues));
    }

    @ExceptionHandler(RejectedEditException.class)
    ResponseEntity<ErrorResponse> rejectedEdit(RejectedEditException e) {
        List<IssueResponse> issues =
                e.report().issues().stream().map(IssueResponse::of).toList();
        return respond(
                HttpStatus.UNPROCESSABLE_CONTENT,
                new ErrorResponse(ErrorCode.VALIDATION_FAILED, e.getMessage(), issues));
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ResponseEntity<ErrorResponse> conflict(ConcurrentEditException e) {
        return respond(HttpStatus.CONFLICT, new ErrorResponse(ErrorCode.EDIT_CONFLICT, e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ErrorResponse> forbidden(AccessDeniedException e) {
        return respond(HttpStatus.FORBIDDEN, new ErrorResponse(ErrorCode.FORBIDDEN, e.getMessage()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ErrorResponse> tooLarge(MaxUploadSizeExceededException e) {
        return respond(
                HttpStatus.CONTENT_TOO_LARGE,
                new ErrorResponse(
                        ErrorCode.UPLOAD_TOO_LARGE,
                        "The upload is larger than allowed (" + e.getMaxUploadSize()
                                + " bytes). Maybe split the file by year."));
    }

    @ExceptionHandler({
        MissingServletRequestParameterException.class,
        MissingServletRequestPartException.class,
        MethodArgumentTypeMismatchException.class,
        HttpMediaTypeNotSupportedException.class,
        IllegalArgumentException.class,
        InvalidStandardPackException.class
    })
    ResponseEntity<ErrorResponse> invalid(Exception e) {
        return respond(HttpStatus.BAD_REQUEST, new ErrorResponse(ErrorCode.INVALID_REQUEST, e.getMessage()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorResponse> method(HttpRequestMethodNotSupportedException e) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, new ErrorResponse(ErrorCode.INVALID_REQUEST, e.getMessage()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ErrorResponse> noResource(NoResourceFoundException e) {
        return respond(HttpStatus.NOT_FOUND, new ErrorResponse(ErrorCode.NOT_FOUND, "No such resource."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorResponse> internal(Exception e) {
        LOG.error("Request failed", e);
        return respond(
                HttpStatus.INTERNAL_SERVER_ERROR,
                new ErrorResponse(ErrorCode.INTERNAL_ERROR, "Internal error; the server log has the details."));
    }

    private static ResponseEntity<ErrorResponse> respond(HttpStatus status, ErrorResponse body) {
        return ResponseEntity.status(status).body(body);
    }
}
