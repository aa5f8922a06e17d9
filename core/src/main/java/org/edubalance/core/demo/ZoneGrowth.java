package org.edubalance.core.demo;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.ToDoubleBiFunction;

/**
 * Draws the current zones of one grade over a county's blocks: each zone starts from the blocks of its admitting
 * schools (a multi-school zone also from a path of blocks joining them, so that it is one piece), then zones grow block
 * by block over the adjacency, the block nearest to a zone's school taken first. Every block is taken from a neighbour
 * of the same zone, so every zone is contiguous, and every block of a connected county gets a zone.
 */
final class ZoneGrowth {
    private final int[][] neighbours;

    /** @param neighbours the neighbours of each block, by block index */
    ZoneGrowth(int[][] neighbours) {
        this.neighbours = neighbours;
    }

    /**
     * The zone of every block.
     *
     * @param schoolBlocks for each zone (by index), the blocks of its admitting schools, the leading school first
     * @param distance the distance from a block (index) to a zone (index): to the zone's nearest school
     * @return the zone index of every block, -1 for a block no zone reaches (none in a connected county)
     */
    int[] grow(List<int[]> schoolBlocks, ToDoubleBiFunction<Integer, Integer> distance) {
        int[] zone = new int[neighbours.length];
        Arrays.fill(zone, -1);
        int[] reservedFor = new int[neighbours.length];
        Arrays.fill(reservedFor, -1);
        for (int z = 0; z < schoolBlocks.size(); z++) {
            for (int block : schoolBlocks.get(z)) {
                reservedFor[block] = z;
            }
        }
        seed(schoolBlocks, zone, reservedFor);
        record Claim(double key, int block, int zone) {}
        PriorityQueue<Claim> queue = new PriorityQueue<>((a, b) ->
                a.key() != b.key() ? Double.compare(a.key(), b.key()) : Integer.compare(a.block(), b.block()));
        for (int block = 0; block < zone.length; block++) {
            if (zone[block] >= 0) {
                for (int next : neighbours[block]) {
                    if (zone[next] < 0) {
                        queue.add(new Claim(distance.applyAsDouble(next, zone[block]), next, zone[block]));
                    }
                }
            }
        }
        while (!queue.isEmpty()) {
            Claim claim = queue.poll();
            if (zone[claim.block()] >= 0) {
                continue;
            }
            zone[claim.block()] = claim.zone();
            for (int next : neighbours[claim.block()]) {
                if (zone[next] < 0) {
                    queue.add(new Claim(distance.applyAsDouble(next, claim.zone()), next, claim.zone()));
                }
            }
        }
        return zone;
    }

    /**
     * Gives each zone its schools' blocks and the paths joining them. A path may be cut off by the paths of zones
     * laid before it; then the zone that failed is laid first and all are laid again.
     */
    private void seed(List<int[]> schoolBlocks, int[] zone, int[] reservedFor) {
        List<Integer> order = new java.util.ArrayList<>();
        for (int z = 0; z < schoolBlocks.size(); z++) {
            order.add(z);
        }
        for (int attempt = 0; ; attempt++) {
            Arrays.fill(zone, -1);
            int failed = -1;
            for (int z : order) {
                int[] blocks = schoolBlocks.get(z);
                zone[blocks[0]] = z;
                for (int i = 1; i < blocks.length && failed < 0; i++) {
                    failed = joinTo(z, blocks[0], blocks[i], zone, reservedFor) ? -1 : z;
                }
                if (failed >= 0) {
                    break;
                }
            }
            if (failed < 0) {
                return;
            }
            if (attempt >= schoolBlocks.size()) {
                throw new IllegalStateException(
                        "The schools of demo zone " + failed + " cannot be joined into one piece");
            }
            order.remove(Integer.valueOf(failed));
            order.addFirst(failed);
        }
    }

    /**
     * Takes for zone {@code z} the blocks of a shortest path from {@code from} to {@code to} through blocks that are
     * free or already its own and hold no other zone's school.
     */
    private boolean joinTo(int z, int from, int to, int[] zone, int[] reservedFor) {
        int[] previous = new int[neighbours.length];
        Arrays.fill(previous, -2);
        previous[from] = -1;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty() && previous[to] == -2) {
            int block = queue.poll();
            for (int next : neighbours[block]) {
                boolean open = (zone[next] < 0 || zone[next] == z) && (reservedFor[next] < 0 || reservedFor[next] == z);
                if (open && previous[next] == -2) {
                    previous[next] = block;
                    queue.add(next);
                }
            }
        }
        if (previous[to] == -2) {
            return false;
        }
        for (int block = to; block >= 0; block = previous[block]) {
            zone[block] = z;
        }
        return true;
    }
}
