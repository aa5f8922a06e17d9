package org.edubalance.planning.rotation;

import org.edubalance.planning.rotation.SchoolSegmentSite.SiteKey;

/**
 * The most teachers a school segment may lose: {@code ⌊maxShareLeaving × its teachers⌋}.
 *
 * @param site the school segment
 * @param cap the most movers from it
 */
public record SiteCap(SiteKey site, int cap) {}
