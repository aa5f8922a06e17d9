package org.edubalance.core.region;

import java.util.List;
import java.util.Optional;

/**
 * Port: the county boundaries a bureau uploads (GeoJSON documents, persistence module). The maps draw them under the
 * schools; no national map is shipped, since published boundaries are regulated and the bureau holds its own.
 */
public interface CountyBoundaries {

    /**
     * Stores (or replaces) the boundary of {@code county}.
     *
     * @param county the county
     * @param geoJson a GeoJSON document, already checked by the caller
     */
    void save(RegionCode county, String geoJson);

    /** The boundary of {@code county}, when one was uploaded. */
    Optional<String> find(RegionCode county);

    /** The counties with a boundary, by code. */
    List<RegionCode> counties();
}
