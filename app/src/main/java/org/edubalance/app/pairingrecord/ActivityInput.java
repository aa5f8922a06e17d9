package org.edubalance.app.pairingrecord;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edubalance.core.pairingrecord.ActivityKind;
import org.edubalance.core.pairingrecord.PairingActivity;
import org.jspecify.annotations.Nullable;

/**
 * An activity as written on the pairing page or sent to the API, checked into a log entry: a day, a kind, a
 * participant count (0 or more), for mentoring the number of teachers mentored (1 or more, and only then), a note.
 *
 * @param date {@code yyyy-mm-dd}
 * @param kind an {@link ActivityKind} name
 * @param participants a whole number, or empty for 0
 * @param teachersMentored a whole number for {@code MENTORED_TEACHER}, else empty
 * @param note the note, or empty
 */
record ActivityInput(
        @Nullable String date,
        @Nullable String kind,
        @Nullable String participants,
        @Nullable String teachersMentored,
        @Nullable String note) {

    /** The log entry of pairing {@code pairingId} by {@code user}, or every violation. */
    PairingActivity activity(long pairingId, String user) {
        List<PairingViolation> found = new ArrayList<>();
        LocalDate day = null;
        String d = strip(date);
        if (d.isEmpty()) {
            found.add(violation("date", d, PairingViolation.BLANK));
        } else {
            try {
                day = LocalDate.parse(d.replace('/', '-'));
            } catch (DateTimeParseException e) {
                found.add(violation("date", d, PairingViolation.DATE));
            }
        }
        ActivityKind k = null;
        try {
            k = ActivityKind.valueOf(strip(kind).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            found.add(violation("kind", strip(kind), PairingViolation.KIND));
        }
        Integer people = count("participants", participants, 0, found);
        Integer mentored = null;
        if (k == ActivityKind.MENTORED_TEACHER) {
            mentored = count("teachersMentored", teachersMentored, 1, found);
            if (mentored == null && strip(teachersMentored).isEmpty()) {
                found.add(violation("teachersMentored", "", PairingViolation.BLANK));
            }
        }
        String text = strip(note);
        if (text.length() > PairingActivity.MAX_NOTE) {
            found.add(violation("note", text.substring(0, 40) + "…", PairingViolation.TOO_LONG));
        }
        if (!found.isEmpty() || day == null || k == null) {
            throw new PairingRefusedException(found);
        }
        return new PairingActivity(0, pairingId, day, k, people == null ? 0 : people, mentored, text, user);
    }

    private static @Nullable Integer count(
            String column, @Nullable String written, int min, List<PairingViolation> found) {
        String w = strip(written);
        if (w.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(w);
            if (n >= min && n <= 100_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Worded below as the rule it breaks.
        }
        found.add(violation(column, w, PairingViolation.COUNT));
        return null;
    }

    private static PairingViolation violation(String column, String value, String rule) {
        return new PairingViolation("", 0, column, value.isEmpty() ? null : value, rule);
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
