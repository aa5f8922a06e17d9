package org.edubalance.statistics.inequality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.edubalance.statistics.WeightedSample;

/** The partition of a sample's observations into labelled groups, in order of first appearance. */
final class Grouping {

    private final List<String> labels;
    private final int[] groupOfObservation;

    private Grouping(List<String> labels, int[] groupOfObservation) {
        this.labels = labels;
        this.groupOfObservation = groupOfObservation;
    }

    static Grouping of(WeightedSample sample, String[] groupLabels) {
        Objects.requireNonNull(groupLabels, "groupLabels");
        if (groupLabels.length != sample.size()) {
            throw new IllegalArgumentException("need one group label per observation, got " + groupLabels.length
                    + " labels for " + sample.size() + " observations");
        }
        Map<String, Integer> groupByLabel = new LinkedHashMap<>();
        int[] groupOfObservation = new int[groupLabels.length];
        for (int i = 0; i < groupLabels.length; i++) {
            String label = groupLabels[i];
            if (label == null) {
                throw new NullPointerException("groupLabels[" + i + "] is null");
            }
            groupOfObservation[i] = groupByLabel.computeIfAbsent(label, unused -> groupByLabel.size());
        }
        return new Grouping(List.copyOf(groupByLabel.keySet()), groupOfObservation);
    }

    int groupCount() {
        return labels.size();
    }

    String label(int group) {
        return labels.get(group);
    }

    int groupOf(int observation) {
        return groupOfObservation[observation];
    }

    /** The observations of one group, in sample order. */
    WeightedSample subsample(WeightedSample sample, int group) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < groupOfObservation.length; i++) {
            if (groupOfObservation[i] == group) {
                members.add(i);
            }
        }
        double[] values = new double[members.size()];
        double[] weights = new double[members.size()];
        for (int k = 0; k < members.size(); k++) {
            values[k] = sample.value(members.get(k));
            weights[k] = sample.weight(members.get(k));
        }
        return WeightedSample.of(values, weights);
    }
}
