package org.edubalance.app.zoning;

import org.edubalance.app.web.BoundedTable;
import org.edubalance.core.zoningstudy.ZoningRun;
import org.edubalance.core.zoningstudy.ZoningStudies;
import org.edubalance.core.zoningstudy.ZoningStudy;
import org.edubalance.planning.zoning.ZoningPlan;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the zoning pages, the API and the planning jobs need of a stored study: its frozen files as the command
 * reads them, and a run's stored plan. Both depend on nothing but what is stored, which never changes, so the last
 * few are kept.
 */
@Component
final class ZoningStudyReader {
    /** Studies whose read files are kept (a city of 10,000 blocks holds a few megabytes). */
    static final int HELD = 8;

    private final ZoningStudies studies;
    private final JsonMapper json;
    private final ObjectReader planReader;
    private final BoundedTable<Long, ZoningStudyInputs> inputs = new BoundedTable<>(HELD);
    private final BoundedTable<Long, ZoningPlan> plans = new BoundedTable<>(HELD * 4);

    ZoningStudyReader(ZoningStudies studies, JsonMapper json) {
        this.studies = studies;
        this.json = json;
        // The copy is the plan record as Jackson writes it; a derived accessor written with it is not a component.
        this.planReader = json.readerFor(ZoningPlan.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The study's files as read. */
    ZoningStudyInputs inputs(ZoningStudy study) {
        return inputs.computeIfAbsent(study.id(), id -> {
            ZoningStudy full = study.files().isEmpty() ? studies.find(id).orElseThrow() : study;
            return ZoningStudyInputs.read(full.files(), full.county(), full.year(), full.grade(), full.policy());
        });
    }

    /** The plan of {@code run}, or null before it has one. */
    @Nullable
    ZoningPlan plan(ZoningRun run) {
        String copy = run.planCopyJson();
        if (copy == null) {
            return null;
        }
        return plans.computeIfAbsent(run.jobId(), id -> planReader.readValue(copy));
    }

    /** The platform's copy of {@code plan}, which {@link #plan} reads back. */
    String copy(ZoningPlan plan) {
        return json.writeValueAsString(plan);
    }
}
