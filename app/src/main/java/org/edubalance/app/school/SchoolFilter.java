package org.edubalance.app.school;

import org.edubalance.core.school.Location;
import org.edubalance.core.school.Segment;
import org.jspecify.annotations.Nullable;

/**
 * Which schools a list shows; every criterion is optional.
 *
 * @param year the school year (default: the latest held)
 * @param county six-digit county code
 * @param township township name
 * @param segment schools with students in this segment
 * @param location URBAN, TOWN or RURAL
 * @param compliant {@code true}: every evaluated segment complies; {@code false}: some segment does not
 * @param standard the standard that decides compliance (default: cn-2017-quality)
 */
public record SchoolFilter(
        @Nullable Integer year,
        @Nullable String county,
        @Nullable String township,
        @Nullable Segment segment,
        @Nullable Location location,
        @Nullable Boolean compliant,
        @Nullable String standard) {}
