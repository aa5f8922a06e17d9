package org.edubalance.core.evaluation;

import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;

/**
 * A finding's parameter that names a school. It has its own type so that whoever shows findings to a reader who may
 * not see that school (a principal sees only their own) can find and drop it.
 *
 * @param code the school's code
 * @param name the school's name
 */
public record SchoolRef(SchoolCode code, String name) {

    static SchoolRef of(SchoolYear school) {
        return new SchoolRef(school.code(), school.name());
    }
}
