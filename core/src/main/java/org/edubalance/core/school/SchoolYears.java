package org.edubalance.core.school;

import java.util.List;
import java.util.Optional;
import org.edubalance.core.region.RegionCode;

/**
 * Port: the school years a bureau keeps (implemented by the persistence module). One entry per school and year.
 *
 * <p>Writes happen inside the caller's transaction, so an import replaces a year all or nothing.
 */
public interface SchoolYears {

    /** Adds {@code schools}; each (school, year) must not be stored yet. {@code importId} names their provenance. */
    void addAll(List<SchoolYear> schools, long importId);

    /** Removes every school year of {@code year}; returns how many were removed. */
    int removeYear(int year);

    /** The school years of {@code year}, by county code then school code. */
    List<SchoolYear> ofYear(int year);

    /** The school years of {@code year} in {@code county}, by school code. */
    List<SchoolYear> ofYear(int year, RegionCode county);

    /** Every year held for {@code school}, oldest first, with its version. */
    List<StoredSchoolYear> history(SchoolCode school);

    /** One school year with its version, when held. */
    Optional<StoredSchoolYear> find(SchoolCode school, int year);

    /**
     * Replaces a stored school year when its version is still {@code expectedVersion}.
     *
     * @return the stored entry with its new version
     * @throws ConcurrentEditException when someone else changed it since {@code expectedVersion} was read
     */
    StoredSchoolYear update(SchoolYear school, long expectedVersion);

    /** The years held, newest first. */
    List<Integer> years();

    /** Whether nothing is stored at all. */
    boolean isEmpty();
}
