package org.edubalance.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.app.web.JsonSecurityErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing API request (POST, PUT, PATCH, DELETE) that a browser sends on behalf of another site. The
 * API has no CSRF token (scripts keep no session), but a browser that has cached an account's HTTP Basic credentials
 * adds them to any request to this server, including a form or {@code fetch} of another site's page. Browsers name
 * the sending page in {@code Origin} (and {@code Referer}); when either names another origin than the platform's own,
 * the request is refused with 403 CROSS_SITE_REQUEST before anyone is signed in. Scripts (curl, Python) send neither
 * header and are not affected. The platform's own origin is the one the request was addressed to (scheme, host and
 * port, as seen behind the proxy when forwarded headers are configured) plus those of {@code app.security.origins}.
 */
public final class SameOriginWrites extends OncePerRequestFilter {
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final JsonSecurityErrors errors;
    private final Set<String> extraOrigins;

    public SameOriginWrites(JsonSecurityErrors errors, Set<String> extraOrigins) {
        this.errors = errors;
        this.extraOrigins = extraOrigins.stream()
                .map(SameOriginWrites::normalized)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!STATE_CHANGING.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String sender = request.getHeader("Origin");
        if (sender == null) {
            String referer = request.getHeader("Referer");
            sender = referer == null ? null : originOf(referer);
        }
        if (sender == null
                || ownOrigin(request).equals(normalized(sender))
                || extraOrigins.contains(normalized(sender))) {
            chain.doFilter(request, response);
            return;
        }
        errors.refuse(
                response,
                HttpServletResponse.SC_FORBIDDEN,
                ErrorCode.CROSS_SITE_REQUEST,
                "A page of another site may not change data here. Scripts send no Origin or Referer header.");
    }

    private static String ownOrigin(HttpServletRequest request) {
        return normalized(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }

    /** The origin ({@code scheme://host:port}) of a referring address; an unreadable one is a foreign origin. */
    private static String originOf(String referer) {
        try {
            URI uri = URI.create(referer.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "null";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "null";
        }
    }

    /** Lower case, without a default port: {@code http://Host:80} and {@code http://host} are one origin. */
    static String normalized(@Nullable String origin) {
        if (origin == null) {
            return "null";
        }
        String lower = origin.strip().toLowerCase(Locale.ROOT);
        if (lower.endsWith("/")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        if (lower.startsWith("http://") && lower.endsWith(":80")) {
            return lower.substring(0, lower.length() - 3);
        }
        if (lower.startsWith("https://") && lower.endsWith(":443")) {
            return lower.substring(0, lower.length() - 4);
        }
        return lower;
    }
}
