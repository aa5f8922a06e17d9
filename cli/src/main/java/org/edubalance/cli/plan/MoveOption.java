package org.edubalance.cli.plan;

import org.edubalance.cli.BadInputException;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.staff.TeacherId;

/**
 * A {@code TEACHER=SCHOOL} option value, as {@code --pin} and {@code --forbid} take it.
 *
 * @param teacher the teacher's id
 * @param school the school code
 */
record MoveOption(TeacherId teacher, SchoolCode school) {
    static MoveOption parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new BadInputException("'" + text + "' is not TEACHER=SCHOOL. Maybe --pin T0A1B2C3D=3701020001.");
        }
        return new MoveOption(
                new TeacherId(text.substring(0, eq).strip()),
                new SchoolCode(text.substring(eq + 1).strip()));
    }
}
