package org.edubalance.app.rotation;

import java.util.Set;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.staff.TeacherId;

/** One move a lock names, written {@code TEACHER>SCHOOL} in the page's checkboxes. */
record RotationLockLine(TeacherId teacher, SchoolCode school) {
    static final String SEPARATOR = ">";

    /** The move {@code text} names, which must be one of {@code moves} (written the same way). */
    static RotationLockLine parse(String text, Set<String> moves) {
        int at = text.indexOf(SEPARATOR);
        if (at <= 0 || at == text.length() - 1 || !moves.contains(text)) {
            throw ApiProblemException.invalid("'" + text + "' is not a move of this plan. Maybe reload the page.");
        }
        return new RotationLockLine(new TeacherId(text.substring(0, at)), new SchoolCode(text.substring(at + 1)));
    }
}
