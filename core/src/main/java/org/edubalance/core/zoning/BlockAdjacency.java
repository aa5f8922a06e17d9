package org.edubalance.core.zoning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which blocks touch: an undirected graph without loops (docs/planning/zoning.md §1). A pair given twice, or both
 * ways, counts once; a block paired with itself is ignored, as the contract of {@code adjacency.csv} says.
 */
public final class BlockAdjacency {
    private final Map<String, TreeSet<String>> neighbours = new HashMap<>();
    private int pairs;

    private BlockAdjacency() {}

    /** The graph of {@code pairs}, each a block id and a neighbour id. */
    public static BlockAdjacency of(Collection<Pair> pairs) {
        var graph = new BlockAdjacency();
        pairs.forEach(graph::add);
        return graph;
    }

    private void add(Pair pair) {
        if (pair.blockId().equals(pair.neighbourId())) {
            return;
        }
        if (neighbours.computeIfAbsent(pair.blockId(), k -> new TreeSet<>()).add(pair.neighbourId())) {
            neighbours.computeIfAbsent(pair.neighbourId(), k -> new TreeSet<>()).add(pair.blockId());
            pairs++;
        }
    }

    /** The blocks touching {@code blockId}, ascending by id; none for a block no pair names. */
    public Set<String> neighbours(String blockId) {
        TreeSet<String> of = neighbours.get(blockId);
        return of == null ? Set.of() : java.util.Collections.unmodifiableSet(of);
    }

    /** Whether the two blocks touch. */
    public boolean touch(String a, String b) {
        return neighbours(a).contains(b);
    }

    /** How many distinct pairs of touching blocks there are. */
    public int pairCount() {
        return pairs;
    }

    /** Every pair once, the smaller id first, ascending. */
    public List<Pair> pairs() {
        List<Pair> all = new ArrayList<>(pairs);
        new TreeSet<>(neighbours.keySet())
                .forEach(a -> neighbours.get(a).stream()
                        .filter(b -> a.compareTo(b) < 0)
                        .forEach(b -> all.add(new Pair(a, b))));
        return all;
    }

    /** Two blocks that touch, as a row of {@code adjacency.csv} gives them. */
    public record Pair(String blockId, String neighbourId) {}
}
