package org.edubalance.core.county;

import java.util.List;
import java.util.Map;
import org.edubalance.core.region.RegionCode;

/** Port: the county-level inputs a bureau keeps, per county and year (implemented by the persistence module). */
public interface CountyInputStore {

    /** Adds {@code inputs}; {@code importId} names their provenance. An input already held is replaced. */
    void addAll(List<CountyInputs> inputs, long importId);

    /** Removes the inputs of {@code year}; returns how many single inputs were removed. */
    int removeYear(int year);

    /** The years for which inputs are held, newest first. */
    List<Integer> years();

    /** The inputs of {@code year} by county; a county without inputs is absent. */
    Map<RegionCode, CountyInputs> ofYear(int year);
}
