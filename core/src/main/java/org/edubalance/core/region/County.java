package org.edubalance.core.region;

import org.jspecify.annotations.Nullable;

/**
 * A county-level division (县、县级市、区): the unit the balance standards evaluate.
 *
 * @param code its division code
 * @param name its name as the bureau writes it
 * @param cityName the city's name when the data gave one
 * @param provinceName the province's name when the data gave one
 */
public record County(
        RegionCode code,
        String name,
        @Nullable String cityName,
        @Nullable String provinceName) {}
