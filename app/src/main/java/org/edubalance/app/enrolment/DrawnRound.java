package org.edubalance.app.enrolment;

import org.edubalance.core.enrolment.EnrolmentRound;
import org.edubalance.core.enrolment.EnrolmentRounds;
import org.edubalance.core.planning.PlanningJob;
import tools.jackson.databind.json.JsonMapper;

/**
 * The enrolment round a planning job names, with the public value its draw uses (docs/planning/rounds.md §2): what
 * both round kinds (admission, entrance exam) start from.
 *
 * @param round the round named by the job's request ({@code {"round": id}})
 * @param publicValue the round's public value, present once the round is drawn
 */
record DrawnRound(EnrolmentRound round, String publicValue) {
    /**
     * The round of {@code job}.
     *
     * @throws IllegalStateException when the round is gone or has no public value yet (the page only queues a job
     *     after the draw, so either is a bug or a deleted round: the job fails with this reason)
     */
    static DrawnRound of(PlanningJob job, EnrolmentRounds rounds, JsonMapper json) {
        long roundId = json.readTree(job.request().requestJson()).get("round").asLong();
        EnrolmentRound round = rounds.find(roundId)
                .orElseThrow(() -> new IllegalStateException("Enrolment round " + roundId + " is gone."));
        String publicValue = round.publicValue();
        if (publicValue == null) {
            throw new IllegalStateException("Enrolment round " + roundId + " has no public value yet.");
        }
        return new DrawnRound(round, publicValue);
    }

    /** The round's id. */
    long id() {
        return round.id();
    }
}
