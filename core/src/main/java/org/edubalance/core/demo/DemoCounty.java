package org.edubalance.core.demo;

import org.edubalance.core.region.County;
import org.edubalance.core.school.GeoPoint;

/**
 * A synthetic county to populate.
 *
 * @param county its code and names
 * @param centre the county seat's position, around which its towns and schools are placed
 */
record DemoCounty(County county, GeoPoint centre) {

    /** The seed of this county's own random stream, so a county comes out the same at every scale. */
    long seed(long generatorSeed) {
        return RandomDraws.seedFor(generatorSeed, Long.parseLong(county.code().value()));
    }
}
