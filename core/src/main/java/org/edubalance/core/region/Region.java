package org.edubalance.core.region;

import org.jspecify.annotations.Nullable;

/**
 * One node of the hierarchy province → city → county → township.
 *
 * @param level its level
 * @param code the six-digit division code for provinces ({@code 130000}), cities ({@code 130100}) and counties; for a
 *     township known only by name, the county code, a slash and the name ({@code 130102/城关镇})
 * @param name its name
 * @param parentCode the parent's code, {@code null} for a province
 */
public record Region(
        RegionLevel level,
        String code,
        String name,
        @Nullable String parentCode) {}
