package org.edubalance.core.pairingrecord;

import java.util.List;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.jspecify.annotations.Nullable;

/**
 * A school group (集团化办学) of a county: a core school leads member schools from a school year on.
 *
 * @param id the group's number (0 before it is stored)
 * @param county the county
 * @param name the group's name, e.g. 实验小学教育集团
 * @param core the core school (核心校)
 * @param members the member schools, without the core school, in the order given
 * @param startYear the school year it starts
 * @param endYear the last school year it ran, or null while it runs
 */
public record SchoolGroup(
        long id,
        RegionCode county,
        String name,
        SchoolCode core,
        List<SchoolCode> members,
        int startYear,
        @Nullable Integer endYear) {
    /** The longest name kept. */
    public static final int MAX_NAME = 200;

    public SchoolGroup {
        members = List.copyOf(members);
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("A group's name has 1 to " + MAX_NAME + " characters");
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A group has at least one member besides its core school");
        }
        if (members.contains(core) || members.stream().distinct().count() != members.size()) {
            throw new IllegalArgumentException("A group names each school once, its core school not as a member");
        }
        if (endYear != null && endYear < startYear) {
            throw new IllegalArgumentException("A group ends (" + endYear + ") before it starts (" + startYear + ")");
        }
    }

    /** Whether the group runs in any school year from {@code from} to {@code to}. */
    public boolean activeBetween(int from, int to) {
        return startYear <= to && (endYear == null || endYear >= from);
    }

    /** Whether {@code school} is its core school or a member. */
    public boolean involves(SchoolCode school) {
        return core.equals(school) || members.contains(school);
    }

    /** This group stored under {@code newId}. */
    public SchoolGroup withId(long newId) {
        return new SchoolGroup(newId, county, name, core, members, startYear, endYear);
    }
}
