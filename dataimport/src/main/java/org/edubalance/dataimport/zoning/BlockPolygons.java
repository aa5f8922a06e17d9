package org.edubalance.dataimport.zoning;

import java.util.List;
import java.util.Map;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.BlockAdjacency;

/**
 * What a GeoJSON of block polygons gives (docs/planning/zoning.md §1.4): each block's centroid and the blocks that
 * share a stretch of boundary.
 *
 * @param ids the blocks' ids in the order of the features
 * @param names the {@code block_name} of the features that give one, by id
 * @param centroids the centroid of each block's polygon(s), by id
 * @param adjacency the blocks whose boundaries share a line segment (a shared corner alone does not count)
 */
public record BlockPolygons(
        List<String> ids, Map<String, String> names, Map<String, GeoPoint> centroids, BlockAdjacency adjacency) {

    public BlockPolygons {
        ids = List.copyOf(ids);
        names = Map.copyOf(names);
        centroids = Map.copyOf(centroids);
    }

    /** {@code blocks} with a position for each block that has none and a polygon here; others unchanged. */
    public List<Block> placed(List<Block> blocks) {
        return blocks.stream()
                .map(b -> b.position() == null && centroids.containsKey(b.id()) ? b.at(centroids.get(b.id())) : b)
                .toList();
    }
}
