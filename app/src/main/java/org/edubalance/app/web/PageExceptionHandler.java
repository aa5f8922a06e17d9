package org.edubalance.app.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals of the pages as an HTML page with the status code (403 for another school, 404 for a missing year, …).
 * Ordered after {@link ApiExceptionHandler}, which answers the REST controllers (they are controllers too) in JSON.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
final class PageExceptionHandler {

    @ExceptionHandler(ApiProblemException.class)
    ModelAndView problem(ApiProblemException e) {
        return page(e.status(), e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e) {
        return page(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView invalid(IllegalArgumentException e) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static ModelAndView page(HttpStatus status, String detail) {
        var page = new ModelAndView("error/problem", status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }
}
