package org.edubalance.app.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What the person of a request may open, for the navigation and the pages' buttons (request attribute {@code access},
 * set by {@link AccessFilter}). The pages used Spring Security's {@code sec:authorize}, which parses its expression and
 * looks up its methods on every use: eleven of them per page were a tenth of the platform's CPU under load (JFR). The
 * server-side rules stay in the security configuration; this only decides what to show.
 *
 * @param signedIn someone is signed in
 * @param readsAll administrators, planners and inspectors: dashboards, the rotation page
 * @param editsAll administrators and planners: imports, boundaries, running and approving rotations
 * @param admin administrators: users and roles
 */
public record Access(boolean signedIn, boolean readsAll, boolean editsAll, boolean admin) {
    static final String ATTRIBUTE = "access";

    /** The access of {@code authentication}; nobody's when it is missing or anonymous. */
    static Access of(@Nullable Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new Access(false, false, false, false);
        }
        boolean admin = has(authentication, "ROLE_ADMIN");
        boolean planner = has(authentication, "ROLE_PLANNER");
        boolean inspector = has(authentication, "ROLE_INSPECTOR");
        return new Access(true, admin || planner || inspector, admin || planner, admin);
    }

    private static boolean has(Authentication authentication, String authority) {
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
