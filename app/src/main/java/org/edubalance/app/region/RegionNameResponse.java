package org.edubalance.app.region;

import org.edubalance.core.region.Region;

/**
 * A region with its name, as held after a rename.
 *
 * @param code its division code
 * @param level PROVINCE, CITY or COUNTY
 * @param name its name
 */
public record RegionNameResponse(String code, String level, String name) {

    static RegionNameResponse of(Region region) {
        return new RegionNameResponse(region.code(), region.level().name(), region.name());
    }
}
