package org.edubalance.app.region;

import java.util.List;

/**
 * A region with its children: province → city → county → township.
 *
 * @param code division code (a township: county code, slash, name)
 * @param level PROVINCE, CITY, COUNTY or TOWNSHIP
 * @param name its name
 * @param children the regions below it, by code
 */
public record RegionResponse(String code, String level, String name, List<RegionResponse> children) {}
