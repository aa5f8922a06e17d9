package org.edubalance.core.region;

import java.util.List;

/** Port: the region hierarchy, derived from the division codes of the counties stored (persistence module). */
public interface Regions {

    /** Records {@code county} with its city and province (named after the county's data when given). */
    void addCounty(County county);

    /** Records the township {@code townName} of {@code county}. */
    void addTownship(RegionCode county, String townName);

    /** Every region, parents before children, siblings by code. */
    List<Region> all();

    /** The counties, by code. */
    List<County> counties();
}
