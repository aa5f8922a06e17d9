package org.edubalance.app.region;

import org.jspecify.annotations.Nullable;

/**
 * A new name for a region.
 *
 * @param name the name every school in the region will show (surrounding spaces removed)
 */
public record RegionNameRequest(@Nullable String name) {}
