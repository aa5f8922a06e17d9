package org.edubalance.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.app.web.JsonSecurityErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns sign-in attempts away while {@link SignInThrottle} refuses them, before any password is checked: the API's
 * HTTP Basic attempts with 429 and {@code Retry-After}, the sign-in form with a redirect to the sign-in page that
 * names the wait. Nothing waits on the server.
 */
public final class SignInGate extends OncePerRequestFilter {
    private static final String BASIC = "Basic ";

    private final SignInThrottle throttle;
    private final JsonSecurityErrors errors;

    public SignInGate(SignInThrottle throttle, JsonSecurityErrors errors) {
        this.throttle = throttle;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod()) && "/signin".equals(path(request));
        String username = form ? request.getParameter("username") : basicUsername(request);
        Optional<Duration> refusal =
                username == null ? Optional.empty() : throttle.refusal(username, request.getRemoteAddr());
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, refusal.get().toSeconds() + (refusal.get().toMillisPart() > 0 ? 1 : 0));
        response.setHeader("Retry-After", Long.toString(seconds));
        if (form) {
            response.sendRedirect(request.getContextPath() + "/signin?wait=" + seconds);
        } else {
            errors.refuse(
                    response,
                    429,
                    ErrorCode.TOO_MANY_SIGN_INS,
                    "Too many failed sign-ins for this account or from this address; try again in " + seconds + " s.");
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static @Nullable String basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return null;
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            // Not Base64: the Basic filter answers it as bad credentials.
            return null;
        }
    }
}
