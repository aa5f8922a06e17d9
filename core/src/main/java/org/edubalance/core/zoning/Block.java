package org.edubalance.core.zoning;

import java.util.List;
import org.edubalance.core.school.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * A residential block (小区/地块): the unit a zone is made of (docs/planning/zoning.md §1).
 *
 * @param id the block's id ({@code block_id}), compared as a string
 * @param name the block's name as families know it; the id when the file gives none
 * @param position where the block is (its centroid), or null when neither the file nor a polygon gives one
 * @param childrenByAge the children living there by age in whole years at the start of the data year, ages 0 to
 *     {@link #OLDEST_AGE}, each ≥ 0
 */
public record Block(String id, String name, @Nullable GeoPoint position, List<Integer> childrenByAge) {
    /** The oldest age counted: a child of 12 enters grade 7 in the data year. */
    public static final int OLDEST_AGE = 12;

    public Block {
        if (id.isBlank()) {
            throw new IllegalArgumentException("A block has an id");
        }
        childrenByAge = List.copyOf(childrenByAge);
        if (childrenByAge.size() != OLDEST_AGE + 1) {
            throw new IllegalArgumentException("Block " + id + " counts children of ages 0 to " + OLDEST_AGE + ", got "
                    + childrenByAge.size() + " ages");
        }
        for (int children : childrenByAge) {
            if (children < 0) {
                throw new IllegalArgumentException("Block " + id + " has a negative count of children: " + children);
            }
        }
    }

    /** The children aged {@code age} (0 to 12) at the start of the data year. */
    public int children(int age) {
        return childrenByAge.get(age);
    }

    /** This block at {@code where}: a block without position takes the centroid of its polygon. */
    public Block at(GeoPoint where) {
        return new Block(id, name, where, childrenByAge);
    }
}
