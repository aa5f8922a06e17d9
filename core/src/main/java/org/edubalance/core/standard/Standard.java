package org.edubalance.core.standard;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule pack: everything the evaluation needs to judge a county against one standard. Loaded from JSON by
 * {@link StandardCatalogue}; immutable.
 *
 * @param id the pack id (e.g. {@code cn-2017-quality})
 * @param version the pack's version
 * @param title the document's title
 * @param source the policy document (e.g. 教督〔2017〕6号)
 * @param basedOn the id of the pack this one extends, if any
 * @param scope which schools are assessed
 * @param split weights for splitting shared assets
 * @param indicators the resource indicators in the order forms print them
 * @param schoolRule the per-school rule, or {@code null} when the pack has none (2012)
 * @param cv the county balance test
 * @param items the other assessment items
 */
public record Standard(
        String id,
        String version,
        LocalizedText title,
        String source,
        @Nullable String basedOn,
        Scope scope,
        SplitWeights split,
        List<IndicatorDefinition> indicators,
        @Nullable SchoolRule schoolRule,
        CvRule cv,
        List<AssessmentItem> items) {

    public Standard {
        indicators = List.copyOf(indicators);
        items = List.copyOf(items);
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("Standard " + id + " has no indicator");
        }
    }

    public Optional<IndicatorDefinition> indicator(String indicatorId) {
        return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    public Optional<SchoolRule> schoolRuleIfAny() {
        return Optional.ofNullable(schoolRule);
    }
}
