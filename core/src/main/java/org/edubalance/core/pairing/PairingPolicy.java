package org.edubalance.core.pairing;

/**
 * Who may mentor whom (docs/planning/pairing.md §2).
 *
 * @param id the policy's name ({@code national}, or the file's)
 * @param mentorMinStrength a mentor's strength is at least this
 * @param menteeMaxStrength a segment that meets the per-school rule is a mentee below this strength (a failing one
 *     always is)
 * @param maxMenteesPerMentor how many mentees one mentor takes at most (≥ 1)
 * @param maxDistanceKm mentor and mentee are at most this far apart (km, great circle)
 * @param urbanRuralOnly mentors only from urban and town schools (城乡结对)
 */
public record PairingPolicy(
        String id,
        double mentorMinStrength,
        double menteeMaxStrength,
        int maxMenteesPerMentor,
        double maxDistanceKm,
        boolean urbanRuralOnly) {
    public PairingPolicy {
        if (!(mentorMinStrength >= 0) || !(menteeMaxStrength >= 0) || !(maxDistanceKm >= 0)) {
            throw new IllegalArgumentException("Strengths and the distance are numbers ≥ 0");
        }
        if (maxMenteesPerMentor < 1) {
            throw new IllegalArgumentException("A mentor takes at least one mentee");
        }
    }
}
