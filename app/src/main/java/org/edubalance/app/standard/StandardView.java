package org.edubalance.app.standard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One rule pack as the standards page shows it, in the page's language.
 *
 * @param id the pack id
 * @param title the document's title
 * @param source the policy document
 * @param version the pack's version
 * @param basedOn the pack it extends, if any
 * @param indicators the resource indicators with their standards
 * @param composite whether the CVs are tested as their mean (2012) rather than one by one (2017)
 * @param cvLimitPrimary the primary CV limit
 * @param cvLimitJunior the junior CV limit
 * @param schoolRule the per-school rule, {@code null} when the pack has none
 * @param scope which schools are assessed, in words
 * @param items the other assessment items, in pack order
 */
public record StandardView(
        String id,
        String title,
        String source,
        String version,
        @Nullable String basedOn,
        List<IndicatorRow> indicators,
        boolean composite,
        double cvLimitPrimary,
        double cvLimitJunior,
        @Nullable SchoolRuleRow schoolRule,
        String scope,
        List<ItemRow> items) {

    /**
     * An indicator and its per-school standards.
     *
     * @param id the stable id
     * @param name its name
     * @param unit its unit
     * @param primary the primary standard, {@code null} when none
     * @param junior the junior standard, {@code null} when none
     */
    public record IndicatorRow(
            String id,
            String name,
            String unit,
            @Nullable Double primary,
            @Nullable Double junior) {}

    /**
     * The per-school rule.
     *
     * @param minMet indicators that must meet their standard
     * @param of indicators in all
     * @param floorPercent the least share of its standard any indicator may reach, in percent
     */
    public record SchoolRuleRow(int minMet, int of, long floorPercent) {}

    /**
     * An assessment item.
     *
     * @param part the part it belongs to
     * @param name its name
     * @param conditions what must hold, as formulas over the county inputs
     */
    public record ItemRow(String part, String name, List<String> conditions) {}
}
