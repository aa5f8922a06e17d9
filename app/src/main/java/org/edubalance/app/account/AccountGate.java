package org.edubalance.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.app.web.JsonSecurityErrors;
import org.edubalance.core.account.UserAccount;
import org.edubalance.core.account.UserAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every signed-in request against the account as stored now, after sign-in and before the access rules.
 *
 * <p>Pages: a session keeps the account as it was at sign-in, so a session would otherwise outlive a disabled
 * account, a changed role or school, or a changed password. Each request compares the session's account with the
 * stored one (one primary-key read); when they differ the session ends and the request goes on signed out, so the
 * access rules send it to the sign-in page. This "stamp" check was chosen over Spring's session registry because it
 * holds for every way an account changes (the users page, the API, the own-password page, a database edit), needs no
 * bookkeeping of sessions, and would hold across servers.
 *
 * <p>Both chains: an account whose password was handed out (generated) reaches only the change-password page until
 * it is changed; every other page redirects there and the API answers 403 PASSWORD_CHANGE_REQUIRED. The API signs in
 * on every request (HTTP Basic or a token, read from the store), so its check needs no second read.
 */
public final class AccountGate extends OncePerRequestFilter {
    /** What an account with a handed-out password may still open. */
    private static final Set<String> BEFORE_PASSWORD_CHANGE =
            Set.of(PasswordPageController.PATH, "/signout", "/signin", "/error", "/favicon.ico");

    private final UserAccounts accounts;
    private final JsonSecurityErrors errors;
    private final boolean api;

    private AccountGate(UserAccounts accounts, JsonSecurityErrors errors, boolean api) {
        this.accounts = accounts;
        this.errors = errors;
        this.api = api;
    }

    /** The gate of the pages' chain (sessions). */
    public static AccountGate forPages(UserAccounts accounts, JsonSecurityErrors errors) {
        return new AccountGate(accounts, errors, false);
    }

    /** The gate of the API's chain (no sessions). */
    public static AccountGate forApi(UserAccounts accounts, JsonSecurityErrors errors) {
        return new AccountGate(accounts, errors, true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountDetails signedIn)) {
            chain.doFilter(request, response);
            return;
        }
        if (api) {
            if (signedIn.account().mustChangePassword()) {
                errors.refuse(
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        ErrorCode.PASSWORD_CHANGE_REQUIRED,
                        "This account's password was handed out: change it first on the page "
                                + PasswordPageController.PATH + ".");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        Optional<UserAccount> stored = accounts.find(signedIn.getUsername());
        if (stored.isEmpty() || !signedIn.grantsSameAs(stored.get())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (stored.get().mustChangePassword()
                && !BEFORE_PASSWORD_CHANGE.contains(path)
                && !path.startsWith("/static/")
                && !path.startsWith("/webjars/")) {
            response.sendRedirect(request.getContextPath() + PasswordPageController.PATH);
            return;
        }
        chain.doFilter(request, response);
    }
}
