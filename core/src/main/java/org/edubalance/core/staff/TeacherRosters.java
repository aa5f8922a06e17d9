package org.edubalance.core.staff;

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
}
