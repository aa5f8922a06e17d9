package org.edubalance.core.standard;

import java.util.EnumSet;
import java.util.Set;
import org.edubalance.core.school.SchoolType;

/**
 * Which schools the resource indicators assess (docs/standards.md §1.2, §2.2).
 *
 * @param excludedTypes school types left out entirely (e.g. special education)
 * @param minStudentsForTeachingPoint teaching points with fewer students are left out (Hebei: 50; 0 keeps all)
 * @param includePrivate whether private (民办) schools are assessed
 */
public record Scope(Set<SchoolType> excludedTypes, int minStudentsForTeachingPoint, boolean includePrivate) {
    public Scope {
        excludedTypes = excludedTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(excludedTypes));
        if (minStudentsForTeachingPoint < 0) {
            throw new IllegalArgumentException("minStudentsForTeachingPoint is never negative");
        }
    }
}
