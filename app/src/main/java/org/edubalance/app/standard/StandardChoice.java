package org.edubalance.app.standard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.edubalance.core.standard.StandardCatalogue;
import org.springframework.stereotype.Component;

/**
 * The rule pack the pages evaluate with: {@code ?standard=ID} on any page chooses it and the session keeps it, so a
 * link can name a pack and the next pages stay on it. An unknown id is ignored (the kept or default pack applies).
 */
@Component
public final class StandardChoice {
    static final String SESSION_KEY = "edubalance.standard";

    /** The pack of this request, keeping a valid {@code standard} parameter in the session. */
    public String current(HttpServletRequest request) {
        String asked = request.getParameter("standard");
        if (asked != null && StandardCatalogue.shippedIds().contains(asked)) {
            request.getSession().setAttribute(SESSION_KEY, asked);
            return asked;
        }
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(SESSION_KEY);
        return kept instanceof String id ? id : StandardCatalogue.DEFAULT_ID;
    }
}
