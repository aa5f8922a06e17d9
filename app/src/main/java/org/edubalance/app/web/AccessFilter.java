package org.edubalance.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request's {@link Access} into a request attribute, where every view finds it — error pages included, which
 * a controller advice's model does not reach. Registered after Spring Security's filters (Boot's default order for a
 * filter bean), so the person is known.
 *
 * <p>It also runs on the error dispatch: when Spring Security itself refuses a request (a page a role may not open, a
 * form without its CSRF token) the request never got past Security's filters to this one, and the error page would
 * find no {@code access} and fail to render.
 */
@Component
final class AccessFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(
                Access.ATTRIBUTE, Access.of(SecurityContextHolder.getContext().getAuthentication()));
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The request passed this filter before it failed further on: its attribute is there already.
        if (request.getAttribute(Access.ATTRIBUTE) == null) {
            doFilterInternal(request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }
}
