package org.edubalance.core.zoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.edubalance.core.zoning.BlockAdjacency.Pair;
import org.junit.jupiter.api.Test;

/** The adjacency graph ignores repeated pairs and self-pairs (docs/planning/zoning.md §1.2) and is undirected. */
class BlockAdjacencyTest {

    @Test
    void repeatsBothWaysAndSelfPairsCountOnce() {
        BlockAdjacency graph = BlockAdjacency.of(List.of(
                new Pair("A", "B"), new Pair("B", "A"), new Pair("A", "B"), new Pair("C", "C"), new Pair("B", "C")));
        assertThat(graph.pairCount()).isEqualTo(2);
        assertThat(graph.pairs()).containsExactly(new Pair("A", "B"), new Pair("B", "C"));
        assertThat(graph.neighbours("B")).containsExactly("A", "C");
        assertThat(graph.neighbours("C")).containsExactly("B");
        assertThat(graph.touch("C", "C")).isFalse();
        assertThat(graph.touch("A", "C")).isFalse();
        assertThat(graph.neighbours("Z")).isEmpty();
    }
}
