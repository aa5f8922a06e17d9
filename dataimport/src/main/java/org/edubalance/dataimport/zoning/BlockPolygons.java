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

    /**
     * {@code blocks} completed from the polygons: a block without position takes its polygon's centroid, a block whose
     * file gave no name (its name is its id) takes the polygon's {@code block_name}; what the file gives is kept.
     */
    public List<Block> placed(List<Block> blocks) {
        return blocks.stream().map(this::placed).toList();
    }

    private Block placed(Block b) {
        GeoPoint position = b.position() == null ? centroids.get(b.id()) : b.position();
        String name = b.name().equals(b.id()) ? names.getOrDefault(b.id(), b.name()) : b.name();
        return new Block(b.id(), name, position, b.childrenByAge());
    }
}
