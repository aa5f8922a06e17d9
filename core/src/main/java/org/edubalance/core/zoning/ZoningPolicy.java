package org.edubalance.core.zoning;

import org.jspecify.annotations.Nullable;

/**
 * A county's zoning rules (docs/planning/zoning.md §3).
 *
 * @param id the shipped id ({@code national}) or the policy file's name
 * @param planYearOffset the zones are for the data year + this (≥ 0; 1: next year's round)
 * @param horizonYears capacity must hold in each year from the plan year on, this many years (≥ 1)
 * @param capacitySlack a school may take up to seats × (1 + slack) (≥ 0)
 * @param enrolmentRate the share of a block's children of the age who enter the public schools (0 to 1)
 * @param maxDistanceKm when set (> 0), a block may only go to schools within this many kilometres
 * @param contiguity whether each zone must be a connected set of blocks
 */
public record ZoningPolicy(
        String id,
        int planYearOffset,
        int horizonYears,
        double capacitySlack,
        double enrolmentRate,
        @Nullable Double maxDistanceKm,
        boolean contiguity) {

    public ZoningPolicy {
        if (planYearOffset < 0) {
            throw new IllegalArgumentException("planYearOffset is never negative, got " + planYearOffset);
        }
        if (horizonYears < 1) {
            throw new IllegalArgumentException("horizonYears is at least 1, got " + horizonYears);
        }
        if (!(capacitySlack >= 0) || Double.isInfinite(capacitySlack)) {
            throw new IllegalArgumentException("capacitySlack is a number ≥ 0, got " + capacitySlack);
        }
        if (!(enrolmentRate >= 0 && enrolmentRate <= 1)) {
            throw new IllegalArgumentException("enrolmentRate is between 0 and 1, got " + enrolmentRate);
        }
        if (maxDistanceKm != null && !(maxDistanceKm > 0 && Double.isFinite(maxDistanceKm))) {
            throw new IllegalArgumentException("maxDistanceKm is a positive number or null, got " + maxDistanceKm);
        }
    }

    /** The plan year of data year {@code year}: the year the zones are for. */
    public int planYear(int year) {
        return year + planYearOffset;
    }

    /** The most seats a school of {@code seats} may fill: seats × (1 + slack). */
    public double capacity(int seats) {
        return seats * (1 + capacitySlack);
    }
}
