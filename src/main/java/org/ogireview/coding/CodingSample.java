package org.ogireview.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * A random sample of reports for double coding: a share of the given ids, drawn with a seed so that the same ids,
 * share and seed always give the same sample (the methods chapter names the seed). The ids are sorted first, so the
 * order they come in does not matter; {@link Random}'s sequence is fixed by the Java specification.
 */
public final class CodingSample {

    private CodingSample() {
    }

    /**
     * @param share between 0 and 1; the sample has round(share x n) reports, at least one when share is above 0
     */
    public static List<Long> draw(Collection<Long> ids, double share, long seed) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("the share must be above 0 and at most 1 (0.2 for 20 %), not "
                    + share);
        }
        List<Long> sorted = new ArrayList<>(new TreeSet<>(ids));
        int size = Math.max(1, (int) Math.round(share * sorted.size()));
        Collections.shuffle(sorted, new Random(seed));
        List<Long> out = new ArrayList<>(sorted.subList(0, Math.min(size, sorted.size())));
        Collections.sort(out);
        return out;
    }

    /** How the sample is described in the audit log and the double_coding table. */
    public static String describe(double share, long seed) {
        return String.format(java.util.Locale.ROOT, "sample share=%.4f seed=%d", share, seed);
    }
}
