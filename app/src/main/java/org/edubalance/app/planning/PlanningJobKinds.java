package org.edubalance.app.planning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** The planner kinds this instance runs, by code: every {@link PlanningJobKind} bean. */
@Component
public final class PlanningJobKinds {
    private final Map<String, PlanningJobKind> byCode = new TreeMap<>();

    public PlanningJobKinds(List<PlanningJobKind> kinds) {
        for (PlanningJobKind kind : kinds) {
            PlanningJobKind before = byCode.put(kind.code(), kind);
            if (before != null) {
                throw new IllegalStateException("Two planner kinds named " + kind.code() + ": "
                        + before.getClass().getName() + " and "
                        + kind.getClass().getName());
            }
        }
    }

    /** The kind {@code code}, when this instance runs it. */
    public Optional<PlanningJobKind> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The codes of the kinds this instance runs: the only jobs it claims. */
    public Set<String> codes() {
        return Set.copyOf(byCode.keySet());
    }
}
