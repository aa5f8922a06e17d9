package org.edubalance.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The API's 401 and 403 as JSON errors, so scripts get the same shape as every other error. */
@Component
public final class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final JsonMapper json;

    JsonSecurityErrors(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"EduBalance\"");
        write(
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                new ErrorResponse(
                        ErrorCode.AUTH_REQUIRED,
                        "Sign in first: send a personal API token (Authorization: Bearer …) or HTTP Basic credentials"
                                + " of an account."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(
                response,
                HttpServletResponse.SC_FORBIDDEN,
                new ErrorResponse(ErrorCode.FORBIDDEN, "Your role does not allow this."));
    }

    /** Answers {@code status} with the error {@code code}; for the security filters that refuse on their own. */
    public void refuse(HttpServletResponse response, int status, ErrorCode code, String message) throws IOException {
        write(response, status, new ErrorResponse(code, message));
    }

    private void write(HttpServletResponse response, int status, ErrorResponse body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
