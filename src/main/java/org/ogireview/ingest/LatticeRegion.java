package org.ogireview.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A table drawn with lines on one page: a connected group of crossing horizontal and vertical lines. Found
 * before the grid is built, so that a table broken by a page break can be joined with its continuation.
 */
record LatticeRegion(int page, float left, float top, float right, float bottom, List<Ruling> rulings) {

    /** Lines closer than this count as one (double borders, Word's cell-by-cell strokes). */
    static final float MERGE = 2.0f;
    /** How far apart two lines may end and still be taken to meet. */
    static final float MEET = 3.0f;

    LatticeRegion {
        rulings = List.copyOf(rulings);
    }

    boolean contains(float x, float y) {
        return x >= left - 1 && x <= right + 1 && y >= top - 1 && y <= bottom + 1;
    }

    /**
     * True when the glyph stands in the region: its centre inside, or (text spilling over a cell's top or bottom
     * edge) inside horizontally with its body reaching a third of the way in.
     */
    boolean holds(Glyph g) {
        if (contains(g.centerX(), g.centerY())) {
            return true;
        }
        if (g.centerX() < left || g.centerX() > right) {
            return false;
        }
        float inside = Math.min(g.bottom(), bottom) - Math.max(g.top(), top);
        return inside >= (g.bottom() - g.top()) / 3;
    }

    /** The tables drawn with lines on a page, top to bottom. */
    static List<LatticeRegion> find(int page, List<Ruling> raw) {
        List<Ruling> lines = merge(raw);
        int n = lines.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (lines.get(i).horizontal() != lines.get(j).horizontal() && lines.get(i).meets(lines.get(j), MEET)) {
                    union(parent, i, j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            int k = roots.indexOf(r);
            if (k < 0) {
                roots.add(r);
                groups.add(new ArrayList<>());
                k = groups.size() - 1;
            }
            groups.get(k).add(lines.get(i));
        }
        List<LatticeRegion> out = new ArrayList<>();
        for (List<Ruling> g : groups) {
            long hs = g.stream().filter(Ruling::horizontal).map(Ruling::position).distinct().count();
            long vs = g.stream().filter(r -> !r.horizontal()).map(Ruling::position).distinct().count();
            if (hs < 2 || vs < 2) {
                continue;
            }
            float left = Float.MAX_VALUE;
            float top = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            for (Ruling r : g) {
                if (r.horizontal()) {
                    left = Math.min(left, r.from());
                    right = Math.max(right, r.to());
                    top = Math.min(top, r.position());
                    bottom = Math.max(bottom, r.position());
                } else {
                    top = Math.min(top, r.from());
                    bottom = Math.max(bottom, r.to());
                    left = Math.min(left, r.position());
                    right = Math.max(right, r.position());
                }
            }
            if (right - left < 20 || bottom - top < 8) {
                continue;
            }
            out.add(new LatticeRegion(page, left, top, right, bottom, g));
        }
        out.sort(Comparator.comparingDouble(LatticeRegion::top));
        return out;
    }

    /** Collinear pieces joined: Word draws a border cell by cell, and double borders lie a point apart. */
    static List<Ruling> merge(List<Ruling> raw) {
        List<Ruling> out = new ArrayList<>();
        for (boolean horizontal : new boolean[]{true, false}) {
            List<Ruling> same = new ArrayList<>(raw.stream().filter(r -> r.horizontal() == horizontal).toList());
            same.sort(Comparator.comparingDouble(Ruling::position));
            int i = 0;
            while (i < same.size()) {
                int j = i;
                while (j + 1 < same.size() && same.get(j + 1).position() - same.get(j).position() <= MERGE) {
                    j++;
                }
                List<Ruling> band = new ArrayList<>(same.subList(i, j + 1));
                band.sort(Comparator.comparingDouble(Ruling::from));
                double sum = 0;
                for (Ruling r : band) {
                    sum += r.position();
                }
                float pos = (float) (sum / band.size());
                float from = band.get(0).from();
                float to = band.get(0).to();
                for (int k = 1; k < band.size(); k++) {
                    Ruling r = band.get(k);
                    if (r.from() <= to + MERGE) {
                        to = Math.max(to, r.to());
                    } else {
                        out.add(new Ruling(horizontal, pos, from, to));
                        from = r.from();
                        to = r.to();
                    }
                }
                out.add(new Ruling(horizontal, pos, from, to));
                i = j + 1;
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
