package org.edubalance.app.region;

import org.edubalance.core.region.County;
import org.jspecify.annotations.Nullable;

/**
 * A county with the names of its city and province.
 *
 * @param code six-digit division code
 * @param name the county's name
 * @param cityName the city's name, when known
 * @param provinceName the province's name, when known
 */
public record CountyResponse(
        String code,
        String name,
        @Nullable String cityName,
        @Nullable String provinceName) {

    static CountyResponse of(County county) {
        return new CountyResponse(county.code().value(), county.name(), county.cityName(), county.provinceName());
    }
}
