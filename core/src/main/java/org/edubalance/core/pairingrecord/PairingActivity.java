package org.edubalance.core.pairingrecord;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a pairing's activity log.
 *
 * @param id the entry's number (0 before it is stored)
 * @param pairingId the pairing
 * @param date the day it took place
 * @param kind what was done
 * @param participants how many people took part (0 when not counted)
 * @param teachersMentored for {@link ActivityKind#MENTORED_TEACHER}: how many teachers were mentored (1 or more);
 *     null for every other kind
 * @param note what happened, in the school's words (may be empty)
 * @param recordedBy who wrote the entry
 */
public record PairingActivity(
        long id,
        long pairingId,
        LocalDate date,
        ActivityKind kind,
        int participants,
        @Nullable Integer teachersMentored,
        String note,
        String recordedBy) {
    /** The longest note kept. */
    public static final int MAX_NOTE = 2000;

    public PairingActivity {
        if (participants < 0) {
            throw new IllegalArgumentException("Participants are never negative, got " + participants);
        }
        if ((kind == ActivityKind.MENTORED_TEACHER) != (teachersMentored != null)) {
            throw new IllegalArgumentException("Only a mentoring entry counts the teachers mentored, and it must");
        }
        if (teachersMentored != null && teachersMentored < 1) {
            throw new IllegalArgumentException("A mentoring entry mentors at least one teacher");
        }
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("A note has at most " + MAX_NOTE + " characters");
        }
    }
}
