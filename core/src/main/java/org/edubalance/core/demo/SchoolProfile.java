package org.edubalance.core.demo;

import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolType;

/** What stays fixed about a synthetic school from year to year: identity, kind and site. */
record SchoolProfile(
        SchoolCode code,
        String name,
        String townName,
        SchoolType type,
        Location location,
        Ownership ownership,
        GeoPoint position) {}
