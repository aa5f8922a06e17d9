package org.edubalance.core.staff;

import java.util.Collection;
import java.util.List;
import org.edubalance.core.region.RegionCode;

/** Port: the teacher rosters of the school years held (implemented by the persistence module). */
public interface TeacherRosters {

    /** Adds {@code teachers}; each (year, teacher id) must not be stored yet. {@code importId} names their provenance. */
    void addAll(List<Teacher> teachers, long importId);

    /** Removes the roster of {@code county} in {@code year}; returns how many teachers were removed. */
    int remove(RegionCode county, int year);

    /** The roster of {@code county} in {@code year}, by teacher id. */
    List<Teacher> of(RegionCode county, int year);

    /** How many teachers the roster of {@code county} in {@code year} holds. */
    int count(RegionCode county, int year);

    /** The years {@code county} has a roster of, newest first. */
    List<Integer> years(RegionCode county);

    /** The rosters of {@code year}, one per school with its teacher count, by county and school. */
    List<SchoolRoster> schools(int year);

    /**
     * Sets the rosters of {@code years} aside before the school data of those years is replaced, which removes the
     * rosters with it; {@link #restoreSetAside} puts them back. Both run in the caller's transaction; what is set
     * aside goes when it ends. Returns how many teachers were set aside.
     */
    int setAside(Collection<Integer> years);

    /**
     * Puts back the teachers set aside whose school is held again (same school, county and year) and drops the
     * others, which it returns by year, county, school and teacher id.
     */
    List<Teacher> restoreSetAside();
}
