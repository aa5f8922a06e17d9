package org.edubalance.app.pairingrecord;

import java.util.List;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.pairingrecord.SchoolGroup;

/**
 * A county's pairing page: the pairings and groups the person may see, with the schools' names, and whether the
 * forms to create, end and import are shown (the server checks again on each post).
 *
 * @param countyCode the county
 * @param countyName its name
 * @param pairings the pairings shown, by start year
 * @param groups the groups shown, by start year
 * @param edits whether the person creates, ends and imports (planners and administrators)
 * @param readsAll whether the person reads the whole county (the follow-up link)
 * @param problems the violations of a refused form or file, worded, or empty
 * @param imported how many pairings an import just stored, or 0
 */
record PairingCountyView(
        String countyCode,
        String countyName,
        List<PairingLine> pairings,
        List<GroupLine> groups,
        boolean edits,
        boolean readsAll,
        List<Problem> problems,
        int imported) {

    PairingCountyView {
        pairings = List.copyOf(pairings);
        groups = List.copyOf(groups);
        problems = List.copyOf(problems);
    }

    /** A pairing with its schools' names and the size of its log. */
    record PairingLine(Pairing pairing, String mentorName, String menteeName, int activities) {}

    /** A group with its schools' names. */
    record GroupLine(SchoolGroup group, String coreName, List<String> memberNames) {}

    /** A violation located and worded for the page. */
    record Problem(String file, long row, String column, String value, String rule, String text) {}
}
