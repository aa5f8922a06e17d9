package org.edubalance.app.planning;

import java.util.LinkedHashMap;
import java.util.Map;
import org.edubalance.planning.PlanningOutcome;

/**
 * What a solved job stores: its result document, the outcome every planner reports, and the kind's own facts for the
 * audit entry of its end (a rotation plan's movers and whether the checker found it valid).
 *
 * @param documentJson the result document as JSON, as the kind's one writer writes it
 * @param outcome how the solve ended
 * @param auditFacts the kind's facts for the audit entry, in the order they are written
 */
public record PlanningJobResult(String documentJson, PlanningOutcome outcome, Map<String, Object> auditFacts) {
    public PlanningJobResult {
        auditFacts = new LinkedHashMap<>(auditFacts);
    }

    @Override
    public Map<String, Object> auditFacts() {
        return new LinkedHashMap<>(auditFacts);
    }
}
