package org.edubalance.app.home;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The home page's model: each county's verdict and per-segment pass for one year.
 *
 * @param year the school year shown, {@code null} when nothing is stored
 * @param standard the standard's id
 * @param segments the segment columns (PRIMARY, JUNIOR)
 * @param counties one line per county, by code
 */
public record HomeView(@Nullable Integer year, String standard, List<String> segments, List<CountyLine> counties) {

    /**
     * One county.
     *
     * @param code division code
     * @param name name
     * @param verdict MET, NOT_MET or INCOMPLETE
     * @param passBySegment whether each segment passes; absent when the county has no school of it
     */
    public record CountyLine(String code, String name, String verdict, Map<String, Boolean> passBySegment) {}
}
