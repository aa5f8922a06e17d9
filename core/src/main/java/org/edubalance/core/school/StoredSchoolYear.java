package org.edubalance.core.school;

/**
 * A stored school year with the version that guards it against lost updates: an edit names the version it was based
 * on, and is refused when the stored one moved on.
 *
 * @param school the figures
 * @param version increases by one with every change, starting at 1
 */
public record StoredSchoolYear(SchoolYear school, long version) {}
