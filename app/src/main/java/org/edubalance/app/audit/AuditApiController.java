package org.edubalance.app.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for administrators, planners and inspectors. */
@RestController
@RequestMapping("/api/v1/audit")
final class AuditApiController {
    private static final int MAX_LIMIT = 1_000;

    private final AuditService audit;

    AuditApiController(AuditService audit) {
        this.audit = audit;
    }

    /** The newest entries, or those of one entity when {@code entity} and {@code key} are given. */
    @GetMapping
    List<AuditEntryResponse> entries(
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String key) {
        if (entity != null && key != null) {
            return audit.of(entity, key);
        }
        return audit.recent(Math.clamp(limit, 1, MAX_LIMIT));
    }
}
