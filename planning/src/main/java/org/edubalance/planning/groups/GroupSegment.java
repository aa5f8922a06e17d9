package org.edubalance.planning.groups;

import java.util.List;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Segment;
import org.jspecify.annotations.Nullable;

/**
 * The school segments of one segment that take part in the groups (docs/planning/groups.md §2): the cores and the
 * candidate members, each in code order.
 */
record GroupSegment(Segment segment, List<Site> cores, List<Site> members) {
    GroupSegment {
        cores = List.copyOf(cores);
        members = List.copyOf(members);
    }

    /** A school segment: its code, its position (null when the school file has none) and its strength. */
    record Site(String code, @Nullable GeoPoint position, double strength) {
        /** The strength in millionths: the model's coefficients are whole numbers, so its rows hold exactly. */
        long micro() {
            return Math.round(strength * 1e6);
        }
    }
}
