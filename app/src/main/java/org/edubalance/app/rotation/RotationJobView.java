package org.edubalance.app.rotation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.edubalance.core.rotation.RotationJob;
import org.edubalance.core.rotation.RotationLocks;
import org.edubalance.planning.rotation.RotationPlanDocument;
import org.jspecify.annotations.Nullable;

/**
 * One job on the rotation page.
 *
 * @param job the stored job
 * @param progressPercent how far it is, 0–100: the solver's share of the time limit or, between its reports, the
 *     time since the start against the limit (the exact planner reports only at its phase changes)
 * @param result the plan, without teachers for viewers who may not see them; {@code null} before it is done
 * @param locks the job's locks, for planners; empty for others
 * @param cvChart the before/after chart document, or {@code null}
 * @param movesMap the map document of the moves, or {@code null} (no plan, or a viewer who may not see moves)
 * @param schoolNames the county's school names by code, for the moves table; empty for viewers who may not see moves
 * @param words the plan's facts in the page's language
 */
public record RotationJobView(
        RotationJob job,
        int progressPercent,
        @Nullable RotationPlanDocument result,
        List<LockLine> locks,
        @Nullable String cvChart,
        @Nullable String movesMap,
        Map<String, String> schoolNames,
        @Nullable RotationWords words) {

    /** The name of school {@code code}, or the code when the school is not known. */
    public String schoolName(String code) {
        return schoolNames.getOrDefault(code, code);
    }

    /** Whether the page should keep asking for the job's status. */
    public boolean isUnfinished() {
        return job.status().isUnfinished();
    }

    static int progressPercent(RotationJob job, Clock clock) {
        if (!job.status().isUnfinished()) {
            return 100;
        }
        double share = job.progress().timeShare();
        if (job.startedAt() != null) {
            double elapsed = Duration.between(job.startedAt(), clock.instant()).toMillis()
                    / (1000.0 * job.request().timeLimitSeconds());
            share = Math.max(share, elapsed);
        }
        // Never 100 % while still running: the solve may end on its own before the limit, or just after it.
        return (int) Math.round(Math.min(0.99, Math.max(0, share)) * 100);
    }

    /** One lock: {@code PIN} or {@code FORBID} a move to {@code school}, or {@code KEEP} the teacher (no school). */
    public record LockLine(
            String kind, String teacher, @Nullable String school) {}

    static List<LockLine> locks(RotationLocks locks) {
        List<LockLine> lines = new ArrayList<>();
        locks.pinned().forEach((t, s) -> lines.add(new LockLine("PIN", t.value(), s.value())));
        locks.forbidden()
                .forEach((t, schools) -> schools.forEach(s -> lines.add(new LockLine("FORBID", t.value(), s.value()))));
        locks.kept().forEach(t -> lines.add(new LockLine("KEEP", t.value(), null)));
        lines.sort(Comparator.comparing(LockLine::teacher).thenComparing(LockLine::kind));
        return lines;
    }
}
