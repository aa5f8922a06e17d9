package org.edubalance.app.pairingrecord;

import java.util.List;
import org.edubalance.core.pairingrecord.ActivityKind;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.pairingrecord.PairingActivity;

/**
 * A pairing's page: its agreement, its activity log and the forms the person may use.
 *
 * @param countyCode the county
 * @param countyName its name
 * @param pairing the pairing
 * @param mentorName the mentor's name
 * @param menteeName the mentee's name
 * @param activities its log, newest first
 * @param mentored the teachers mentored over the whole log
 * @param logs whether the person adds activities (the bureau's editors, the principals of the two schools)
 * @param edits whether the person changes the agreement, ends or deletes the pairing
 * @param problems the violations of a refused form, worded, or empty
 */
record PairingDetailView(
        String countyCode,
        String countyName,
        Pairing pairing,
        String mentorName,
        String menteeName,
        List<PairingActivity> activities,
        int mentored,
        boolean logs,
        boolean edits,
        List<PairingCountyView.Problem> problems) {

    PairingDetailView {
        activities = List.copyOf(activities);
        problems = List.copyOf(problems);
    }

    /** The kinds an activity may have, for the form. */
    public List<ActivityKind> kinds() {
        return List.of(ActivityKind.values());
    }
}
