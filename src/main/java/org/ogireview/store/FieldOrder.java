package org.ogireview.store;

import org.ogireview.model.ApplicantColumn;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FieldDef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The order in which figures are listed and exported: catalogue keys in fields.csv order, each followed by the keys
 * derived from it ({@code K.pct}, then {@code K@natural_person}, {@code K.pct@natural_person}, ... in
 * {@link ApplicantColumn} order); keys the catalogue does not know come last, alphabetically.
 */
public final class FieldOrder implements Comparator<String> {

    private static final int SLOTS = 2 * ApplicantColumn.values().length;

    private final Map<String, Integer> basePosition = new HashMap<>();

    public FieldOrder(FieldCatalog catalog) {
        int i = 0;
        for (FieldDef f : catalog.fields()) {
            basePosition.put(f.key(), i++);
        }
    }

    public static FieldOrder standard() {
        return Holder.STANDARD;
    }

    /** Sorts keys (duplicates dropped) into this order. */
    public List<String> sorted(Collection<String> keys) {
        TreeSet<String> set = new TreeSet<>(this);
        set.addAll(keys);
        return new ArrayList<>(set);
    }

    @Override
    public int compare(String a, String b) {
        long ra = rank(a);
        long rb = rank(b);
        if (ra != rb) {
            return Long.compare(ra, rb);
        }
        return a.compareTo(b);
    }

    /** Known keys: base position times the slots per base key plus the derived slot; unknown keys: Long.MAX_VALUE. */
    private long rank(String key) {
        Integer base = basePosition.get(FieldDef.baseKeyOf(key));
        if (base == null) {
            return Long.MAX_VALUE;
        }
        int slot;
        int at = key.indexOf('@');
        String head = at < 0 ? key : key.substring(0, at);
        boolean pct = head.endsWith(FieldDef.PCT_SUFFIX);
        if (at < 0) {
            slot = pct ? 1 : 0;
        } else {
            int column;
            try {
                column = ApplicantColumn.ofSuffix(key.substring(at + 1)).ordinal();
            } catch (IllegalArgumentException e) {
                return Long.MAX_VALUE;
            }
            slot = 2 + 2 * column + (pct ? 1 : 0);
        }
        return (long) base * (SLOTS + 2) + slot;
    }

    private static final class Holder {
        static final FieldOrder STANDARD = new FieldOrder(FieldCatalog.standard());
    }
}
