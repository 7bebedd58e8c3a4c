package org.storyslides.keys;

import java.util.ArrayList;
import java.util.List;

/**
 * How the help lays its sections out: in columns of whole sections, in the map's order, each column
 * as short as the tallest must be; and in as many columns as show the map largest in the room there is
 * (a wide window takes three, a narrow one two).
 */
final class HelpColumns {

    private HelpColumns() {
    }

    /**
     * Where each column starts: the index of its first section, the first column's 0.
     *
     * @param heights each section's height, in the map's order
     * @param columns how many columns; fewer when there are fewer sections
     */
    static List<Integer> starts(List<Double> heights, int columns) {
        int count = Math.max(1, Math.min(columns, heights.size()));
        List<Integer> starts = new ArrayList<>();
        split(heights, 0, count, starts);
        return List.copyOf(starts);
    }

    // the shortest tallest column for the sections from first on in count columns; adds the columns' starts
    private static double split(List<Double> heights, int first, int count, List<Integer> starts) {
        starts.add(first);
        if (count == 1) {
            return sum(heights, first, heights.size());
        }
        double best = Double.POSITIVE_INFINITY;
        List<Integer> bestRest = List.of();
        // this column ends before next; every later column keeps at least one section
        for (int next = first + 1; next <= heights.size() - count + 1; next++) {
            List<Integer> rest = new ArrayList<>();
            double tallest = Math.max(sum(heights, first, next), split(heights, next, count - 1, rest));
            if (tallest < best) {
                best = tallest;
                bestRest = rest;
            }
        }
        starts.addAll(bestRest);
        return best;
    }

    private static double sum(List<Double> heights, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += heights.get(i);
        }
        return sum;
    }

    /** How much a panel of its natural size is scaled to fit the room: never up, and down as little as fits. */
    static double scale(double roomWidth, double roomHeight, double width, double height) {
        return Math.max(0, Math.min(1, Math.min(roomWidth / width, roomHeight / height)));
    }

    /**
     * Of the layouts the help can take (each its natural width and height, {width, height}), the one
     * shown largest in the room; on a tie the first.
     */
    static int largest(double roomWidth, double roomHeight, List<double[]> sizes) {
        int best = 0;
        for (int i = 1; i < sizes.size(); i++) {
            if (scale(roomWidth, roomHeight, sizes.get(i)[0], sizes.get(i)[1])
                    > scale(roomWidth, roomHeight, sizes.get(best)[0], sizes.get(best)[1])) {
                best = i;
            }
        }
        return best;
    }
}
