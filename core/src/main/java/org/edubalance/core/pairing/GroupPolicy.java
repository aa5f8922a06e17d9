package org.edubalance.core.pairing;

/**
 * The limits of a school-group plan (集团化办学, docs/planning/groups.md §2), read from the same policy file as the
 * pairing's.
 *
 * @param id the policy's name ({@code national}, or the file's)
 * @param minSize a group has at least this many school segments, its core included (≥ 2: a stored group has a member
 *     besides its core school)
 * @param maxSize a group has at most this many, its core included (≥ minSize)
 * @param minMeanStrength the mean strength of a group, its core included, is at least this
 * @param maxDistanceKm a member is at most this far from its core (km, great circle), as a mentee from its mentor
 */
public record GroupPolicy(String id, int minSize, int maxSize, double minMeanStrength, double maxDistanceKm) {
    public GroupPolicy {
        if (minSize < 2 || maxSize < minSize) {
            throw new IllegalArgumentException("A group has 2 ≤ groupMinSize ≤ groupMaxSize school segments");
        }
        if (!(minMeanStrength >= 0) || !(maxDistanceKm > 0)) {
            throw new IllegalArgumentException("The strength floor is ≥ 0 and the distance > 0");
        }
    }
}
