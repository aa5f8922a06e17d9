package org.edubalance.app.account;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.web.BoundedTable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes sign-ins to the audit log (entity {@code sign-in}, keyed by the name given): every failure and every form
 * sign-in, with the source address and how (form or HTTP Basic), never the password. A script's HTTP Basic
 * credentials sign in on every request; those successes are recorded once an hour per account and address, or the
 * log would hold one entry per API call.
 */
@Component
final class SignInAudit {
    static final String ENTITY = "sign-in";
    private static final Duration BASIC_SUCCESS_INTERVAL = Duration.ofHours(1);
    private static final int MAX_NAME_LENGTH = 64;

    private final AuditService audit;
    private final Clock clock;
    private final BoundedTable<String, Instant> basicSuccesses = new BoundedTable<>(SignInThrottle.MAX_TRACKED);

    SignInAudit(AuditService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        String address = SignInThrottle.address(event.getAuthentication().getDetails());
        String via = via();
        if (via.equals("basic")) {
            Instant now = clock.instant();
            Instant last = basicSuccesses.get(username + "\n" + address);
            if (last != null && last.plus(BASIC_SUCCESS_INTERVAL).isAfter(now)) {
                return;
            }
            basicSuccesses.compute(username + "\n" + address, (k, v) -> now);
        }
        audit.record(username, ENTITY, username, "SIGN_IN", null, Map.of("address", address, "via", via));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        // The name is whatever was typed: kept printable and short (the audit log's text columns refuse NUL).
        String name = storable(event.getAuthentication().getName());
        audit.record(
                "anonymous",
                ENTITY,
                name,
                "SIGN_IN_FAILED",
                null,
                Map.of(
                        "address",
                        SignInThrottle.address(event.getAuthentication().getDetails()),
                        "via",
                        via(),
                        "reason",
                        event.getException().getClass().getSimpleName()));
    }

    /** {@code form} for the sign-in page, {@code basic} for the API's HTTP Basic. */
    private static String via() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? "basic" : "form";
        }
        return "unknown";
    }

    private static String storable(String name) {
        var out = new StringBuilder();
        for (int i = 0; i < name.length() && out.length() < MAX_NAME_LENGTH; i++) {
            char c = name.charAt(i);
            out.append(Character.isISOControl(c) ? '\uFFFD' : c);
        }
        return out.toString();
    }
}
