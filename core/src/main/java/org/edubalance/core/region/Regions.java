package org.edubalance.core.region;

import java.util.List;
import java.util.Optional;

/** Port: the region hierarchy, derived from the division codes of the counties stored (persistence module). */
public interface Regions {

    /**
     * Records {@code county} with its city and province. A region held already keeps its name (regions are renamed by
     * {@link #rename}, never by a school's data); one held unnamed takes the name given.
     */
    void addCounty(County county);

    /** Records the township {@code townName} of {@code county}. */
    void addTownship(RegionCode county, String townName);

    /** The region of {@code code}, when held. */
    Optional<Region> find(String code);

    /** Renames the region of {@code code} for every school in it; the renamed region, or empty when none is held. */
    Optional<Region> rename(String code, String name);

    /** Every region, parents before children, siblings by code. */
    List<Region> all();

    /** The counties, by code. */
    List<County> counties();
}
