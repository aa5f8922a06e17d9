package org.edubalance.core.region;

/** A level of the administrative hierarchy, from the top. */
public enum RegionLevel {
    PROVINCE,
    CITY,
    COUNTY,
    TOWNSHIP
}
