package org.edubalance.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.app.web.JsonSecurityErrors;
import org.edubalance.core.account.UserAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in by its personal token ({@code Authorization: Bearer ebt_…}), with the account's rights as
 * stored now; an unknown, expired or revoked token, or one of a disabled account, is a 401. Requests without a token
 * go on to HTTP Basic.
 */
public final class ApiTokenFilter extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final JsonSecurityErrors errors;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    public ApiTokenFilter(ApiTokenService tokens, JsonSecurityErrors errors) {
        this.tokens = tokens;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserAccount> account =
                tokens.authenticate(header.substring(BEARER.length()).strip());
        if (account.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"EduBalance\", error=\"invalid_token\"");
            errors.refuse(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    ErrorCode.AUTH_REQUIRED,
                    "The API token is unknown, expired or revoked, or its account is disabled.");
            return;
        }
        AccountDetails signedIn = new AccountDetails(account.get());
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities());
        authentication.setDetails(details.buildDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
