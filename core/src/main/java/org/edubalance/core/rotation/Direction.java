package org.edubalance.core.rotation;

/** Which moves the policy allows, by where a teacher comes from and goes to. */
public enum Direction {
    /** Any school to any other within the commute limit. */
    ANY,
    /**
     * Only from a school to one that is weaker on the balanced indicators (a lower weighted score) or further from the
     * city (urban → town → rural): the national opinion's "from urban and strong schools to rural and weak ones".
     */
    TOWARDS_WEAKER_OR_RURAL
}
